import { cleanByline } from './byline';
import { collapseWhitespace } from './collapse-whitespace';

/** The part of a parsed document the metadata readers need (linkedom's Document has it). */
export interface HtmlDocument {
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}
interface HtmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const AUTHOR_META = ['meta[name="author"]', 'meta[property="article:author"]'];

/** The publication date from meta tags, else the first <time datetime>; null when none parses. */
export function htmlPublishedAt(document: HtmlDocument, extracted?: string | null): Date | null {
  const candidates = [
    extracted,
    ...PUBLISHED_META.map((s) => document.querySelector(s)?.getAttribute('content')),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = candidate ? new Date(candidate.trim()) : null;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return null;
}

/** The author from meta tags, cleaned of markup and a leading "By", or null. */
export function htmlAuthor(document: HtmlDocument): string | null {
  for (const selector of AUTHOR_META) {
    const author = cleanByline(document.querySelector(selector)?.getAttribute('content'));
    if (author) return author;
  }
  return null;
}

/**
 * The headline: the page's first <h1> (or, without one, the headline of its schema.org data) when
 * the <title> contains it (titles often carry a " | Site name" suffix), else the <title>, else
 * that heading.
 */
export function htmlTitle(
  document: HtmlDocument,
  extracted?: string | null,
  dataHeadline?: string | null,
): string | null {
  const title = collapseWhitespace(extracted ?? document.querySelector('title')?.textContent ?? '');
  const h1 =
    collapseWhitespace(document.querySelector('h1')?.textContent ?? '') ||
    collapseWhitespace(dataHeadline ?? '');
  if (h1 !== '' && (title === '' || title.includes(h1))) return h1;
  return title || null;
}
