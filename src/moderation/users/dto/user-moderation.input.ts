import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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

  @Field({
    defaultValue: false,
    description:
      'Also remove every published, hidden or held argument of theirs, with this reason; lifting the suspension (or granting its appeal) restores them',
  })
  @IsBoolean({ message: 'removeContent must be true or false' })
  removeContent: boolean;
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

  @Field(() => Int, {
    nullable: true,
    description: 'suspendUser with removeContent: how many arguments it removed',
  })
  removedArgumentCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'unsuspendUser: how many arguments the suspension had removed came back',
  })
  restoredArgumentCount?: number | null;
}

@ObjectType({ description: 'A moderator’s warning, as its recipient sees it' })
export class Warning {
  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}
