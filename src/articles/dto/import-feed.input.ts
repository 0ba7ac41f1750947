import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Article } from '../article.entity';
import { MAX_FEED_CHARS, MAX_FEED_ITEMS } from '../feeds/feed-limits';

@InputType({ description: 'A feed to import: its http(s) URL or its XML, exactly one of them' })
export class ImportFeedInput {
  @Field({ nullable: true, description: 'Where to fetch the RSS or Atom feed (http or https)' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  url?: string;

  @Field({ nullable: true, description: `The feed itself, at most ${MAX_FEED_CHARS} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_FEED_CHARS, { message: `xml must be at most ${MAX_FEED_CHARS} characters` })
  xml?: string;
}

@ObjectType({ description: 'What became of one feed item' })
export class FeedItemResult {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: "The item's link, kept as the source URL" })
  link: string | null;

  @Field(() => Article, { nullable: true, description: 'Null when the item could not be imported' })
  article: Article | null;

  @Field({ description: 'True when this call stored the article; false when it was already there' })
  created: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the item could not be imported (the other items are imported all the same)',
  })
  error: string | null;
}

@ObjectType()
export class ImportFeedPayload {
  @Field(() => String, { nullable: true })
  feedTitle: string | null;

  @Field(() => [FeedItemResult], { description: 'One per item, in feed order' })
  items: FeedItemResult[];

  @Field(() => Int, {
    description: `Items after the first ${MAX_FEED_ITEMS}, which were not looked at`,
  })
  skippedItems: number;
}
