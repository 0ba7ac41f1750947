import type { ArticleBlock, ExtractedArticle } from './article-blocks';
import { bylineLineAt, cleanByline, isBylineLine } from './byline';
import { parseDateline } from './dateline';
import { hasHeadingShape, hasHeadlineShape } from './heading-shape';
import { isLegendLine } from './legend-line';
import { isPageFurniture } from './page-furniture';

// A line ending like this is complete; one that does not may have been wrapped.
const COMPLETE_LINE_END = /[.!?:;…"”’)\]]$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
// A whole line in **bold** or __bold__ is the plain-text way of writing a heading.
const BOLD_LINE = /^(\*\*|__)(?=\S)[^]*\S\1$/u;
// Datelines sit at the top of a news article, before or just after the lede.
const DATELINE_SEARCH_LINES = 3;

interface Line {
  text: string;
  bold: boolean;
}

/**
 * Plain text: one paragraph per line (blank lines optional); short title-case lines standing
 * alone are section headings; a first line shaped like a headline is the title; a short "By Jane
 * Doe" line near the top is the byline and leaves the body. Only the layout
 * is read: the characters of each line are kept exactly as written (double spaces, thin spaces,
 * asterisks, underscores and brackets included), since Markdown is the MARKDOWN format's job.
 */
export function parseTextArticle(source: string): ExtractedArticle {
  const lines = logicalLines(source)
    .map((raw): Line => ({ text: raw, bold: BOLD_LINE.test(raw) }))
    .filter((line) => line.text !== '' && !isLegendLine(line.text));

  let title: string | null = null;
  // "Advertisement", "06Mar", "Animal News" above the headline: the page's label, kept in the body.
  const at =
    lines.length > 2 &&
    isPageLabel(lines[0].text) &&
    hasHeadlineShape(lines[1].text) &&
    lines[1].text.split(' ').length >= LABELLED_HEADLINE_WORDS
      ? 1
      : 0;
  if (
    lines.length > at + 1 &&
    hasHeadlineShape(lines[at].text, lines[at + 1].text) &&
    !isBylineLine(lines[at].text, 0) &&
    // "More on KentOnline" above a story cut from a page: a link, not its headline.
    !isPageFurniture(lines[at].text)
  ) {
    title = lines[at].text;
    lines.splice(at, 1);
  }
  // A "By Jane Doe" line near the top is the byline, as in an HTML or Markdown article.
  const bylineIndex = bylineLineAt(lines.map((line) => line.text));
  const byline = bylineIndex >= 0 ? cleanByline(lines.splice(bylineIndex, 1)[0].text) : null;

  return {
    title,
    byline,
    publishedAt: findDateline(lines),
    blocks: lines.map((line, i) => classify(line, lines[i - 1], lines[i + 1])),
  };
}

/** Fewest words of a headline under a page's label (a label is shorter than a headline). */
const LABELLED_HEADLINE_WORDS = 4;

/**
 * A line a copied page puts above its headline: an ad slot or other page furniture, a date
 * ("06Mar", "March 6, 2017"), a section ("Animal News", "Watch CBS News") or a teasing question
 * of a few words ("Is it over?").
 */
function isPageLabel(line: string): boolean {
  const words = line.split(' ').length;
  return (
    isPageFurniture(line) ||
    /^(?:\d{1,2}\s?\p{L}{3,9}|\p{L}{3,9}\.?\s\d{1,2})(?:,?\s\d{4})?$/u.test(line) ||
    (words <= 3 && /\bnews$/iu.test(line)) ||
    (words <= 4 && /\?$/u.test(line))
  );
}

/**
 * Source lines without the line break and the indentation around them, hard-wrapped continuation
 * lines joined to the line they continue with one space (the line break they replace).
 */
function logicalLines(source: string): string[] {
  const result: string[] = [];
  let previousBlank = true;
  for (const raw of source.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = result.length - 1;
    if (!previousBlank && last >= 0 && continues(result[last], line)) {
      result[last] = `${result[last]} ${line}`;
    } else {
      result.push(line);
    }
    previousBlank = false;
  }
  return result;
}

function continues(previous: string, next: string): boolean {
  return (
    !COMPLETE_LINE_END.test(previous) &&
    (previous.endsWith(',') || STARTS_LOWER_CASE.test(next)) &&
    !BOLD_LINE.test(previous)
  );
}

function classify(line: Line, previous: Line | undefined, next: Line | undefined): ArticleBlock {
  return { kind: isHeading(line, previous, next) ? 'heading' : 'paragraph', text: line.text };
}

/**
 * A heading stands alone: it is followed by a paragraph, and it is not one of a run of short
 * lines (a list or a figure key), which would make its neighbours heading-shaped too.
 */
function isHeading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  if (!next || !looksLikeHeading(line) || looksLikeHeading(next)) return false;
  return !previous || !looksLikeHeading(previous);
}

function looksLikeHeading(line: Line): boolean {
  return hasHeadingShape(line.text) || (line.bold && hasHeadlineShape(line.text.slice(2, -2)));
}

function findDateline(lines: Line[]): Date | null {
  for (const line of lines.slice(0, DATELINE_SEARCH_LINES)) {
    const date = parseDateline(line.text);
    if (date) return date;
  }
  return null;
}
