import {
  CLAIM_LIKE,
  KialoClaim,
  KialoDocument,
  KialoFormatError,
  KialoSide,
  pathText,
} from './kialo-tree';

export { KialoFormatError } from './kialo-tree';

const TITLE = /^Discussion Title: (.*)$/;
const THESIS = /^1\. (.*)$/;
/** Path numbers have no leading zeros; `1.` alone is the thesis, so a claim has two or more. */
const CLAIM = /^((?:[1-9]\d*\.){2,}) (Pro|Con):(?: (.*))?$/;
const LINK = /^-> See ((?:[1-9]\d*\.)+)$/;
const EXPECTED_CLAIM = 'expected "<path>. Pro: <text>" or "<path>. Con: <text>"';

const toPath = (dotted: string) => dotted.slice(0, -1).split('.').map(Number);

/**
 * Reads Kialo's plain-text export (LF or CRLF, optional byte-order mark). A line that does not
 * start a claim continues the text of the one above it (Kialo keeps line breaks inside claims),
 * unless it looks like a malformed claim line. Every problem is a {@link KialoFormatError}
 * naming its 1-based line; the document is only returned whole.
 */
export function parseKialo(text: string): KialoDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  // Trailing blank lines are not part of the last claim; the three header lines always count.
  while (lines.length > 3 && lines[lines.length - 1] === '') lines.pop();

  const title = TITLE.exec(lines[0]);
  if (!title) throw new KialoFormatError(1, 'expected "Discussion Title: <title>"');
  if (!title[1].trim()) throw new KialoFormatError(1, 'the discussion title is empty');
  if (lines.length < 2 || lines[1] !== '') {
    throw new KialoFormatError(2, 'expected a blank line after the title');
  }
  const thesis = THESIS.exec(lines[2] ?? '');
  if (!thesis) throw new KialoFormatError(3, 'expected the thesis as "1. <text>"');

  const doc: KialoDocument = { title: title[1], thesis: thesis[1], claims: [] };
  /** Line of each path seen so far, keyed by its dotted text. */
  const seen = new Map<string, number>([['1.', 3]]);
  const childCount = new Map<string, number>();
  const links: { line: number; path: number[]; target: number[] }[] = [];
  /** Where continuation lines go: the thesis, the last text claim, or nowhere after a link. */
  let open: { line: number; append: (line: string) => void; text: () => string } | null = {
    line: 3,
    append: (l) => (doc.thesis += `\n${l}`),
    text: () => doc.thesis,
  };
  const close = () => {
    if (open && !open.text().trim()) {
      throw new KialoFormatError(
        open.line,
        open.line === 3 ? 'the thesis has no text' : 'the claim has no text',
      );
    }
    open = null;
  };

  for (let i = 3; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i];
    const claim = CLAIM.exec(line);
    if (!claim) {
      if (CLAIM_LIKE.test(line) || !open) throw new KialoFormatError(lineNo, EXPECTED_CLAIM);
      open.append(line);
      continue;
    }
    close();

    const [, dotted, sideWord, rest = ''] = claim;
    const path = toPath(dotted);
    if (path[0] !== 1) {
      throw new KialoFormatError(lineNo, `path ${dotted} must start at the thesis (1.)`);
    }
    const first = seen.get(dotted);
    if (first !== undefined) {
      throw new KialoFormatError(lineNo, `path ${dotted} appears twice (first on line ${first})`);
    }
    const parent = pathText(path.slice(0, -1));
    if (!seen.has(parent)) {
      throw new KialoFormatError(lineNo, `path ${dotted} has no parent ${parent} above it`);
    }
    const expected = (childCount.get(parent) ?? 0) + 1;
    if (path[path.length - 1] !== expected) {
      throw new KialoFormatError(lineNo, `expected ${parent}${expected}. next, found ${dotted}`);
    }
    childCount.set(parent, expected);
    seen.set(dotted, lineNo);

    const side: KialoSide = sideWord === 'Pro' ? 'PRO' : 'CON';
    const link = LINK.exec(rest);
    let entry: KialoClaim;
    if (link) {
      entry = { path, side, linkTo: toPath(link[1]) };
      links.push({ line: lineNo, path, target: entry.linkTo });
    } else {
      const claimEntry = { path, side, text: rest };
      open = {
        line: lineNo,
        append: (l) => (claimEntry.text += `\n${l}`),
        text: () => claimEntry.text,
      };
      entry = claimEntry;
    }
    doc.claims.push(entry);
  }
  close();

  // Links may point forward, so they are checked once every path is known.
  for (const link of links) {
    const target = pathText(link.target);
    if (link.target.length < 2) {
      throw new KialoFormatError(link.line, `a link must point at a claim, not the thesis`);
    }
    if (target === pathText(link.path)) {
      throw new KialoFormatError(link.line, `claim ${target} links to itself`);
    }
    if (!seen.has(target)) {
      throw new KialoFormatError(link.line, `link to ${target}, which is not in the discussion`);
    }
  }
  return doc;
}
