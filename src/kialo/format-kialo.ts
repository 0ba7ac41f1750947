import { CLAIM_LIKE, comparePaths, KialoDocument, pathText } from './kialo-tree';

/**
 * Kialo has no escaping: a text line that would read as a claim line (`1.2. Pro: …`) is written
 * with one leading space so the export can be imported again. A second export is then identical.
 */
const textLines = (text: string) =>
  text
    .split(/\r\n?|\n/)
    .map((line, i) => (i > 0 && CLAIM_LIKE.test(line) ? ` ${line}` : line))
    .join('\n');

/**
 * Writes Kialo's plain-text export: title, blank line, thesis, then claims in depth-first path
 * order (a parent before its children, siblings by number). Lines end with "\n", including the
 * last. The document is assumed valid (as {@link parseKialo} returns it); it is not re-checked.
 */
export function formatKialo(doc: KialoDocument): string {
  const lines = [`Discussion Title: ${doc.title}`, '', `1. ${textLines(doc.thesis)}`];
  for (const claim of [...doc.claims].sort((a, b) => comparePaths(a.path, b.path))) {
    const side = claim.side === 'PRO' ? 'Pro' : 'Con';
    const text = 'linkTo' in claim ? `-> See ${pathText(claim.linkTo)}` : textLines(claim.text);
    lines.push(`${pathText(claim.path)} ${side}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
