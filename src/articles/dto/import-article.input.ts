import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { MAX_ARTICLE_CHARS, MAX_HTML_CHARS } from '../import/article-limits';
import { Article, ArticleFormat } from '../article.entity';
import { ForeignText } from '../../common/graphql/foreign-text';
import { Thread } from '../../threads/thread.entity';
import { MOTION_MAX, MOTION_MIN, TAG_LIMIT } from '../../threads/dto/create-thread.input';

@InputType()
export class ImportArticleInput {
  @Field({
    nullable: true,
    description: `The article: at most ${MAX_ARTICLE_CHARS} characters of text, or an HTML page of at most ${MAX_HTML_CHARS} characters. Give this or url.`,
  })
  @ForeignText()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_HTML_CHARS, { message: `text must be at most ${MAX_HTML_CHARS} characters` })
  text?: string;

  @Field({
    nullable: true,
    description:
      'Where the server fetches the article (http or https; public addresses only unless FEED_ALLOW_PRIVATE_HOSTS), read in the given format; it becomes the source URL. Give this or text.',
  })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  url?: string;

  @Field(() => ArticleFormat)
  @IsEnum(ArticleFormat, { message: 'format must be TEXT, MARKDOWN or HTML' })
  format: ArticleFormat;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'sourceUrl must be an http(s) URL' },
  )
  @MaxLength(2048)
  sourceUrl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishedAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  byline?: string;

  @Field({ nullable: true, description: 'Also open a thread on this motion' })
  @IsOptional()
  @Length(MOTION_MIN, MOTION_MAX, {
    message: `motion must be ${MOTION_MIN}–${MOTION_MAX} characters`,
  })
  motion?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @IsString({ each: true })
  tags?: string[];
}

@ObjectType()
export class ImportArticlePayload {
  @Field(() => Article)
  article: Article;

  @Field({
    description: 'False when the same article (content or source URL) was already imported',
  })
  created: boolean;

  @Field(() => Thread, { nullable: true })
  thread: Thread | null;
}
