import { HeldEdit } from '../held-edit.entity';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ForeignText } from '../../common/graphql/foreign-text';
import { Side } from '../argument-enums';
import { ArgumentEntity } from '../argument.entity';

export const BODY_MAX = 2000;
export const SOURCES_MAX = 10;

@InputType()
export class SourceInput {
  @Field()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  url: string;

  @Field()
  @Length(1, 300, { message: 'title must be 1–300 characters' })
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  excerpt?: string;
}

@InputType({
  description:
    'A span of the thread’s article: [start, end) offsets into its body, and the text there',
})
export class QuoteInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  start: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  end: number;

  @Field()
  @ForeignText() // the article's own characters, compared with its body
  @Length(1, 2000)
  text: string;
}

@InputType()
export class CreateArgumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Reply to this argument; omit to argue the motion itself',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an ID' })
  parentId?: string;

  @Field(() => Side)
  @IsEnum(Side)
  side: Side;

  @Field({ description: `Markdown, 1–${BODY_MAX} characters` })
  @IsString()
  @Length(1, BODY_MAX, { message: `body must be 1–${BODY_MAX} characters` })
  body: string;

  @Field(() => [SourceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(SOURCES_MAX)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources?: SourceInput[];

  @Field(() => QuoteInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuoteInput)
  quote?: QuoteInput;
}

@InputType()
export class EditArgumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, BODY_MAX, { message: `body must be 1–${BODY_MAX} characters` })
  body?: string;

  @Field(() => Side, { nullable: true, description: 'Only while nobody has replied' })
  @IsOptional()
  @IsEnum(Side)
  side?: Side;

  @Field(() => [SourceInput], { nullable: true, description: 'Replaces the sources' })
  @IsOptional()
  @ArrayMaxSize(SOURCES_MAX)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources?: SourceInput[];
}

@InputType()
export class DeleteArgumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId: string;
}

@ObjectType()
export class ArgumentPayload {
  @Field(() => ArgumentEntity)
  argument: ArgumentEntity;
}

@ObjectType()
export class EditArgumentPayload extends ArgumentPayload {
  @Field(() => HeldEdit, {
    nullable: true,
    description:
      'Set when the edit waits for a moderator: the argument keeps its published version meanwhile',
  })
  heldEdit: HeldEdit | null;
}

@ObjectType({ description: 'A quoted span of the thread’s article' })
export class Quote {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  text: string;
}
