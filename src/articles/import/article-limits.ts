import type { ArticleFormat } from './parsed-article';

/** The longest article text accepted for import, in characters (UTF-16 code units). */
export const MAX_ARTICLE_CHARS = 200_000;

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['TEXT', 'MARKDOWN', 'HTML'];

/**
 * Above this share of control or replacement characters the input is treated as binary:
 * a real article has almost none, a file read with the wrong encoding or a binary blob has many.
 */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

export function isArticleFormat(value: unknown): value is ArticleFormat {
  return typeof value === 'string' && (ARTICLE_FORMATS as readonly string[]).includes(value);
}
