import type { ParsedArticle, ParsedParagraph } from '../import/parsed-article';

/** Fewer question-and-answer pairs than this is an article that asks a question or two. */
const MIN_EXCHANGES = 2;

/** The interviewee of a question-and-answer interview and the paragraphs that answer. */
export interface Interview {
  /** The interviewee's full name, as the introduction gives it ("Kaisa Lehto"). */
  name: string;
  /** Where that name stands in the body (for the holder's tokens). */
  start: number;
  /** The paragraphs (indexes) of the interviewee's answers. */
  answers: Set<number>;
  /** The paragraphs (indexes) of the interviewer's questions: what they report is no position. */
  questions: Set<number>;
}

/**
 * A magazine interview prints each question as its own paragraph (often in bold, which the import
 * drops, or as a heading, which plain text makes of a bold line) and the answer unlabelled below
 * it: "**Will egg prices rise?**" / "A little, at first. But …". With at least two such pairs,
 * one of whose questions asks "you", the paragraph right after each question is the
 * interviewee's words, unless it has quotation marks (the writer's own paragraph: "Virta,
 * speaking to us separately, was not persuaded. \"…\""). The interviewee is the first full name
 * of the introduction, not the interviewer it speaks to ("She spoke to Mark Ellis").
 */
export function interviewOf(article: ParsedArticle): Interview | null {
  const paragraphs = article.paragraphs;
  // Paragraphs and headings in body order; a heading has no paragraph index.
  const blocks = [
    ...paragraphs.map((p, index) => ({ text: p.text, start: p.start, index })),
    ...article.sections.map((h) => ({ text: h.heading, start: h.start, index: -1 })),
  ].sort((a, b) => a.start - b.start);
  const questions: Array<{ text: string; start: number }> = [];
  const answers = new Set<number>();
  const asked = new Set<number>();
  blocks.forEach((block, k) => {
    const next = blocks[k + 1];
    if (!isQuestion(block.text) || !next || next.index < 0 || isQuestion(next.text)) return;
    questions.push(block);
    if (block.index >= 0) asked.add(block.index);
    if (!/["“”«»„]/u.test(next.text)) answers.add(next.index);
  });
  // An interviewer asks the interviewee something ("Have you spoken to …?"); a column's
  // rhetorical questions ("Is this fair?") address no one.
  const asks = questions.some((q) => /\byou(?:r)?\b/iu.test(q.text));
  if (questions.length < MIN_EXCHANGES || !asks) return null;
  const named = paragraphs
    .filter((p) => p.start < questions[0].start)
    .map(intervieweeIn)
    .find((n) => n !== null);
  return named ? { ...named, answers, questions: asked } : null;
}

/** A paragraph or heading whose last sentence asks (in plain text its "**" stays). */
function isQuestion(text: string): boolean {
  return /\?(?:\*{1,2}|_{1,2})?$/u.test(text.trimEnd());
}

/** Two or three capitalised words; not after "to", "by", "with" (the interviewer). */
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})/gu;
const INTERVIEWER_BEFORE = /\b(?:to|by|with|and)\s+$/iu;
const NOT_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'In', 'On', 'At', 'For']);

function intervieweeIn(p: ParsedParagraph): { name: string; start: number } | null {
  for (const match of p.text.matchAll(FULL_NAME)) {
    const name = match[1];
    const before = p.text.slice(0, match.index);
    const after = p.text.slice(match.index + name.length);
    if (NOT_NAMES.has(name.split(/\s+/u)[0]) || INTERVIEWER_BEFORE.test(before)) continue;
    // A sentence's opening capitals are a name only in apposition ("Kaisa Lehto, the …"):
    // "Egg Producers say …" is not one.
    if (/(?:^|[.!?:]\s+)$/u.test(before) && !after.startsWith(',')) continue;
    return { name, start: p.start + match.index! };
  }
  return null;
}

/** A transcript's label of the one who asks: "PRESENTER:", "HOST (Anja Berg):", "Q:". */
const ASKER_ROLE = /^(?:PRESENTER|INTERVIEWER|HOST|ANCHOR|REPORTER|JOURNALIST|Q)$/u;
const LABEL =
  /^([\p{Lu}][\p{Lu}'’.-]*(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){0,2})(?:[ \t]*\(([^)\n]{2,60})\))?[ \t]*:/u;
/** The same roles written in title case: "Reporter (Harbour News):", "Host:". */
const TITLE_CASE_ROLE =
  /^(Presenter|Interviewer|Host|Anchor|Reporter|Journalist)(?:[ \t]*\(([^)\n]{2,60})\))?[ \t]*:/u;

/**
 * A recording's time code before a transcript turn: "[00:41] PRYCE: …", "(1:02:03) HOST: …",
 * "00:41 LOWE: …", and one whose bracket was left open or unopened ("[00:41 PRYCE: …"). It says
 * when, not who; the label after it is the turn's. The one definition for the turn's label here
 * and for the answer's label in claim-units.ts.
 */
export const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+/u;

/** How many characters a paragraph's opening time code takes, the space after it left out. */
export function timeCodeLength(text: string): number {
  return TIME_CODE.exec(text)?.[0].trimEnd().length ?? 0;
}

/** A speaker's name as a transcript labels a turn: "Brandt:", "Ilse Brandt (mayor):". */
const NAME_LABEL =
  /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}(?:[ \t]*\([^)\n]{2,60}\))?:[ \t]/u;

/**
 * Whether a paragraph is a transcript's turn: it opens with a speaker's label, after a time code
 * or not ("[00:41] PRYCE: …", "Brandt: …", "Reporter (Harbour News): …"). The "I" and "we" of a
 * turn are its speaker's, never the article writer's.
 */
export function opensWithTurnLabel(text: string): boolean {
  return turnLabel(text) !== null || NAME_LABEL.test(text.replace(TIME_CODE, ''));
}

function turnLabel(text: string): RegExpExecArray | null {
  const rest = text.replace(TIME_CODE, '');
  const label = LABEL.exec(rest);
  if (label) return label;
  const role = TITLE_CASE_ROLE.exec(rest);
  if (role) role[1] = role[1].toUpperCase();
  return role;
}

/**
 * A broadcast transcript labels every turn in capitals: "PRESENTER (Anja Berg): Minister, why
 * …?", then "BERG: Road safety groups say …". The presenter asks and passes on what others say;
 * nothing a turn of theirs says is a position of the article. True for a paragraph that opens
 * with an asker's role label, or with the surname the role label gave in brackets.
 */
export function askersTurn(article: ParsedArticle): (text: string) => boolean {
  const askers = new Set<string>();
  for (const p of article.paragraphs) {
    const label = turnLabel(p.text);
    if (!label || !ASKER_ROLE.test(label[1])) continue;
    askers.add(label[1]);
    // "Reporter (Harbour News):" names the reporter's outlet, not a name of theirs.
    if (/^(?:REPORTER|JOURNALIST)$/u.test(label[1])) continue;
    const surname = label[2]?.trim().split(/\s+/u).pop();
    if (surname) askers.add(surname.toUpperCase());
  }
  return (text) => {
    const label = turnLabel(text);
    return label !== null && askers.has(label[1].split(/\s+/u).pop()!);
  };
}
