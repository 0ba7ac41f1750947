import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Side } from '../../arguments/argument-enums';
import { ArticleSentence } from './article-structure.model';

export enum MotionOrigin {
  QUESTION = 'QUESTION',
  LEDE = 'LEDE',
  HEADLINE = 'HEADLINE',
  POLICY = 'POLICY',
}
registerEnumType(MotionOrigin, {
  name: 'MotionOrigin',
  description: 'What a motion candidate was made from',
  valuesMap: {
    QUESTION: { description: 'A yes/no question asked in the article' },
    LEDE: { description: 'The main claim of the first sentence' },
    HEADLINE: { description: 'The headline' },
    POLICY: { description: 'The policy or action the article is about' },
  },
});

export enum SeedExtractor {
  BUILT_IN = 'BUILT_IN',
  LLM = 'LLM',
}
registerEnumType(SeedExtractor, {
  name: 'SeedExtractor',
  description:
    'Who made a suggestion: the configured language model, or the built-in extractor (also its fallback)',
});

@ObjectType({ description: 'A motion a moderator may pick, or edit, when opening a thread' })
export class MotionCandidate {
  @Field({ description: 'A yes/no question' })
  text: string;

  @Field(() => MotionOrigin)
  origin: MotionOrigin;

  @Field(() => Float, { description: '0..1, higher is better; candidates come best first' })
  score: number;

  @Field(() => [ArticleSentence], {
    description:
      'The body sentences it was made from (none for the headline, which is not in the body)',
  })
  sources: ArticleSentence[];

  @Field(() => SeedExtractor)
  extractor: SeedExtractor;
}

@ObjectType({ description: 'A position the article reports, as a possible seed argument' })
export class ReportedPosition {
  @Field({ description: 'Exactly body[start, end)' })
  quote: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field(() => String, {
    nullable: true,
    description: 'Who holds it, when the article says so ("critics", a person, "the document")',
  })
  holder: string | null;

  @Field(() => Side, { description: 'Suggested side relative to `motion`' })
  side: Side;

  @Field({ description: 'The motion the side refers to: the one asked for, or the top candidate' })
  motion: string;

  @Field(() => Float, { description: '0..1: how sure the side is' })
  confidence: number;

  @Field({ description: 'Why this side, in words' })
  evidence: string;

  @Field(() => SeedExtractor)
  extractor: SeedExtractor;
}
