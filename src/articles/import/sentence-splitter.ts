import type { ItemSentence } from 'wink-nlp';
import { englishNlp, withoutLongRuns } from './english-nlp';
import type { ParsedSentence } from './parsed-article';

/**
 * Splits one paragraph into sentences with wink-nlp, then joins back the pieces wink cut at an
 * abbreviation (see `endsInAbbreviation`). Offsets are relative to `text`, and
 * `text.slice(start, end) === sentence.text` always holds.
 */
export function splitSentences(text: string): ParsedSentence[] {
  const sentences: ParsedSentence[] = [];
  let cursor = 0;
  // What wink reads (see withoutLongRuns): the same offsets, so it is searched and `text` sliced.
  const read = withoutLongRuns(text);
  englishNlp()
    .readDoc(read)
    .sentences()
    .each((sentence: ItemSentence) => {
      const seen = sentence.out().trim();
      if (seen === '') return;
      const start = read.indexOf(seen, cursor);
      // wink keeps the original characters, so this only guards against surprises.
      if (start < 0) return;
      const end = start + seen.length;
      const value = text.slice(start, end);
      const previous = sentences[sentences.length - 1];
      if (
        previous &&
        (continuesQuotation(previous.text, value) ||
          endsInAbbreviation(previous.text, value) ||
          splitsDecimal(previous, start, value))
      ) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        sentences.push({ start, end, text: value });
      }
      cursor = end;
    });
  return sentences.length > 0 ? sentences : wholeText(text);
}

// `"Will they act?" she asked.` is one sentence: wink ends one at the quoted question mark.
function continuesQuotation(previous: string, next: string): boolean {
  return /[?!][”"’']$/u.test(previous) && /^\p{Ll}/u.test(next);
}

/** Company forms: "Kft.", "Ltd.", "GmbH.", "S.A.", "plc." (compared without dots, lower case). */
const COMPANY_SUFFIXES = new Set(
  'kft zrt nyrt bt ltd inc co corp llc llp plc gmbh ag sa spa nv bv srl sarl oy ab as pty'.split(
    ' ',
  ),
);
/** Titles written before a name: "Dr. Okafor", "Gov. Reyes", "St. Mary's", "Ald. Lopez". */
export const TITLES: ReadonlySet<string> = new Set(
  'dr mr mrs ms mx prof gov sen rep gen col lt capt sgt cmdr adm supt insp rev fr sr jr st hon pres amb ald atty del cllr comm dep asst det maj cpl pvt brig msgr coun supv const sens reps'.split(
    ' ',
  ),
);
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Abbreviations that are followed by a number: "No. 1430", "Art. 5". */
/** "Rte. 9", "Hwy. 61": a road's number. */
const BEFORE_NUMBER = new Set('no nos art vol ch sec fig p pp para rte rt hwy'.split(' '));

/**
 * "the P389.8-million funds": wink may end a sentence at the point of an amount with a letter
 * before it; digits on both sides of the point with no space between are one number.
 */
function splitsDecimal(previous: ParsedSentence, start: number, next: string): boolean {
  return previous.end === start && /\d\.$/u.test(previous.text) && /^\d/u.test(next);
}

/**
 * Whether a cut between `previous` and `next` was made at an abbreviation, not at a sentence
 * end. A cut before a lower-case word is never a sentence end ("Magyar GmbH. agreed"); a title
 * ("Dr.", "Sen.") or a single initial after a name or at the start ("Emily W. Murphy",
 * "J. Smith") is followed by the name it belongs to; a company form ("Kft.", "Ltd.") is followed
 * by a bracket, a comma or a lower-case word (before a capital it may well end the sentence:
 * "… sold to Acme Ltd. The …"); "No." and a month ("Jan.") are followed by a number.
 */
function endsInAbbreviation(previous: string, next: string): boolean {
  if (!previous.endsWith('.')) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  const last = /(?:^|[\s(“"'‘])((?:\p{L}\.)+|\p{L}+\.)$/u.exec(previous);
  if (!last) return false;
  const word = last[1];
  const bare = word.replace(/\./gu, '').toLowerCase();
  const startsName = /^\p{Lu}/u.test(next);
  if (TITLES.has(bare) && /^\p{Lu}/u.test(word)) return startsName;
  // A single initial: "Emily W. Murphy", "J. Smith said".
  if (/^\p{Lu}\.$/u.test(word)) {
    const before = previous.slice(0, previous.length - word.length).trimEnd();
    const afterName = before === '' || /(?:^|\s)\p{Lu}[\p{L}.'’-]*$/u.test(before);
    return afterName && startsName;
  }
  if (COMPANY_SUFFIXES.has(bare)) return /^[([{,;]/u.test(next);
  if (MONTHS.has(bare) || BEFORE_NUMBER.has(bare)) return /^\d/u.test(next);
  return false;
}

function wholeText(text: string): ParsedSentence[] {
  const value = text.trim();
  if (value === '') return [];
  const start = text.indexOf(value);
  return [{ start, end: start + value.length, text: value }];
}
