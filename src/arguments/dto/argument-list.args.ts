import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { Side } from '../argument-enums';

export enum ArgumentSort {
  NEW = 'NEW',
  TOP = 'TOP',
  BEST = 'BEST',
  CONTROVERSIAL = 'CONTROVERSIAL',
  HOT = 'HOT',
  BRIDGING = 'BRIDGING',
}
registerEnumType(ArgumentSort, {
  name: 'ArgumentSort',
  description: 'How an argument list is ordered; docs/RANKING.md gives each formula',
  valuesMap: {
    NEW: { description: 'Newest first' },
    TOP: { description: 'score = up − down' },
    BEST: { description: 'Lower bound of the 80% Wilson interval for up / (up + down)' },
    CONTROVERSIAL: {
      description: '(up + down) ^ (min(up, down) / max(up, down)); 0 if either is 0',
    },
    HOT: { description: 'log10(max(2, score + 2)) / (hours + 2) ^ 1.8 for 7 days, then 0' },
    BRIDGING: {
      description:
        'Support shared across both sides of the motion (bridging model intercept); arguments with too few votes follow by BEST',
    },
  },
});

export const DEFAULT_ARGUMENT_SORT = ArgumentSort.BRIDGING;

@ArgsType()
export class ArgumentListArgs extends PageArgs {
  @Field(() => Side, { nullable: true, description: 'Only PRO or only CON' })
  @IsOptional()
  @IsEnum(Side)
  side?: Side;

  @Field(() => ArgumentSort, { defaultValue: DEFAULT_ARGUMENT_SORT })
  @IsEnum(ArgumentSort)
  sort: ArgumentSort = DEFAULT_ARGUMENT_SORT;
}
