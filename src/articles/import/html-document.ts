import { parseHTML } from './linkedom';

/** The linkedom document type, as returned by parseHTML. */
export type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

interface SerialisableNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<SerialisableNode>;
  toString(): string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT']);

/**
 * Parses a page into a document with a real <head> and <body>. linkedom builds the tree as
 * written and, unlike a browser, does not add missing <html>/<head>/<body> elements, which
 * Readability and `document.body` rely on; fragments and partial pages are rebuilt first.
 */
export function parseHtmlDocument(html: string): LinkedomDocument {
  const parsed = parseHTML(html).document;
  if (isComplete(parsed)) return parsed;

  const head: string[] = [];
  const body: string[] = [];
  let inBody = false;
  const place = (node: SerialisableNode) => {
    if (node.nodeType === ELEMENT_NODE && ['HTML', 'HEAD', 'BODY'].includes(node.nodeName)) {
      if (node.nodeName === 'BODY') inBody = true;
      for (const child of Array.from(node.childNodes)) place(child);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE) return;
    const toHead = !inBody && node.nodeType === ELEMENT_NODE && HEAD_ELEMENTS.has(node.nodeName);
    if (!toHead && !(node.nodeType === TEXT_NODE && node.toString().trim() === '')) inBody = true;
    (toHead ? head : body).push(node.toString());
  };
  for (const node of Array.from(parsed.childNodes as ArrayLike<SerialisableNode>)) place(node);

  return parseHTML(
    `<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`,
  ).document;
}

function isComplete(document: LinkedomDocument): boolean {
  const root = document.documentElement as unknown as SerialisableNode | null;
  if (!root || root.nodeName !== 'HTML') return false;
  const names = Array.from(root.childNodes)
    .filter((n) => n.nodeType === ELEMENT_NODE)
    .map((n) => n.nodeName);
  return names.includes('BODY') && names.every((name) => name === 'HEAD' || name === 'BODY');
}
