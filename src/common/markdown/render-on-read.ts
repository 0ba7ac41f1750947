import { textMemo } from '../text/text-memo';
import { renderMarkdown } from './render-markdown';

/**
 * HTML rendered on read, kept by the text it is of: a text shown other than as written (masked
 * by a CENSOR rule, or a placeholder) has no stored HTML. Marked's emphasis rules are quadratic
 * (upstream markedjs/marked#4099), so a 2,000-character post can cost 100 ms to render; without
 * this, a masked one cost that on every page that showed it, for every reader. Keyed by the text
 * itself, so a change of the watched words is a new key, never stale HTML.
 */
export const renderOnRead = textMemo(renderMarkdown);
