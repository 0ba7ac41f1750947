import { collapseWhitespace } from './collapse-whitespace';
import { htmlFragmentText } from './html-text';

const BY = /^by\s+/iu;
// What a blog's byline line adds after the name: "Dana Whitfield · 6 min read".
const READING_TIME = /\s*[·•|–—-]\s*\d+\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read)?$/iu;
/** How far down the content a "By …" line is looked for. */
const BYLINE_SEARCH_BLOCKS = 3;
const MAX_BYLINE_WORDS = 12;

/**
 * A byline as readers should see it: markup dropped (a meta tag may carry escaped HTML), entities
 * decoded, whitespace collapsed, a leading "By" removed. Null when nothing is left.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = collapseWhitespace(/[<&]/u.test(raw) ? htmlFragmentText(raw) : raw)
    .replace(BY, '')
    .replace(READING_TIME, '');
  return text === '' || /^https?:/iu.test(text) ? null : text;
}

// A writer's role after a name: "Lucy Adair, Education correspondent", "Sam Roe Political editor".
const NAME_THEN_ROLE =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},?\s+(?:(?!(?:the|a|an|our|his|her|their)\s)[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor)s?\b/iu;

/**
 * A "By Jane Doe and John Roe" line near the top of the content, or a name with the writer's role
 * and no "By": short, not a sentence. It is the byline, not article text.
 */
export function isBylineLine(text: string, index: number): boolean {
  if (index >= BYLINE_SEARCH_BLOCKS) return false;
  if (!/^[Bb]y\s+\p{Lu}/u.test(text) && !NAME_THEN_ROLE.test(text)) return false;
  const words = text.split(/\s+/u).length;
  return words <= MAX_BYLINE_WORDS && !/[.!?]["”’]?$/u.test(text.replace(/\b\p{Lu}\.$/u, ''));
}

/**
 * Where the byline line is among an article's opening paragraphs ("By Jane Doe" near the top of
 * plain text or Markdown), or -1. A lone paragraph is the article, never its byline.
 */
export function bylineLineAt(paragraphs: readonly string[]): number {
  if (paragraphs.length < 2) return -1;
  return paragraphs.findIndex((text, i) => isBylineLine(text, i));
}
