import { englishNlp } from './english-nlp';
import { splitSentences } from './sentence-splitter';

export const MAX_DERIVED_TITLE_CHARS = 100;
// A clause boundary this early would leave a fragment ("On Friday"), not a title.
const MIN_CLAUSE_CHARS = 30;

const CLAUSE_BOUNDARY = /,\s|;\s|:\s|\s[—–]\s|—|\s\(/gu;
// Parts of speech that open an introductory phrase ("On Friday, ...", "According to X, ...").
const INTRODUCTORY_POS = new Set(['ADP', 'ADV', 'SCONJ', 'VERB']);
const DANGLING_WORDS = new Set(
  (
    'a an the and or but nor for so yet of in on at to by with from as into onto over per via ' +
    'that which who whom whose its their his her our your my this these those is are was were be ' +
    'has have had will would can could should may might must not'
  ).split(' '),
);
const TRAILING_PUNCTUATION = /[\s.,;:\-–—(“‘"'«]+$/u;
/** "BOULDER, Colo. — ", "LONDON (Reuters) - ": where and by whom, before the lede's news. */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*[\p{L}. ]{2,20})?(?:\s*\([^)]{2,30}\))?\s*(?:[—–]|--?)\s+(?=\p{L})/u;

/**
 * A title made from an article's lede: the main clause of its first sentence, cut at a word
 * boundary to at most MAX_DERIVED_TITLE_CHARS, without trailing punctuation.
 */
export function deriveTitle(lede: string): string {
  const sentence = (splitSentences(lede)[0]?.text ?? lede.trim()).replace(WIRE_DATELINE, '');
  let title = mainClause(sentence);
  if (title.length > MAX_DERIVED_TITLE_CHARS) title = cutAtWord(title, MAX_DERIVED_TITLE_CHARS);
  return tidyEnd(title) || tidyEnd(cutAtWord(sentence, MAX_DERIVED_TITLE_CHARS)) || sentence;
}

function mainClause(sentence: string): string {
  const boundaries = [...sentence.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index);
  if (boundaries.length === 0) return sentence;
  const skipFirst = opensWithIntroductoryPhrase(sentence);
  for (const [i, at] of boundaries.entries()) {
    if (i === 0 && skipFirst) continue;
    if (at >= MIN_CLAUSE_CHARS) return sentence.slice(0, at);
  }
  return sentence;
}

function opensWithIntroductoryPhrase(sentence: string): boolean {
  const pos = englishNlp().readDoc(sentence).tokens().out(englishNlp().its.pos);
  return Array.isArray(pos) && INTRODUCTORY_POS.has(String(pos[0]));
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, max);
}

function tidyEnd(text: string): string {
  let words = text.replace(TRAILING_PUNCTUATION, '').split(' ');
  while (words.length > 1 && DANGLING_WORDS.has(words[words.length - 1].toLowerCase())) {
    words = words.slice(0, -1);
  }
  return words.join(' ').replace(TRAILING_PUNCTUATION, '').trim();
}
