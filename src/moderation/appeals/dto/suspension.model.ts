import { Field, ObjectType } from '@nestjs/graphql';
import { Appeal } from '../appeal.entity';

@ObjectType({ description: 'An account’s current suspension, as its owner sees it' })
export class Suspension {
  @Field()
  suspendedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null means permanently' })
  until: Date | null;

  @Field(() => String, { nullable: true, description: 'The moderator’s reason' })
  reason: string | null;

  @Field(() => Appeal, {
    nullable: true,
    description: 'Your appeal of this suspension (one is allowed), with its outcome',
  })
  appeal: Appeal | null;
}
