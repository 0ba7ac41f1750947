import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { ThreadBan } from '../../../threads/thread-ban.entity';

@InputType()
export class BanFromThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId: string;

  @Field({ description: 'Shown to the person and in the public moderation log' })
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1–1000 characters' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Omit for a ban until lifted' })
  @IsOptional()
  @IsDate({ message: 'until must be a date-time' })
  until?: Date;
}

@InputType()
export class LiftThreadBanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'banId must be an ID' })
  banId: string;

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason?: string;
}

@ArgsType()
export class ThreadBansArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId: string;

  @Field({ defaultValue: false, description: 'Also the bans that expired or were lifted' })
  @IsBoolean()
  includeEnded: boolean;
}

@ObjectType()
export class ThreadBanPayload {
  @Field(() => ThreadBan)
  ban: ThreadBan;
}
