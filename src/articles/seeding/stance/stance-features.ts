import { sentimentOf, tokenize, type Token } from '../seeding-nlp';
import { afinnScore } from './sentiment-lexicon';
import type { TopicFrame } from './topic-frame';

/** Named numeric features of one claim against one motion, and the claim's words for the bag. */
export interface StanceFeatures {
  dense: Record<string, number>;
  /** Lemmas of the claim's content words, each once, with the polarity of their context. */
  words: string[];
}

/** Verbs that make more of their object ("increases poverty") or less of it ("reduces poverty"). */
const MORE = new Set(
  `increase raise boost promote encourage cause create lead bring foster spur strengthen expand
   grow enhance fuel provide offer produce generate give help improve support enable allow`.split(
    /\s+/u,
  ),
);
const LESS = new Set(
  `reduce decrease lower prevent limit cut eliminate curb stop avoid hinder restrict weaken
   undermine remove end discourage deny ban prohibit block suppress destroy damage threaten`.split(
    /\s+/u,
  ),
);
const NEGATORS = new Set(['not', 'no', 'never', "n't", 'nothing', 'without', 'cannot', 'neither']);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const CONTRAST = new Set(['but', 'however', 'yet', 'although', 'though', 'whereas']);
const ADVOCACY = new Set(['should', 'must', 'ought', 'need']);

/**
 * The features the side model reads: the claim's own sentiment (AFINN words, negation turning
 * them round, and wink's sentence score), the direction of effects it reports ("reduces
 * crime" is favourable), whether it talks about the motion's target at all (a claim about
 * something else carries its sentiment less surely to the target), and actions it says are taken
 * against the target ("banning X").
 */
export function stanceFeatures(frame: TopicFrame, claim: string): StanceFeatures {
  const tokens = tokenize(claim);
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const n = Math.max(1, words.length);
  const negated = tokens.map((_, i) => tokens[i].negated || negatedBefore(tokens, i));

  const targetAt = tokens.flatMap((t, i) => (frame.target.has(t.stem) ? [i] : []));
  const contrastAt = tokens.findIndex((t) => CONTRAST.has(t.lower));
  let lexical = 0;
  let positive = 0;
  let negative = 0;
  const actionAt = tokens.flatMap((t, i) => (frame.againstAction.has(t.stem) ? [i] : []));
  let near = 0;
  let conclusion = 0;
  // "reduces crime" speaks well: a word in the object of a lessening verb counts the other way.
  const lessened = tokens.map((_, i) =>
    tokens.slice(Math.max(0, i - 4), i).some((k) => LESS.has(k.lemma) && k.pos === 'VERB'),
  );
  tokens.forEach((t, i) => {
    const a = afinnScore(t);
    if (a === 0) return;
    const s = (negated[i] ? -a : a) * (lessened[i] ? -1 : 1);
    lexical += s;
    if (s > 0) positive++;
    else negative++;
    if (targetAt.some((k) => Math.abs(k - i) <= 5)) near += s;
    if (contrastAt >= 0 && i > contrastAt) conclusion += s;
  });
  let advocacy = 0;
  tokens.forEach((t, i) => {
    if (!ADVOCACY.has(t.lower)) return;
    advocacy += negated[i + 1] || NEGATORS.has(tokens[i + 1]?.lower ?? '') ? -1 : 1;
  });

  let effect = 0;
  tokens.forEach((t, i) => {
    const direction = MORE.has(t.lemma) ? 1 : LESS.has(t.lemma) ? -1 : 0;
    if (direction === 0 || t.pos !== 'VERB') return;
    const object = tokens.slice(i + 1, i + 6).reduce((sum, o) => sum + afinnScore(o), 0);
    if (object !== 0) effect += direction * Math.sign(object) * (negated[i] ? -1 : 1);
  });

  const mentioned = tokens.filter((t) => frame.target.has(t.stem)).length;
  const mention = frame.target.size === 0 ? 0 : Math.min(1, mentioned / frame.target.size);
  const against = againstTarget(tokens, frame);
  // The decomposition's targets relation: a claim about the banning itself ("the ban will hurt
  // shops") and not the banned thing speaks of a contrastive target, so its sentiment turns round.
  const relation = actionAt.length > 0 && targetAt.length === 0 ? -1 : 1;
  const wink = relation * sentimentOf(claim);
  const lex = relation * Math.tanh(lexical / 4);
  const eff = relation * Math.tanh(effect);

  const dense: Record<string, number> = {
    lexical: lex,
    positiveShare: positive / n,
    negativeShare: negative / n,
    wink,
    effect: eff,
    mention,
    lexicalOnTarget: lex * mention,
    effectOnTarget: eff * mention,
    againstTarget: against,
    nearTarget: Math.tanh(near / 4),
    afterContrast: relation * Math.tanh(conclusion / 4),
    advocacy: Math.tanh(advocacy) * (mention > 0 ? 1 : 0.5),
    negation: negated.some(Boolean) ? 1 : 0,
    relation,
  };

  const bag = new Set<string>();
  tokens.forEach((t, i) => {
    if (!CONTENT.has(t.pos) || t.lemma.length < 3 || frame.target.has(t.stem)) return;
    bag.add(negated[i] ? `not_${t.lemma}` : t.lemma);
  });
  return { dense, words: [...bag] };
}

function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(tokens[k].lower)) return true;
  return false;
}

/** -1 when the claim says something acts against the target ("a ban on X", "abolishing X"). */
function againstTarget(tokens: Token[], frame: TopicFrame): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!LESS.has(tokens[i].lemma)) continue;
    if (tokens.slice(i + 1, i + 5).some((t) => frame.target.has(t.stem))) return -1;
  }
  return 0;
}
