import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { MAX_MARKDOWN_NESTING, markdownNestingDepth } from './nesting-depth';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * GitHub-flavoured Markdown with three departures, all for forum posts:
 * - raw HTML is shown as text (`<b>` reads as "<b>"), never interpreted;
 * - images become links to the image (no remote images: no tracking pixels, no layout breakage);
 * - task-list checkboxes are written as "[x] " / "[ ] " text.
 */
const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html({ text, block }) {
      return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
    },
    image({ href, title, text }) {
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttr}>${escapeHtml(text || href)}</a>`;
    },
    checkbox({ checked }) {
      return checked ? '[x] ' : '[ ] ';
    },
  },
});

/**
 * The allow-list applied to marked's output. Headings move down two levels (h1 → h3 … h4–h6 → h6)
 * so a post never outranks the page; links keep href and title, may only be http(s), mailto or
 * relative, and get rel="nofollow ugc noopener" (no target). No images, scripts, styles, classes
 * other than a code block's language, or event-handler attributes.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    ol: ['start'],
    th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
  },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    h3: 'h5',
    h4: 'h6',
    h5: 'h6',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }),
  },
};

/**
 * The renderer's version: stored HTML rendered by an older one is rendered again (at start, by
 * the arguments' re-render job; on read until then). Bump it whenever the HTML for some Markdown
 * changes (the marked or sanitize-html options above, or an upgrade that changes their output).
 */
export const MARKDOWN_RENDERER_VERSION = 2;

/**
 * Markdown to HTML that is safe to insert in a page: no scripts, handlers, or javascript: links.
 * Text nested deeper than MAX_MARKDOWN_NESTING is shown as it was written, escaped, in paragraphs
 * (see nesting-depth.ts); so is any other text marked cannot parse without overflowing the stack.
 */
export function renderMarkdown(markdown: string): string {
  if (markdownNestingDepth(markdown) > MAX_MARKDOWN_NESTING) return asPlainText(markdown);
  let html: string;
  try {
    html = marked.parse(markdown, { async: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return asPlainText(markdown);
  }
  return sanitizeHtml(html, SANITIZE).trim();
}

/** Paragraphs at blank lines, line breaks kept, every character escaped. */
function asPlainText(text: string): string {
  return text
    .split(/\n[ \t]*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/gu, '<br />')}</p>`)
    .join('\n');
}
