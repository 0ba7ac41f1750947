import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Character offsets [start, end) into the article body' })
export class ArticleSentence {
  @Field()
  text: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}

@ObjectType()
export class ArticleParagraph extends ArticleSentence {
  @Field(() => Int, {
    nullable: true,
    description: 'Index into sections; null before the first heading',
  })
  sectionIndex: number | null;

  @Field(() => [ArticleSentence])
  sentences: ArticleSentence[];
}

@ObjectType()
export class ArticleSection {
  @Field()
  heading: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}
