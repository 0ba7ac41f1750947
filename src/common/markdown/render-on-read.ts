import { LRUCache } from 'lru-cache';
import { renderMarkdown } from './render-markdown';

/**
 * HTML rendered on read, kept by the text it is of: a text shown other than as written (masked
 * by a CENSOR rule, or a placeholder) has no stored HTML. Marked's emphasis rules are quadratic
 * (upstream markedjs/marked#4099), so a 2,000-character post can cost 100 ms to render; without
 * this, a masked one cost that on every page that showed it, for every reader. Keyed by the text
 * itself, so a change of the watched words is a new key, never stale HTML. Bounded by characters
 * (about 8 MB of strings at most).
 */
const rendered = new LRUCache<string, string>({
  maxSize: 4_000_000,
  sizeCalculation: (html, text) => html.length + text.length || 1,
});

export function renderOnRead(text: string): string {
  let html = rendered.get(text);
  if (html === undefined) {
    html = renderMarkdown(text);
    rendered.set(text, html);
  }
  return html;
}
