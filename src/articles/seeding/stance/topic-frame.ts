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
const PREAMBLE = /^\s*(?:this house (?:believes?|supports?)(?: that)?|is it right that)\s+/iu;
/**
 * A preamble whose next word is the motion's own verb ("This house would ban boxing", "This
 * house condemns …"). Cut, that verb opens the text, where a tagger often reads it as a noun.
 */
const ACTING_PREAMBLE = /^\s*this house\s+(?:would\s+)?/iu;

/** Verbs that act against their object: a motion to ban X is against X. */
const AGAINST_VERBS = new Set(
  `ban forbid prohibit restrict abolish criminalize criminalise disband outlaw limit end curb
   repeal stop oppose reject scrap cut suspend withdraw remove cancel deny refuse block
   eliminate reduce prevent discourage dismantle boycott sanction penalize penalise`.split(
    /\s+/u,
  ),
);
/** Measures against what follows them ("a ban on scooters"): against it, unless undone. */
const MEASURES = new Set(['ban', 'prohibition', 'embargo', 'moratorium', 'blockade']);
/** Verbs that undo a measure: lifting a ban on X is for X. */
const UNDOING = new Set(
  `lift repeal overturn scrap end remove drop rescind reverse relax ease loosen abolish withdraw
   cancel`.split(/\s+/u),
);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
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
  const stated = motion.replace(PREAMBLE, '');
  const text = (stated === motion ? motion.replace(ACTING_PREAMBLE, '') : stated).replace(
    /[?.!]\s*$/u,
    '',
  );
  // After "This house would" or "This house condemns" the first word is the motion's verb.
  const verbFirst = stated === motion && text.length < motion.replace(/[?.!]\s*$/u, '').length;
  const tokens = tokenize(text);
  let sign: 1 | -1 = 1;
  const flip = () => {
    sign = sign === 1 ? -1 : 1;
  };
  const stanceWords = new Set<Token>();
  if (tokens.some((t) => NEGATORS.has(t.lower))) flip();
  const actsAsVerb = (t: Token, i: number) =>
    t.pos === 'VERB' ||
    (i === 0 && verbFirst) ||
    // wink tags "ban" in "Should the council ban cars" as a noun: a modal before it makes it a
    // verb, unless a form of "be" follows it ("Should the smoking ban be lifted?").
    (tokens.slice(Math.max(0, i - 3), i).some((m) => MODALS.has(m.lower)) &&
      !BE_FORMS.has(tokens[i + 1]?.lower ?? ''));
  // The motion's own verb speaks against its object when it is one of AGAINST_VERBS or, as the
  // first word of "This house would / condemns …", a verb the sentiment lexicon rates negative
  // ("fight poverty", "regrets the rise of …").
  let against = tokens.find(
    (t, i) =>
      (AGAINST_VERBS.has(t.lemma) || (t.lemma === 'phase' && tokens[i + 1]?.lower === 'out')) &&
      actsAsVerb(t, i),
  );
  if (!against && verbFirst && tokens[0] && afinnScore(tokens[0]) < 0) against = tokens[0];
  const measure = tokens.find((t) => MEASURES.has(t.lemma) && t !== against);
  const undoing =
    measure &&
    (against && UNDOING.has(against.lemma)
      ? against
      : tokens.find((t, i) => UNDOING.has(t.lemma) && t !== measure && actsAsVerb(t, i)));
  // "Do speed cameras cut crashes?": a question of fact asks whether its subject works; a verb
  // against its object is what the subject is said to do, so a claim that speaks well of the
  // cameras is for the motion. The object is the effect, not the target.
  const factual = FACT_OPENERS.has(tokens[0]?.lower ?? '') && against !== undefined;
  const againstAction = new Set<string>();
  const actsAgainst = (t: Token) => {
    stanceWords.add(t);
    againstAction.add(t.stem);
    againstAction.add(tokenize(t.lemma)[0]?.stem ?? t.lemma);
  };
  if (measure && undoing) {
    // "lift the ban on scooters": two turns that cancel; a claim about the ban itself is
    // about the measure, not the scooters.
    stanceWords.add(undoing);
    actsAgainst(measure);
  } else if (against && factual) {
    actsAgainst(against);
    tokens.slice(tokens.indexOf(against)).forEach((t) => stanceWords.add(t));
  } else if (against) {
    flip();
    actsAgainst(against);
  } else if (measure) {
    flip();
    actsAgainst(measure);
  }
  const copula = tokens.findIndex((t) => COPULAS.has(t.lemma));
  // A verdict after "be" turns the sign unless the motion's verb already acted on the target.
  const verbActed = against !== undefined && !(measure && undoing);
  if (copula >= 0 && !verbActed) {
    const predicate = tokens
      .slice(copula + 1)
      .filter(
        (t) => !stanceWords.has(t) && (afinnScore(t) < 0 || NEGATIVE_VERDICTS.has(t.lower)),
      );
    if (predicate.length > 0) {
      flip();
      predicate.forEach((t) => stanceWords.add(t));
    }
  } else if (
    !verbActed &&
    !verbFirst &&
    (!/\?\s*$/u.test(motion) || FACT_OPENERS.has(tokens[0]?.lower ?? ''))
  ) {
    // A statement or a question of fact whose own verb is a verdict on its subject
    // ("multiculturalism has failed", "Does homework harm children?").
    const verb = tokens.find((t) => t.pos === 'VERB');
    if (verb && afinnScore(verb) < 0) {
      flip();
      stanceWords.add(verb);
    }
  }
  const target = new Set(
    tokens
      .filter((t) => CONTENT.has(t.pos) && !LIGHT_LEMMAS.has(t.lemma) && !stanceWords.has(t))
      .map((t) => t.stem),
  );
  return { target, sign, againstAction };
}
