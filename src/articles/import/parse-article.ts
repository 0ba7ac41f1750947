import type { ExtractedArticle } from './article-blocks';
import { ArticleInputError } from './article-input.error';
import { assembleArticle } from './assemble-article';
import { deriveTitle } from './derive-title';
import { parseHtmlArticle } from './html-article.parser';
import { parseMarkdownArticle } from './markdown-article.parser';
import type { ArticleFormat, ParsedArticle } from './parsed-article';
import { parseTextArticle } from './text-article.parser';
import { assertArticleContent, assertArticleInput } from './validate-article-input';

export interface ArticleSource {
  text: string;
  format: ArticleFormat;
  /** Wins over a byline found in the source. */
  byline?: string | null;
  /** Wins over a date found in the source. */
  publishedAt?: Date | null;
}

/**
 * Turns a submitted article into normalised text with its title, sections, paragraphs and
 * sentences. Throws ArticleInputError when the input cannot be an article.
 */
export function parseArticle(input: ArticleSource): ParsedArticle {
  assertArticleInput(input.text, input.format);
  const extracted = extract(input.text, input.format);
  const { body, sections, paragraphs } = assembleArticle(extracted.blocks);
  if (paragraphs.length === 0) {
    throw new ArticleInputError('text', 'The article has no readable paragraphs.');
  }
  assertArticleContent(body);

  const titleDerived = !extracted.title;
  return {
    title: extracted.title || deriveTitle(paragraphs[0].text),
    titleDerived,
    byline: input.byline?.trim() || extracted.byline || null,
    publishedAt: validDate(input.publishedAt) ?? extracted.publishedAt,
    body,
    sections,
    paragraphs,
  };
}

function extract(text: string, format: ArticleFormat): ExtractedArticle {
  switch (format) {
    case 'TEXT':
      return parseTextArticle(text);
    case 'MARKDOWN':
      return parseMarkdownArticle(text);
    case 'HTML':
      return parseHtmlArticle(text);
  }
}

function validDate(date: Date | null | undefined): Date | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}
