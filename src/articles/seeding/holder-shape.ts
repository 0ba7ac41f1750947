import type { Token } from './seeding-nlp';
import { words } from './token-text';
import { DAYS_NAMED, MONTH_WORD } from './time-words';

/**
 * Words that open a phrase of time before a holder's comma ("On Thursday, the council …") or
 * after the holder ("The U.S. in November").
 */
const TIME_OPENERS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later']);
/** "such as Texas Gov. Greg Abbott", "including the mayor": an example of a group, named. */
const EXAMPLE_OPENERS = /^(?:such as|including|like|among them)(?:\s|$)/iu;
/** What an appositive or a relative clause after a holder's comma or dash opens with. */
const ASIDE_OPENERS = new Set(['one', 'who', 'which', 'that', 'whose']);
/** Words a name never ends on: "… one of the council members to", "Asked whether he". */
const OPEN_ENDS = new Set(['ADP', 'PART', 'SCONJ', 'CCONJ', 'DET', 'AUX']);
const RELATIVES = new Set(['who', 'which', 'that', 'whether', 'whom', 'whose']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * The words of a holder phrase a reader should see, or null when what it holds is no one:
 * - "On Thursday, the Kansas City council unanimously" → "the Kansas City council" (a time
 *   before its comma, the manner after it);
 * - "The Kansas City Council on Thursday enthusiastically" → "The Kansas City Council";
 * - "such as Texas Gov. Greg Abbott" → "Texas Gov. Greg Abbott";
 * - "Anita Bonds, one of the council members to" → "Anita Bonds", "The coalition of unions —
 *   which already" → "The coalition of unions" (a relative clause or "one of" after a comma
 *   or a dash; not "Mia Ross, a nurse", which says who she is);
 * - null for "with Todd", "that helmets were a good idea", "Asked Monday whether he", "it
 *   should be", "May 26": a phrase that opens with a preposition, a conjunction or a verb, ends
 *   on a word that needs more, holds an auxiliary, or is only a date.
 */
export function holderShape(tokens: Token[]): Token[] | null {
  let phrase = tokens.filter((t) => t.text.trim() !== '');
  // A time before the holder's own words.
  const comma = phrase.findIndex((t) => t.text === ',');
  if (comma > 0 && TIME_OPENERS.has(phrase[0].lower) && phrase.slice(1, comma).every(isTime)) {
    phrase = phrase.slice(comma + 1);
  }
  // "Last Wednesday Irranca-Davies", "six days later he", "Later she": a time with no comma.
  phrase = phrase.slice(leadingTimeLength(phrase));
  const example = EXAMPLE_OPENERS.exec(words(phrase.slice(0, 2)));
  if (example) phrase = phrase.slice(example[0].trim().split(/\s+/u).length);
  // An aside after a comma or a dash.
  const aside = phrase.findIndex(
    (t, i) =>
      i > 0 && (t.text === ',' || /^[–—]$/u.test(t.text)) && asideOpens(phrase[i + 1]?.lower),
  );
  if (aside > 0) phrase = phrase.slice(0, aside);
  // A day inside ("on Thursday") and manner adverbs at the end.
  phrase = phrase.filter(
    (t, i) =>
      !(
        DAYS_NAMED.has(t.lower) ||
        (t.lower === 'on' && DAYS_NAMED.has(phrase[i + 1]?.lower ?? ''))
      ),
  );
  // ("Earlier on Tuesday, the Maltese Association …": the time's comma goes with it.)
  while (phrase[0]?.text === ',') phrase = phrase.slice(1);
  // "Agriculture Minister Francesco Lollobrigida earlier in the week", "The U.S. in November":
  // when they said it, after the holder.
  phrase = phrase.slice(0, phrase.length - trailingTimeLength(phrase));
  while (phrase.length > 1 && /^\p{Ll}+$/u.test(phrase[phrase.length - 1].text)) {
    if (phrase[phrase.length - 1].pos !== 'ADV') break;
    phrase = phrase.slice(0, -1);
  }
  phrase = phrase.slice(reducedRelativeSubject(phrase));
  const [first] = phrase;
  const last = phrase[phrase.length - 1];
  if (!first || !last) return null;
  const opensWrong =
    ['ADP', 'SCONJ', 'CCONJ', 'PART', 'AUX'].includes(first.pos) ||
    RELATIVES.has(first.lower) ||
    (first.pos === 'VERB' && !['NOUN', 'PROPN', 'ADJ'].includes(phrase[1]?.pos ?? ''));
  // ("Some said …": a quantifier alone is a group of people.)
  const endsOpen =
    (OPEN_ENDS.has(last.pos) && !(phrase.length === 1 && last.pos === 'DET')) ||
    RELATIVES.has(last.lower);
  // "limit that we": a relative clause's subject after its pronoun makes a clause too; so do
  // "whose rulings he" (a subject pronoun after other words) and "The link alleged that the
  // bill" (a "that" clause after a word, however wink tags it).
  const clause = phrase.some(
    (t, i) =>
      t.pos === 'AUX' ||
      (i > 0 && RELATIVES.has(t.lower) && phrase[i + 1]?.pos === 'PRON') ||
      (i > 0 && SUBJECT_PRONOUNS.has(t.lower)) ||
      (i > 0 && t.lower === 'that' && t.pos === 'SCONJ'),
  );
  // ("The 41 proposed amendments …": a number with its article is no one either.)
  const dated = (t: Token) => MONTH_WORD.test(t.lower) || t.pos === 'NUM';
  const dateOnly =
    phrase.some(dated) && phrase.every((t) => dated(t) || ['PUNCT', 'DET'].includes(t.pos));
  if (opensWrong || endsOpen || clause || dateOnly) return null;
  return phrase;
}

