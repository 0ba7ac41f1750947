import type { ArticleBlock } from './article-blocks';
import { collapseWhitespace } from './collapse-whitespace';

/** The few DOM members the walker reads; linkedom and browsers both provide them. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Never article text: code, styling, navigation, forms, embedded media and page chrome.
const SKIPPED = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE NAV HEADER FOOTER ASIDE FORM BUTTON SELECT INPUT TEXTAREA ' +
    'IFRAME OBJECT EMBED SVG CANVAS VIDEO AUDIO MAP FIGURE HEAD TITLE META LINK'
  ).split(' '),
);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Elements whose text stands as its own paragraph (or that separate paragraphs).
const BLOCKS = new Set(
  (
    'P LI BLOCKQUOTE PRE DD DT TD TH CAPTION ADDRESS DIV SECTION ARTICLE MAIN UL OL DL TABLE ' +
    'THEAD TBODY TFOOT TR BODY HTML DETAILS SUMMARY FIELDSET HR CENTER'
  ).split(' '),
);

/**
 * Walks a content element: h1–h6 become headings; p, li, blockquote and other block elements
 * become paragraphs; loose inline text between blocks becomes a paragraph of its own, unless
 * it is nothing but a <time> (a dateline, kept as metadata instead) or nothing but links: a
 * paragraph that is one link, or a list item of them, points to other stories ("EU agrees deal
 * to cut packaging waste" under "Read more:"), it says nothing itself.
 */
export function htmlBlocks(root: HtmlNode): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let inline: string[] = [];
  // Text outside a <time>, and of that, text outside links.
  let inlineHasProse = false;
  let inlineHasOwnWords = false;
  // Whether an element ended since the last text: "<span>Lucy Adair</span><span>Education
  // correspondent</span>" is laid out apart by the page's styles, but has no space between.
  let afterElement = false;

  const flush = () => {
    const text = collapseWhitespace(inline.join(''));
    if (text !== '' && inlineHasProse && inlineHasOwnWords)
      blocks.push({ kind: 'paragraph', text });
    inline = [];
    inlineHasProse = false;
    inlineHasOwnWords = false;
  };

  const walk = (node: HtmlNode, inTime: boolean, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (
        afterElement &&
        /[\p{Ll}.!?]$/u.test(inline[inline.length - 1] ?? '') &&
        /^\p{Lu}/u.test(value)
      )
        inline.push(' ');
      afterElement = false;
      inline.push(value);
      if (!inTime && value.trim() !== '') inlineHasProse = true;
      if (!inLink && /[\p{L}\p{N}]/u.test(value)) inlineHasOwnWords = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      inline.push(' ');
      return;
    }
    if (HEADINGS.has(name)) {
      flush();
      const text = collapseWhitespace(textOf(node));
      if (text !== '') blocks.push({ kind: 'heading', text });
      return;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes))
      walk(child, inTime || name === 'TIME', inLink || name === 'A');
    if (isBlock) flush();
    afterElement = true;
  };

  walk(root, false, false);
  flush();
  return blocks;
}

function textOf(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName.toUpperCase())) return '';
  if (node.nodeName.toUpperCase() === 'BR') return ' ';
  return Array.from(node.childNodes).map(textOf).join('');
}
