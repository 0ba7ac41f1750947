import { tokenize, type Token } from '../seeding-nlp';
import { afinnScore } from './sentiment-lexicon';

/** What a motion argues about and which way: "X should be banned" is about X, against it. */
export interface TopicFrame {
  /** Stems of the content words the motion is about (its target). */
  target: Set<string>;
  /** +1 when the motion is for its target, -1 when it is against it. */
  sign: 1 | -1;
  /** Stems of the verb that acts against the target ("ban"), which claims may name instead. */
  againstAction: Set<string>;
}

/** Debate-motion preambles that carry no stance ("This house believes that"). */
const PREAMBLE = /^\s*(?:this house (?:believes?|would|supports?)(?: that)?|is it right that)\s+/iu;

/** Verbs that act against their object: a motion to ban X is against X. */
const AGAINST_VERBS = new Set(
  `ban forbid prohibit restrict abolish criminalize criminalise disband outlaw limit end curb
   repeal stop oppose reject scrap cut suspend withdraw remove cancel deny refuse block`.split(
    /\s+/u,
  ),
);
/** Openers of a question of fact ("Do cameras cut crashes?"), not of a proposal ("Should …"). */
const FACT_OPENERS = new Set(['do', 'does', 'did', 'can', 'could', 'will']);
const MODALS = new Set(['should', 'would', 'will', 'must', 'to', 'can', 'could', 'may']);
const NEGATORS = new Set(['not', 'never', "n't", 'no']);
const COPULAS = new Set(['be', 'become']);
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM']);
const LIGHT_LEMMAS = new Set(['be', 'do', 'have', 'should', 'would', 'will', 'can', 'must']);
/** Verdicts against their subject that AFINN does not rate ("is unconstitutional"). */
export const NEGATIVE_VERDICTS = new Set([
  'unconstitutional',
  'unlawful',
  'invalid',
  'void',
  'illegitimate',
]);

/**
 * Reads a motion as a target and a sign. The sign turns once for a negation ("should not"), once
 * for a verb that acts against its object ("ban", "abolish"), and once for a negative predicate
 * ("is harmful", "should be a criminal offence"); the target is the remaining content words.
 */
export function topicFrame(motion: string): TopicFrame {
  const text = motion.replace(PREAMBLE, '').replace(/[?.!]\s*$/u, '');
  const tokens = tokenize(text);
  let sign: 1 | -1 = 1;
  const flip = () => {
    sign = sign === 1 ? -1 : 1;
  };
  const stanceWords = new Set<Token>();
  if (tokens.some((t) => NEGATORS.has(t.lower))) flip();
  // wink tags "ban" in "Should the council ban cars" as a noun: a modal before it makes it a verb.
  const against = tokens.find(
    (t, i) =>
      AGAINST_VERBS.has(t.lemma) &&
      (t.pos === 'VERB' || tokens.slice(Math.max(0, i - 3), i).some((m) => MODALS.has(m.lower))),
  );
  // "Do speed cameras cut crashes?": a question of fact asks whether its subject works; a verb
  // against its object is what the subject is said to do, so a claim that speaks well of the
  // cameras is for the motion. The object is the effect, not the target.
  const factual = FACT_OPENERS.has(tokens[0]?.lower ?? '') && against !== undefined;
  if (against && factual) {
    tokens.slice(tokens.indexOf(against)).forEach((t) => stanceWords.add(t));
  } else if (against) {
    flip();
    stanceWords.add(against);
  }
  const copula = tokens.findIndex((t) => COPULAS.has(t.lemma));
  if (copula >= 0) {
    const predicate = tokens
      .slice(copula + 1)
      .filter((t) => afinnScore(t) < 0 || NEGATIVE_VERDICTS.has(t.lower));
    if (predicate.length > 0 && !against) {
      flip();
      predicate.forEach((t) => stanceWords.add(t));
    }
  }
  const target = new Set(
    tokens
      .filter((t) => CONTENT.has(t.pos) && !LIGHT_LEMMAS.has(t.lemma) && !stanceWords.has(t))
      .map((t) => t.stem),
  );
  const againstAction = new Set<string>();
  if (against) {
    againstAction.add(against.stem);
    againstAction.add(tokenize(against.lemma)[0]?.stem ?? against.lemma);
  }
  return { target, sign, againstAction };
}
