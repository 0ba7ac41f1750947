import { isURL } from 'class-validator';
import type Parser from 'rss-parser';
import { ArticleFormat } from '../article.entity';
import type { ArticleImportSource } from '../articles.service';

export type FeedItem = Parser.Item & {
  'content:encoded'?: string;
  author?: string;
  id?: string;
};

/** The item's title, when it has a plain one. */
export function itemTitle(item: FeedItem): string | null {
  return text(item.title);
}

/** The item's link when it is an http(s) URL (it becomes the article's source URL). */
export function itemLink(item: FeedItem): string | null {
  const link = text(item.link);
  return link &&
    link.length <= 2048 &&
    isURL(link, { protocols: ['http', 'https'], require_protocol: true })
    ? link
    : null;
}

/**
 * An item as an HTML page for the article importer: the fullest content the feed gives
 * (content:encoded, then content, then the summary) under the item's title. Null when the item
 * carries no content at all.
 */
export function itemArticle(item: FeedItem): ArticleImportSource | null {
  const content = text(item['content:encoded']) ?? text(item.content) ?? text(item.summary) ?? null;
  if (!content) return null;
  const title = itemTitle(item);
  const heading = title ? `<title>${escapeHtml(title)}</title>` : '';
  const h1 = title ? `<h1>${escapeHtml(title)}</h1>` : '';
  const published = item.isoDate ? new Date(item.isoDate) : undefined;
  const byline = text(item.creator) ?? text(item.author);
  return {
    format: ArticleFormat.HTML,
    text: `<!doctype html><html><head><meta charset="utf-8">${heading}</head><body><article>${h1}${content}</article></body></html>`,
    sourceUrl: itemLink(item) ?? undefined,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published : undefined,
    byline: byline?.slice(0, 300),
  };
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function escapeHtml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
