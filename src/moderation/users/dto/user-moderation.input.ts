import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { User } from '../../../users/user.entity';

@InputType()
export class SuspendUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1–1000 characters' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Omit for a permanent suspension' })
  @IsOptional()
  @IsDate({ message: 'until must be a date-time' })
  until?: Date;
}

@InputType()
export class UnsuspendUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class WarnUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1–1000 characters' })
  reason: string;
}

@ObjectType()
export class UserModerationPayload {
  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A moderator’s warning, as its recipient sees it' })
export class Warning {
  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}
