import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A ban from a thread as the banned reader sees it: what and until when, never who banned them
 * (moderators read the whole ban through `threadBans`).
 */
@ObjectType({ description: 'Your own ban from a thread, in force now' })
export class MyThreadBan {
  @Field({ description: 'The moderator’s reason' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Null: until a moderator lifts it' })
  until: Date | null;

  @Field({ description: 'When the ban began' })
  since: Date;
}
