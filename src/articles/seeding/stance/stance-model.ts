import {
  score,
  trainLogistic,
  type Example,
  type LinearWeights,
  type TrainOptions,
} from './logistic-regression';
import {
  claimSentimentScore,
  trainClaimSentiment,
  type ClaimSentimentModel,
  type SentimentExample,
} from './claim-sentiment';
import { crossTopicVocabulary } from './cross-topic-vocabulary';
import { stanceFeatures, type StanceFeatures } from './stance-features';
import { topicFrame, type TopicFrame } from './topic-frame';

/** A claim to classify, without its label. */
export interface StanceInput {
  topic: string;
  claim: string;
}

/** A labelled claim for training. */
export interface StanceExample extends StanceInput {
  topicId: string;
  stance: 'PRO' | 'CON';
  /** The annotated sentiment of the claim toward its own target, when it has one (training only). */
  claimSentiment?: 1 | -1;
}

/** The side model as shipped in data/stance-model.json. */
export interface StanceModel extends LinearWeights {
  /** Bag-of-words features kept: words seen in claims of at least `minTopics` topics. */
  vocabulary: string[];
  minTopics: number;
  /** The claim-sentiment classifier whose score is the feature `f:learnedSentiment`. */
  sentiment?: ClaimSentimentModel;
  trainedOn: { topics: number; claims: number };
}

export interface StancePrediction {
  stance: 'PRO' | 'CON';
  /** P(PRO), 0..1. */
  probability: number;
}

export const MIN_TOPICS = 3;

/**
 * Stance = the motion's sign × whether the claim speaks well of the motion's target. The model
 * learns only the second part, from features that do not name any topic, so it carries over to
 * motions it has never seen; a word enters the bag only when it appears under several topics.
 */
export function trainStanceModel(
  examples: StanceExample[] | FeaturedExample[],
  minTopics = MIN_TOPICS,
  options: TrainOptions = {},
): StanceModel {
  const featured =
    examples.length > 0 && 'f' in examples[0]
      ? (examples as FeaturedExample[])
      : featurise(examples as StanceExample[]);
  const vocabulary = crossTopicVocabulary(
    featured.map(({ e, f }) => ({ topicId: e.topicId, words: f.words })),
    minTopics,
  );
  const known = new Set(vocabulary);
  const annotated = sentimentExamples(featured);
  const sentiment = annotated.length > 0 ? trainClaimSentiment(annotated) : undefined;
  const outOfFold = sentiment ? outOfFoldSentiment(featured) : undefined;
  const train: Example[] = featured.map(({ e, frame, f }, i) => ({
    features: featureMap(f, known, outOfFold?.[i]),
    label: ((e.stance === 'PRO' ? 1 : -1) * frame.sign) as 1 | -1,
  }));
  const weights = trainLogistic(train, options);
  return {
    ...weights,
    vocabulary,
    minTopics,
    ...(sentiment ? { sentiment } : {}),
    trainedOn: { topics: new Set(featured.map((x) => x.e.topicId)).size, claims: featured.length },
  };
}

/** A training example with its features read once (cross-validation reuses them per fold). */
export interface FeaturedExample {
  e: StanceExample;
  frame: TopicFrame;
  f: StanceFeatures;
}

export function featurise(examples: StanceExample[]): FeaturedExample[] {
  const frames = new Map<string, TopicFrame>();
  return examples.map((e) => {
    const frame = frames.get(e.topic) ?? topicFrame(e.topic);
    frames.set(e.topic, frame);
    return { e, frame, f: stanceFeatures(frame, e.claim) };
  });
}

/** Predicts from the topic and the claim only. */
export function predictStance(model: StanceModel, input: StanceInput): StancePrediction {
  const frame = topicFrame(input.topic);
  return predictWithFrame(model, frame, input.claim);
}

export function predictWithFrame(
  model: StanceModel,
  frame: TopicFrame,
  claim: string,
): StancePrediction {
  const known = vocabularyOf(model);
  const f = stanceFeatures(frame, claim);
  const learned = model.sentiment
    ? claimSentimentScore(model.sentiment, claim, lexiconScores(f))
    : undefined;
  const favourable = score(model, featureMap(f, known, learned));
  const logit = frame.sign * favourable;
  const probability = 1 / (1 + Math.exp(-logit));
  return { stance: probability >= 0.5 ? 'PRO' : 'CON', probability };
}

const vocabularies = new WeakMap<StanceModel, Set<string>>();
function vocabularyOf(model: StanceModel): Set<string> {
  let set = vocabularies.get(model);
  if (!set) {
    set = new Set(model.vocabulary);
    vocabularies.set(model, set);
  }
  return set;
}

function featureMap(
  f: StanceFeatures,
  vocabulary: Set<string>,
  learnedSentiment?: number,
): Map<string, number> {
  const map = new Map<string, number>(Object.entries(f.dense).map(([k, v]) => [`f:${k}`, v]));
  if (learnedSentiment !== undefined) {
    map.set('f:learnedSentiment', f.dense.relation * Math.tanh(learnedSentiment / 2));
  }
  for (const w of f.words) if (vocabulary.has(w)) map.set(`w:${w}`, 1 / Math.sqrt(f.words.length));
  return map;
}

/** The claim's own lexicon scores (the stance features turn them round for contrastive targets). */
function lexiconScores(f: StanceFeatures): Record<string, number> {
  const r = f.dense.relation;
  return {
    lexical: r * f.dense.lexical,
    wink: r * f.dense.wink,
    effect: r * f.dense.effect,
    afterContrast: r * f.dense.afterContrast,
    positiveShare: f.dense.positiveShare,
    negativeShare: f.dense.negativeShare,
  };
}

function sentimentExamples(featured: FeaturedExample[]): SentimentExample[] {
  return featured.flatMap(({ e, f }) =>
    e.claimSentiment === undefined
      ? []
      : [
          {
            topicId: e.topicId,
            claim: e.claim,
            sentiment: e.claimSentiment,
            lexicon: lexiconScores(f),
          },
        ],
  );
}

const INNER_FOLDS = 5;

/**
 * The sentiment score of each training claim from a classifier fitted on other topics only, so
 * the side model learns how far to trust the classifier on topics it has not seen.
 */
function outOfFoldSentiment(featured: FeaturedExample[]): number[] {
  const topics = [...new Set(featured.map((x) => x.e.topicId))].sort();
  const foldOf = new Map(topics.map((t, i) => [t, i % INNER_FOLDS]));
  const scores = new Array<number>(featured.length).fill(0);
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const model = trainClaimSentiment(
      sentimentExamples(featured.filter((x) => foldOf.get(x.e.topicId) !== fold)),
    );
    featured.forEach((x, i) => {
      if (foldOf.get(x.e.topicId) === fold) {
        scores[i] = claimSentimentScore(model, x.e.claim, lexiconScores(x.f));
      }
    });
  }
  return scores;
}
