import { isDateline } from './dateline';
import { splitSentences } from './sentence-splitter';

export const MAX_HEADING_CHARS = 80;
export const MAX_HEADING_WORDS = 12;
export const MAX_HEADLINE_CHARS = 150;
export const MAX_HEADLINE_WORDS = 25;

// Words that title case leaves in lower case.
const MINOR_WORDS = new Set(
  (
    'a an the and or but nor for so yet of in on at to by with from as into onto over per via vs ' +
    'up off out than upon within without about after before under between against'
  ).split(' '),
);

const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
const CAPITALISED = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;

/**
 * A section heading by its shape: short, one sentence without a closing full stop, comma or
 * colon (a question or exclamation is fine), mostly capitalised words, not a dateline.
 */
export function hasHeadingShape(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_CHARS) return false;
  if (!STARTS_WITH_WORD.test(line) || /[.,;:]$/.test(line)) return false;
  const words = line.split(' ');
  if (words.length > MAX_HEADING_WORDS || isDateline(line)) return false;
  return isTitleCaseish(words) && isOneSentence(line);
}

/**
 * A headline on the first line: one sentence, no closing full stop, not too long. Unlike a
 * section heading it may be in sentence case ("Queen agrees to suspend Parliament").
 */
export function hasHeadlineShape(line: string, next?: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS) return false;
  // ("#NoToJeepneyPhaseout: …": a campaign's hashtag may open one; "[WATCH] …": so may a
  // medium's rubric in brackets, "【SMM Analysis】Violence Erupts …" in lenticular ones.)
  if (
    !STARTS_WITH_WORD.test(line) &&
    !/^(?:["“‘']|#\p{L}|[[(]\p{L}+[\])]\s|【[^】]{1,30}】\s*\p{L})/u.test(line)
  ) {
    return false;
  }
  if (line.split(' ').length > MAX_HEADLINE_WORDS || isDateline(line)) return false;
  if (next !== undefined && isTwoSentenceHeadline(line, next)) return true;
  if (/[.,;:]$/.test(line) && !ABBREVIATION_END.test(line)) return false;
  return isOneSentence(line);
}

/** Words a headline of two sentences may have; a lede's two sentences run longer. */
const MAX_TWO_SENTENCE_HEADLINE_WORDS = 20;

/**
 * "The DEA wants to ban another plant. Researchers say the plan is ‘insane.’", "Solar
 * geoengineering? Not in our skies, say Indigenous groups.", "Rosebank Oil Field Was Just
 * Approved. Here's Why It's A Big Deal": some sites write a headline of two short sentences.
 * Such a line is the headline only when the paragraph after it is longer, as a story's first
 * paragraph is longer than its headline.
 */
function isTwoSentenceHeadline(line: string, next: string): boolean {
  // (Ending on a full stop, or on no mark at all: "… Was Just Approved. Here's Why It's A Big Deal".)
  if (!/(?:\.["”’']?|[\p{L}\p{N}])$/u.test(line)) return false;
  const words = line.split(' ').length;
  return (
    splitSentences(line).length === 2 &&
    words <= MAX_TWO_SENTENCE_HEADLINE_WORDS &&
    next.split(' ').length > words
  );
}

function isTitleCaseish(words: string[]): boolean {
  if (!CAPITALISED.test(words[0])) return false;
  const significant = words.filter((w) => HAS_LETTER.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => CAPITALISED.test(w)).length;
  return capitalised / significant.length >= 0.75;
}

/**
 * A headline may end on an abbreviation's point: "Teens barred from mall after 6 p.m.", and on
 * initials ("… spread beyond N.B.", "… in Washington, D.C.").
 */
const ABBREVIATION_END =
  /(?:\b[ap]\.m\.|\b(?:\p{Lu}\.){2,}|\bInc\.|\bCo\.|\bJr\.|\bLtd\.|\bSt\.)$/u;

/** One sentence, or a question kicker and one more ("Free buses? Council says no"). */
function isOneSentence(line: string): boolean {
  const sentences = splitSentences(line);
  return sentences.length <= 1 || (sentences.length === 2 && /[?!]$/u.test(sentences[0].text));
}
