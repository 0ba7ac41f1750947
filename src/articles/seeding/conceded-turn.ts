import type { ClaimUnit } from './claim-units';
import type { Token } from './seeding-nlp';

/** Words that turn from a point conceded to the speaker's own: "However, …", "That being said, …". */
const TURNS = [
  ['however'],
  ['that', 'being', 'said'],
  ['having', 'said', 'that'],
  ['that', 'said'],
  ['nevertheless'],
  ['nonetheless'],
  ['but'],
];
/** Ends of a sentence or of a trailing-off clause, after which a turn may open the next. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '…', '...']);
/** How far the speaker's point after a turn must lean to decide the claim. */
const TURNED_POINT_SCORE = 1;
/** How far the point conceded before a turn must lean for the turn to argue against it. */
const CONCEDED_POINT_SCORE = 0.5;
/** Fewest tokens of either part: a lone "But …" opening a quotation concedes nothing. */
const PART_TOKENS = 4;

export interface TurnedClaim {
  /** The point conceded, before the turn. */
  head: ClaimUnit;
  /** The speaker's own point, after the turn. */
  tail: ClaimUnit;
  /** The turn's words as written ("That being said"). */
  turn: string;
}

/**
 * '"I applaud the provincial government's focus on desperately needed housing… That being said,
 * we cannot trade away our local democracy …"': a claim that concedes a point, then turns to
 * its own with "However", "That being said" or "But" opening a later sentence. Null when the
 * claim has no such turn.
 */
export function pointAfterTurn(unit: ClaimUnit): TurnedClaim | null {
  const t = unit.tokens;
  for (let i = PART_TOKENS; i < t.length; i++) {
    if (!SENTENCE_ENDS.has(t[i - 1].text)) continue;
    const turn = turnAt(t, i);
    if (!turn) continue;
    let from = i + turn.length;
    if (t[from]?.text === ',') from++;
    if (t.length - from < PART_TOKENS) return null;
    return { head: part(unit, 0, i), tail: part(unit, from, t.length), turn: spaced(turn) };
  }
  return null;
}

/**
 * The turn a unit opens with ("However, …" as the second sentence of a quotation), as written;
 * null when it opens with none.
 */
export function openingTurn(unit: ClaimUnit): string | null {
  const t = unit.tokens;
  // (Past an opening quotation mark.)
  const at = /^["“‘']$/u.test(t[0]?.text ?? '') ? 1 : 0;
  const turn = turnAt(t, at);
  if (!turn || t.length - at - turn.length < PART_TOKENS) return null;
  return spaced(turn);
}

/**
 * The side of a turned claim, from the lean of its point after the turn, or, when that says
 * little, against the lean of the point conceded (read only then: `conceded` is called at most
 * once). Null when neither leans far enough.
 */
export function turnedLean(
  turn: string,
  point: number,
  conceded: () => number,
): { score: number; why: string; fromPoint: boolean } | null {
  if (Math.abs(point) >= TURNED_POINT_SCORE) {
    return { score: point, why: `the point after "${turn}"`, fromPoint: true };
  }
  const before = conceded();
  if (Math.abs(before) < CONCEDED_POINT_SCORE) return null;
  const side = before > 0 ? 'PRO' : 'CON';
  return {
    score: -before,
    why: `turns ("${turn}") from a point conceded that leans ${side}`,
    fromPoint: false,
  };
}

/** The turn's tokens when one opens at `i`, else null. */
function turnAt(t: Token[], i: number): Token[] | null {
  const turn = TURNS.find((words) => words.every((w, k) => t[i + k]?.lower === w));
  return turn ? t.slice(i, i + turn.length) : null;
}

function spaced(tokens: Token[]): string {
  return tokens.map((w) => w.text).join(' ');
}

/** The unit's tokens from `from` to `to`, as a unit of their own. */
function part(unit: ClaimUnit, from: number, to: number): ClaimUnit {
  const tokens = unit.tokens.slice(from, to);
  return {
    ...unit,
    start: tokens[0].start,
    end: tokens[tokens.length - 1].end,
    tokens,
    quoted: unit.quoted.slice(from, to),
    sentence: tokens,
  };
}
