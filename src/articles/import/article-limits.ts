import type { ArticleFormat } from './parsed-article';

/**
 * The longest article text accepted, in characters (UTF-16 code units): the input for TEXT and
 * MARKDOWN, the extracted text for HTML.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * The largest raw HTML page accepted. Pages saved from news sites run to a few hundred KB of
 * markup and scripts around a few KB of article, so the page is limited apart from its text.
 */
export const MAX_HTML_CHARS = 3_000_000;

/** Fewer words than this is no article ("Short", "<<<>>>"): refused rather than stored. */
export const MIN_ARTICLE_WORDS = 5;

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['TEXT', 'MARKDOWN', 'HTML'];

/**
 * Above this share of control or replacement characters the input is treated as binary:
 * a real article has almost none, a file read with the wrong encoding or a binary blob has many.
 */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

export function isArticleFormat(value: unknown): value is ArticleFormat {
  return typeof value === 'string' && (ARTICLE_FORMATS as readonly string[]).includes(value);
}
