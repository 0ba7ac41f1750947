/**
 * How deep a page's elements may nest and still be read. The parser and the walks over its tree
 * recurse per level: 20,000 nested <div>s held the server's one thread for 8 s and then
 * overflowed the stack. News pages nest a few dozen levels.
 */
export const MAX_HTML_NESTING = 256;

/** Elements that never hold others, and those whose end tag a page may leave out. */
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp'
  ).split(' '),
);

const SKIPPED =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/giu;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/gu;

/**
 * The deepest nesting of `html`'s elements, counted from its tags alone in one pass (before any
 * parsing): every start tag of an element that holds others opens a level until its end tag.
 * Elements whose end tag may be left out are not counted, so an unclosed <p> or <li> adds none.
 */
export function htmlNestingDepth(html: string): number {
  const open: string[] = [];
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.replace(SKIPPED, '').matchAll(TAG)) {
    const tag = name.toLowerCase();
    if (NOT_NESTING.has(tag) || selfClosing) continue;
    if (!closing) {
      open.push(tag);
      deepest = Math.max(deepest, open.length);
      continue;
    }
    // A stray end tag closes up to its element, as a browser would; one never opened is ignored.
    const at = open.lastIndexOf(tag);
    if (at >= 0) open.length = at;
  }
  return deepest;
}
