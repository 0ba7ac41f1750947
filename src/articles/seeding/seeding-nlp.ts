import { englishNlp, withoutLongRuns } from '../import/english-nlp';
import { TITLES } from '../import/sentence-splitter';

/** One wink-nlp token with its character span in the text it was read from. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  stem: string;
  pos: string;
  /** wink's negation scope flag ("not good" marks "good"). */
  negated: boolean;
  /** Part of a date, time, sum or share wink recognises ("on Monday", "12 million euros", "9%"). */
  measure: boolean;
  start: number;
  end: number;
}

const MEASURES = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT']);

/** Forms wink lemmatises to another word ("fined" → "fin", "scraping" → "scrap"). */
const LEMMA_FIXES = new Map([
  ['fined', 'fine'],
  ['fining', 'fine'],
  ['dined', 'dine'],
  ['dining', 'dine'],
  ['scraped', 'scrape'],
  ['scraping', 'scrape'],
]);

/** Tokens of `text` with offsets relative to `text` (plus `offset`). */
export function tokenize(text: string, offset = 0): Token[] {
  const its = englishNlp().its;
  // What wink reads (see withoutLongRuns): the same offsets, so it is searched and `text` sliced.
  const read = withoutLongRuns(text);
  const doc = englishNlp().readDoc(read);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const stems = doc.tokens().out(its.stem as never) as unknown as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const negation = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const measures = new Set<number>();
  const types = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([first, last], e) => {
    if (!MEASURES.has(types[e])) return;
    for (let k = first; k <= last; k++) measures.add(k);
  });
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((seen, i) => {
    const at = read.indexOf(seen, cursor);
    if (at < 0) return; // wink keeps the source characters; this only guards against surprises
    cursor = at + seen.length;
    const value = text.slice(at, cursor);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: LEMMA_FIXES.get(value.toLowerCase()) ?? (lemmas[i] ?? value).toLowerCase(),
      stem: (stems[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      negated: Boolean(negation[i]),
      measure: measures.has(i),
      start: offset + at,
      end: offset + cursor,
    });
  });
  return retagControlVerbs(withTitlesWhole(tokens));
}

/**
 * "said Ald. Maria Lopez": wink keeps "Sen." whole but cuts "Ald." into a word and a full stop,
 * which ended the speaker's name at the title. A title and its stop before a name are one token.
 */
function withTitlesWhole(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const stop = tokens[i + 1];
    const name = tokens[i + 2];
    if (
      TITLES.has(t.lower) &&
      /^\p{Lu}/u.test(t.text) &&
      stop?.text === '.' &&
      stop.start === t.end &&
      name !== undefined &&
      /^\p{Lu}/u.test(name.text)
    ) {
      const text = `${t.text}.`;
      out.push({ ...t, text, lower: text.toLowerCase(), pos: 'PROPN', end: stop.end });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Verbs that take "to" and an action, and are nouns too ("plan", "vote", "hope"). */
const CONTROL_VERB_NOUNS = new Set(
  'plan vow hope aim vote pledge promise threaten move bid want seek'.split(' '),
);

/**
 * "Farmers plan to fence off …", "Unions vow to strike": wink tags the verb a noun after a
 * capitalised or plural subject; before "to" and a verb, right after a noun or name (not after
 * "the", an adjective or a possessive: "the plan to …"), it is the clause's verb.
 */
function retagControlVerbs(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || !CONTROL_VERB_NOUNS.has(t.lemma) || i === 0) return;
    const prev = tokens[i - 1];
    if (tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB') return;
    if (prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && /[^s]s$/u.test(prev.lower))) return;
    tokens[i] = { ...t, pos: 'VERB' };
  });
  return tokens;
}

/** wink's sentiment score (-1..1) of a short text. */
export function sentimentOf(text: string): number {
  const n = englishNlp();
  return n.readDoc(text).out(n.its.sentiment) as unknown as number;
}

/** Sentences of a free text (used for titles and motions), as strings. */
export function sentencesOf(text: string): string[] {
  return englishNlp().readDoc(text).sentences().out() as string[];
}

/** Lower-case, diacritics folded: "Kaczyński" and "Kaczynski" compare equal. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Index of the first verb of a clause that is neither part of a name (wink tags "Ted" in
 * "Senator Ted Cruz" as a verb) nor of a hyphenated compound ("state-owned"); -1 if none.
 */
export function mainVerbIndex(tokens: Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      i > 0 &&
      tokens[i - 1].text !== '-' &&
      // "the board of works voted": a word after "of" is a noun's, not the clause's verb.
      tokens[i - 1].lower !== 'of' &&
      // "Wearing a helmet while riding a bicycle will …": an "-ing" after "while" is an adjunct's.
      !(/ing$/u.test(t.lower) && ADJUNCT_OPENERS.has(tokens[i - 1].lower)) &&
      !attributiveParticiple(tokens, i) &&
      !(
        /^\p{Lu}/u.test(t.text) &&
        (tokens[i - 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'PROPN')
      ),
  );
}

/** Words that open an adjunct around a participle: "while riding", "before leaving". */
const ADJUNCT_OPENERS = new Set(['while', 'when', 'before', 'after', 'without', 'by']);

/**
 * "Carrow's planned incinerator", "the proposed tax": a participle between a possessive or an
 * article and a noun describes the noun; it is not the clause's verb.
 */
function attributiveParticiple(tokens: Token[], i: number): boolean {
  // "a controversial targeted rate": adjectives may come between the article and the participle.
  let b = i - 1;
  while (b > 0 && tokens[b].pos === 'ADJ') b--;
  const before = tokens[b];
  return (
    /ed$/u.test(tokens[i].lower) &&
    (before.text === "'s" || before.text === '’s' || before.pos === 'DET') &&
    tokens[i + 1]?.pos === 'NOUN'
  );
}
