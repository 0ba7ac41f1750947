import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Thread } from '../thread.entity';

export const MOTION_MIN = 10;
export const MOTION_MAX = 300;
export const TAG_LIMIT = 10;

@InputType()
export class CreateThreadInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be an ID' })
  articleId?: string;

  @Field({
    description: `A yes/no question or a statement, ${MOTION_MIN}–${MOTION_MAX} characters`,
  })
  @IsString()
  @Length(MOTION_MIN, MOTION_MAX, {
    message: `motion must be ${MOTION_MIN}–${MOTION_MAX} characters`,
  })
  motion: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => [String], {
    nullable: true,
    description: `Up to ${TAG_LIMIT} tags of letters, digits and -`,
  })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @IsString({ each: true })
  tags?: string[];
}

@ObjectType()
export class CreateThreadPayload {
  @Field(() => Thread)
  thread: Thread;
}
