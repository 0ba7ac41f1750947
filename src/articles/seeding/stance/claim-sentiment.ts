import { crossTopicVocabulary } from './cross-topic-vocabulary';
import { score, trainLogistic, type Example, type LinearWeights } from './logistic-regression';

/**
 * A claim-sentiment classifier: does the claim speak well (+1) or badly (-1) of what it is about?
 * Logistic regression over lower-case unigrams and bigrams, with words after a negator marked
 * ("not_effective") up to the next punctuation, plus the lexicon's dense scores.
 */
export interface ClaimSentimentModel extends LinearWeights {
  /** Grams kept: those seen in claims of at least `minTopics` topics. */
  vocabulary: string[];
}

export interface SentimentExample {
  topicId: string;
  claim: string;
  sentiment: 1 | -1;
  /** Dense lexicon scores of the claim (named, -1..1). */
  lexicon: Record<string, number>;
}

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'without', 'cannot', 'neither', 'nor']);

/** Lower-case unigrams and bigrams with negation marking. */
export function sentimentGrams(claim: string): string[] {
  const pieces = claim.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|[.,;:!?()]/gu) ?? [];
  const words: string[] = [];
  let negated = false;
  for (const p of pieces) {
    if (/^[.,;:!?()]$/u.test(p)) {
      negated = false;
      continue;
    }
    const word = p.endsWith("n't") ? p.slice(0, -3) : p;
    words.push(negated ? `not_${word}` : word);
    if (NEGATORS.has(p) || p.endsWith("n't")) negated = true;
  }
  const grams = new Set(words.map((w) => `u:${w}`));
  for (let i = 1; i < words.length; i++) grams.add(`b:${words[i - 1]}_${words[i]}`);
  return [...grams];
}

export function trainClaimSentiment(
  examples: SentimentExample[],
  minTopics = 2,
): ClaimSentimentModel {
  const grams = examples.map((e) => sentimentGrams(e.claim));
  const vocabulary = crossTopicVocabulary(
    examples.map((e, i) => ({ topicId: e.topicId, words: grams[i] })),
    minTopics,
  );
  const known = new Set(vocabulary);
  const train: Example[] = examples.map((e, i) => ({
    features: sentimentFeatures(grams[i], e.lexicon, known),
    label: e.sentiment,
  }));
  // A light penalty and a larger step: the grams are sparse and scaled down, and fit too little otherwise.
  return { ...trainLogistic(train, { l2: 0.001, learningRate: 2 }), vocabulary };
}

const vocabularies = new WeakMap<ClaimSentimentModel, Set<string>>();

/** The classifier's log-odds that the claim speaks well of its target. */
export function claimSentimentScore(
  model: ClaimSentimentModel,
  claim: string,
  lexicon: Record<string, number>,
): number {
  let known = vocabularies.get(model);
  if (!known) {
    known = new Set(model.vocabulary);
    vocabularies.set(model, known);
  }
  return score(model, sentimentFeatures(sentimentGrams(claim), lexicon, known));
}

function sentimentFeatures(
  grams: string[],
  lexicon: Record<string, number>,
  known: Set<string>,
): Map<string, number> {
  const map = new Map<string, number>(Object.entries(lexicon).map(([k, v]) => [`x:${k}`, v]));
  const kept = grams.filter((g) => known.has(g));
  for (const g of kept) map.set(g, 1 / Math.sqrt(kept.length));
  return map;
}
