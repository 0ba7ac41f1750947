import type { ArticleBlock } from './article-blocks';
import { cleanByline } from './byline';
import { collapseWhitespace } from './collapse-whitespace';
import { htmlBlocks, type HtmlNode } from './html-blocks';
import { parseHtmlDocument } from './html-document';
import type { HtmlDocument } from './html-metadata';

/** What a page's schema.org article data (JSON-LD) says of the article. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  /** `articleBody` as paragraphs; empty when the data has no body. */
  blocks: ArticleBlock[];
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
]);

/**
 * The first article in the page's `<script type="application/ld+json">` blocks (top level,
 * arrays and `@graph` alike), or null. Pages that render their text with scripts often carry it
 * only there; a block that is not valid JSON is skipped.
 */
export function jsonLdArticle(document: HtmlDocument): JsonLdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(data, 0);
    if (article) return readArticle(article);
  }
  return null;
}

type Node = Record<string, unknown>;

function findArticle(value: unknown, depth: number): Node | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Node;
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return node;
  return findArticle(node['@graph'], depth + 1);
}

function readArticle(node: Node): JsonLdArticle {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const headline = text(node.headline);
  const body = text(node.articleBody);
  return {
    headline: headline ? collapseWhitespace(headline) : null,
    author: authorOf(node.author),
    datePublished: text(node.datePublished),
    blocks: body ? bodyBlocks(body) : [],
  };
}

/** A name, a Person or Organization, or a list of them, joined as a byline. */
function authorOf(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((a) => (typeof a === 'string' ? a : (a as Node | null)?.name))
    .filter((n): n is string => typeof n === 'string')
    .map((n) => cleanByline(n))
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(' and ') : null;
}

/** The body as paragraphs: as HTML when it carries markup, else one paragraph per line. */
function bodyBlocks(body: string): ArticleBlock[] {
  if (/<(p|br|div|h[1-6])\b[^>]*>/iu.test(body)) {
    const document = parseHtmlDocument(`<html><body>${body}</body></html>`);
    return htmlBlocks(document.body as unknown as HtmlNode);
  }
  return body
    .split(/\n/u)
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '')
    .map((text) => ({ kind: 'paragraph' as const, text }));
}
