import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Thread } from '../../../threads/thread.entity';

@ObjectType({ description: 'Where readers stand on a thread’s motion' })
export class StanceCounts {
  @Field(() => Int)
  agree: number;

  @Field(() => Int)
  disagree: number;

  @Field(() => Int)
  undecided: number;

  @Field(() => Int, { description: 'People who now AGREE after first taking DISAGREE' })
  changedToAgree: number;

  @Field(() => Int, { description: 'People who now DISAGREE after first taking AGREE' })
  changedToDisagree: number;

  @Field(() => Int, { description: 'changedToAgree + changedToDisagree' })
  changedMind: number;
}

export const stanceCountsOf = (t: Thread): StanceCounts => ({
  agree: t.agreeCount,
  disagree: t.disagreeCount,
  undecided: t.undecidedCount,
  changedToAgree: t.changedToAgreeCount,
  changedToDisagree: t.changedToDisagreeCount,
  changedMind: t.changedToAgreeCount + t.changedToDisagreeCount,
});
