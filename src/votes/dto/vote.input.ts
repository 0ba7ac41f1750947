import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import type { ArgumentEntity } from '../../arguments/argument.entity';

export enum VoteValue {
  UP = 'UP',
  DOWN = 'DOWN',
  NONE = 'NONE',
}
registerEnumType(VoteValue, { name: 'VoteValue', description: 'NONE withdraws a vote' });

export const VOTE_NUMBER: Record<VoteValue, number> = { UP: 1, DOWN: -1, NONE: 0 };
export const voteValueOf = (n: number | undefined): VoteValue =>
  n === 1 ? VoteValue.UP : n === -1 ? VoteValue.DOWN : VoteValue.NONE;

@InputType()
export class VoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId: string;

  @Field(() => VoteValue)
  @IsEnum(VoteValue)
  value: VoteValue;
}

/**
 * `argument` is resolved by vote-payload.resolver.ts: from the vote's own statement when the
 * client asked for it there, else read when asked.
 */
@ObjectType()
export class VotePayload {
  argumentId: string;
  argument?: ArgumentEntity;

  @Field(() => VoteValue)
  myVote: VoteValue;
}
