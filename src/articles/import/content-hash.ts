import { createHash } from 'node:crypto';
import type { ParsedArticle } from './parsed-article';

/** SHA-256 (hex) of a text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * What makes two imports the same article: the headline (when it has one) and the words of the
 * body. Spacing and emphasis marks differ between copies of one article and are left out; the
 * stored body keeps them exactly.
 */
export function articleKey(
  article: Pick<ParsedArticle, 'title' | 'titleDerived' | 'body'>,
): string {
  const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const headline = article.titleDerived ? '' : words(article.title);
  return contentHash(`${headline}\n${words(article.body)}`);
}
