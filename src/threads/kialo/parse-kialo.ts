import { KialoClaim, KialoDocument, KialoFormatError, KialoSide, pathText } from './kialo-document';

const TITLE = /^Discussion Title: (.+)$/;
const THESIS = /^1\. (.+)$/;
const CLAIM = /^((?:\d+\.){2,}) (Pro|Con): (.*)$/;
const LOOKS_LIKE_CLAIM = /^(?:\d+\.)+ /;
const LINK = /^-> See ((?:\d+\.)+)$/;

const toPath = (dotted: string) => dotted.slice(0, -1).split('.').map(Number);

/**
 * Reads Kialo's plain-text export. Lines that do not start a claim continue the previous one
 * (Kialo keeps line breaks inside claims). Every problem names its 1-based line.
 */
export function parseKialo(text: string): KialoDocument {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const title = TITLE.exec(lines[0] ?? '');
  if (!title) throw new KialoFormatError(1, 'expected "Discussion Title: <title>"');
  if (lines[1] !== '') throw new KialoFormatError(2, 'expected a blank line after the title');
  const thesis = THESIS.exec(lines[2] ?? '');
  if (!thesis) throw new KialoFormatError(3, 'expected the thesis as "1. <text>"');

  const doc: KialoDocument = { title: title[1], thesis: thesis[1], claims: [] };
  const seen = new Map<string, number>([['1.', 3]]);
  const childCount = new Map<string, number>();
  const links: { line: number; target: number[] }[] = [];
  let current: { text: string } | null = doc as unknown as { text: string };
  let thesisOpen = true;

  for (let i = 3; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i];
    const claim = CLAIM.exec(line);
    if (!claim) {
      if (LOOKS_LIKE_CLAIM.test(line)) {
        throw new KialoFormatError(
          lineNo,
          'expected "<path>. Pro: <text>" or "<path>. Con: <text>"',
        );
      }
      if (thesisOpen) doc.thesis += `\n${line}`;
      else if (current && 'text' in current) current.text += `\n${line}`;
      else
        throw new KialoFormatError(
          lineNo,
          'expected "<path>. Pro: <text>" or "<path>. Con: <text>"',
        );
      continue;
    }
    thesisOpen = false;
    const [, dotted, sideWord, rest] = claim;
    const path = toPath(dotted);
    if (path[0] !== 1)
      throw new KialoFormatError(lineNo, `path ${dotted} must start at the thesis (1.)`);
    if (seen.has(dotted))
      throw new KialoFormatError(
        lineNo,
        `path ${dotted} appears twice (first on line ${seen.get(dotted)})`,
      );
    const parent = pathText(path.slice(0, -1));
    if (!seen.has(parent))
      throw new KialoFormatError(lineNo, `path ${dotted} has no parent ${parent} above it`);
    const expected = (childCount.get(parent) ?? 0) + 1;
    if (path.at(-1) !== expected)
      throw new KialoFormatError(lineNo, `expected ${parent}${expected}. next, found ${dotted}`);
    childCount.set(parent, expected);
    seen.set(dotted, lineNo);
    const side: KialoSide = sideWord === 'Pro' ? 'PRO' : 'CON';
    const link = LINK.exec(rest);
    let entry: KialoClaim;
    if (link) {
      entry = { path, side, linkTo: toPath(link[1]) };
      links.push({ line: lineNo, target: entry.linkTo });
      current = null;
    } else {
      if (rest.trim() === '') throw new KialoFormatError(lineNo, `claim ${dotted} has no text`);
      entry = { path, side, text: rest };
      current = entry;
    }
    doc.claims.push(entry);
  }
  for (const link of links) {
    if (!seen.has(pathText(link.target))) {
      throw new KialoFormatError(
        link.line,
        `link to ${pathText(link.target)}, which is not in the discussion`,
      );
    }
  }
  return doc;
}
