/** What the import pipeline makes of one article, before anything is stored. */

export type ArticleFormat = 'TEXT' | 'MARKDOWN' | 'HTML';

/** A half-open span [start, end) of character offsets into the normalised body. */
export interface Span {
  start: number;
  end: number;
}

export interface ParsedSentence extends Span {
  text: string;
}

export interface ParsedParagraph extends Span {
  text: string;
  /** Index into `sections`, or null for paragraphs before the first heading. */
  sectionIndex: number | null;
  sentences: ParsedSentence[];
}

export interface ParsedSection extends Span {
  /** The heading text; the span covers the heading line in the body. */
  heading: string;
}

export interface ParsedArticle {
  title: string;
  /** True when the title was derived from a lede sentence that stays in the body. */
  titleDerived: boolean;
  byline: string | null;
  publishedAt: Date | null;
  /** Normalised plain text: paragraphs and headings separated by one blank line ("\n\n"). */
  body: string;
  sections: ParsedSection[];
  paragraphs: ParsedParagraph[];
}
