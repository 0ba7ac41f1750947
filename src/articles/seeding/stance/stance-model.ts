import {
  score,
  trainLogistic,
  type Example,
  type LinearWeights,
  type TrainOptions,
} from './logistic-regression';
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
}

/** The side model as shipped in data/stance-model.json. */
export interface StanceModel extends LinearWeights {
  /** Bag-of-words features kept: words seen in claims of at least `minTopics` topics. */
  vocabulary: string[];
  minTopics: number;
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
  const topicsOfWord = new Map<string, Set<string>>();
  for (const { e, f } of featured) {
    for (const w of f.words) {
      const set = topicsOfWord.get(w) ?? new Set<string>();
      set.add(e.topicId);
      topicsOfWord.set(w, set);
    }
  }
  const vocabulary = [...topicsOfWord]
    .filter(([, topics]) => topics.size >= minTopics)
    .map(([w]) => w)
    .sort();
  const known = new Set(vocabulary);
  const train: Example[] = featured.map(({ e, frame, f }) => ({
    features: featureMap(f, known),
    label: ((e.stance === 'PRO' ? 1 : -1) * frame.sign) as 1 | -1,
  }));
  const weights = trainLogistic(train, options);
  return {
    ...weights,
    vocabulary,
    minTopics,
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
  const favourable = score(model, featureMap(stanceFeatures(frame, claim), known));
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

function featureMap(f: StanceFeatures, vocabulary: Set<string>): Map<string, number> {
  const map = new Map<string, number>(Object.entries(f.dense).map(([k, v]) => [`f:${k}`, v]));
  for (const w of f.words) if (vocabulary.has(w)) map.set(`w:${w}`, 1 / Math.sqrt(f.words.length));
  return map;
}
