/**
 * How deep Markdown may nest quotations and lists and still be read. marked parses each level by
 * recursion, so ">" written 2,000 times (within one post's length) overflowed the stack: an
 * internal error for the poster, and for a stored post a render that fails or not depending on
 * how deep the stack already is. Real posts and articles nest a handful of levels.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** A quotation or list marker opening a line (after the markers before it). */
const CONTAINER = /^[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]?/u;

/**
 * The deepest nesting any line of `markdown` asks for: the quotation and list markers that open
 * it ("> > - > text" is four), plus one level per four columns of indentation (how nested lists
 * are written across lines). Decided by the text alone, so a post renders the same everywhere.
 */
export function markdownNestingDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    const indent = /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
    let rest = line.trimStart();
    let depth = Math.floor(indent / 4);
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
