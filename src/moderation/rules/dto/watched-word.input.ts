import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { WatchedWordAction } from '../../moderation-enums';
import { WatchedWord } from '../watched-word.entity';

@InputType()
export class AddWatchedWordInput {
  @Field({ description: 'A word or phrase; a trailing * matches any ending (idiot*)' })
  @IsString()
  @Length(1, 200, { message: 'pattern must be 1–200 characters' })
  pattern: string;

  @Field(() => WatchedWordAction)
  @IsEnum(WatchedWordAction)
  action: WatchedWordAction;
}

@InputType()
export class RemoveWatchedWordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an ID' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}

@ObjectType()
export class WatchedWordPayload {
  @Field(() => WatchedWord)
  watchedWord: WatchedWord;
}
