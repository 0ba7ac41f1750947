import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { User } from '../../users/user.entity';
import { Appeal } from '../appeals/appeal.entity';
import { Warning } from '../users/dto/user-moderation.input';
import { ModeratorNote } from './moderator-note.entity';
import { ReporterAccuracy } from './reporter-accuracy';

@InputType()
export class AddModeratorNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'body must be 1–2000 characters' })
  body: string;
}

@ObjectType()
export class ModeratorNotePayload {
  @Field(() => ModeratorNote)
  note: ModeratorNote;
}

@ArgsType()
export class SearchUsersArgs {
  @Field({ description: 'The start of a username or e-mail address (case-insensitive)' })
  @Trim()
  @IsString()
  @Length(1, 254, { message: 'prefix must be 1–254 characters' })
  prefix: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50, { message: 'first must be 1–50' })
  first: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => ArgumentStatus)
  status: ArgumentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Reports others filed on the person’s arguments, by outcome' })
export class ReportsReceived {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  upheld: number;

  @Field(() => Int)
  dismissed: number;

  @Field(() => Int)
  ignored: number;
}

@ObjectType({
  description:
    'Everything moderators know about one person, in one place (moderators only): see docs/MODERATION.md',
})
export class PersonView {
  @Field(() => User)
  user: User;

  @Field(() => Date, { nullable: true })
  suspendedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null while suspended means permanently' })
  suspendedUntil: Date | null;

  @Field(() => String, { nullable: true })
  suspensionReason: string | null;

  @Field(() => [StatusCount], { description: 'Their arguments, by status' })
  arguments: StatusCount[];

  @Field(() => ReporterAccuracy, { description: 'Reports they filed, and how they fared' })
  reportsFiled: ReporterAccuracy;

  @Field(() => ReportsReceived)
  reportsReceived: ReportsReceived;

  @Field(() => [Warning], { description: 'Newest first' })
  warnings: Warning[];

  @Field(() => [Appeal], { description: 'Their appeals and outcomes, newest first' })
  appeals: Appeal[];

  @Field(() => [ModeratorNote], { description: 'Moderators’ private notes, newest first' })
  notes: ModeratorNote[];
}
