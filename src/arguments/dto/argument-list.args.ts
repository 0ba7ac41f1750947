import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { Side } from '../argument-enums';

export enum ArgumentSort {
  NEW = 'NEW',
  TOP = 'TOP',
}
registerEnumType(ArgumentSort, { name: 'ArgumentSort' });

export const DEFAULT_ARGUMENT_SORT = ArgumentSort.NEW;

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