/**
 * "a surprise move analysts (had previously said …)": a label for the news, then, with no "that",
 * the people whose relative clause it opens; where those people start (0 when the phrase is no
 * such label).
 */
function reducedRelativeSubject(phrase: Token[]): number {
  if (!['a', 'an'].includes(phrase[0]?.lower ?? '')) return 0;
  const people = phrase.findIndex(
    (t, i) =>
      i > 1 &&
      t.pos === 'NOUN' &&
      /\p{Ll}[^s]s$/u.test(t.text) &&
      phrase[i - 1].pos === 'NOUN' &&
      !/s$/u.test(phrase[i - 1].lower),
  );
  if (people < 0 || !phrase.slice(1, people).every((t) => ['ADJ', 'NOUN'].includes(t.pos)))
    return 0;
  return phrase.slice(people).every((t) => ['ADJ', 'NOUN'].includes(t.pos)) ? people : 0;
}

const SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const RELATIVE_TIMES = new Set(['later', 'earlier', 'ago']);
const NUMBER_WORDS = new Set(
  'a one two three four five six seven eight nine ten eleven twelve several few'.split(' '),
);

/** How many words of time open a holder phrase with no comma after them (0 when none). */
function leadingTimeLength(phrase: Token[]): number {
  const [first, second, third] = phrase;
  if (!first || phrase.length < 2) return 0;
  const lower = first.lower;
  if (
    ['last', 'this', 'next'].includes(lower) &&
    (DAYS_NAMED.has(second.lower) || SPANS.has(second.lower))
  )
    return 2;
  const counted = first.pos === 'NUM' || NUMBER_WORDS.has(lower);
  if (counted && SPANS.has(second.lower) && RELATIVE_TIMES.has(third?.lower ?? '')) return 3;
  if (RELATIVE_TIMES.has(lower) && first.pos === 'ADV') return 1;
  return 0;
}

/** Spans a phrase of time may name besides days and months: "in the week", "at the weekend". */
const TIME_NOUNS = new Set([...SPANS, 'weekend', 'morning', 'afternoon', 'evening', 'night']);
/** Most words of a phrase of time after a holder: "earlier in the week". */
const TRAILING_TIME_WORDS = 4;

/** How many words of time close a holder phrase (0 when none): "… earlier in the week". */
function trailingTimeLength(phrase: Token[]): number {
  const n = phrase.length;
  for (let k = n - 2; k >= 1 && k >= n - TRAILING_TIME_WORDS; k--) {
    if (!TIME_OPENERS.has(phrase[k].lower)) continue;
    const when = phrase.slice(k + 1).filter((t) => t.lower !== 'the');
    if (when.length === 0 || !when.every((t) => isTime(t) || TIME_NOUNS.has(t.lower))) continue;
    const relative = k > 1 && RELATIVE_TIMES.has(phrase[k - 1].lower) ? 1 : 0;
    return n - k + relative;
  }
  return 0;
}

function isTime(t: Token): boolean {
  return (
    DAYS_NAMED.has(t.lower) || MONTH_WORD.test(t.lower) || t.pos === 'NUM' || t.lower === 'week'
  );
}

function asideOpens(word: string | undefined): boolean {
  return word !== undefined && ASIDE_OPENERS.has(word);
}
