import type { ClaimUnit } from './claim-units';
import { openingTurn, turnedLean } from './conceded-turn';

/** A unit with the side evidence gathered for it. */
export interface ScoredUnit {
  unit: ClaimUnit;
  score: number;
  evidence: string[];
  weak: boolean;
}

/**
 * One quotation spoken over several sentences is one claim: the sentences of one group with one
 * holder, one per sentence, are joined (the ones not kept on their own come along), their scores
 * added. Units that split one sentence between holders, concede a point or frame it stay apart.
 */
export function wholeQuotations(all: ClaimUnit[], scored: ScoredUnit[]): ScoredUnit[] {
  const members = new Map<number, ClaimUnit[]>();
  for (const unit of all) members.set(unit.group, [...(members.get(unit.group) ?? []), unit]);
  const out: ScoredUnit[] = [];
  const joined = new Set<number>();
  for (const s of scored) {
    const group = members.get(s.unit.group) ?? [];
    if (!joinable(group)) {
      out.push(s);
      continue;
    }
    if (joined.has(s.unit.group)) continue;
    joined.add(s.unit.group);
    const parts = scored.filter((x) => x.unit.group === s.unit.group);
    const weak = parts.every((x) => x.weak);
    // A part's "weak evidence" note does not describe the whole when another part is sure.
    const evidence = parts
      .flatMap((x) => x.evidence)
      .filter((e) => weak || !e.startsWith('weak evidence'));
    const turned = turnedScore(parts);
    out.push({
      unit: join(group),
      score: turned?.score ?? parts.reduce((sum, x) => sum + x.score, 0),
      evidence: [...new Set(turned ? [turned.why, ...evidence] : evidence)],
      weak: turned ? false : weak,
    });
  }
  return out;
}

/**
 * '"… I strongly support using all reasonable tools to end it. However, allowing … is not the
 * way to do it."': a later sentence that opens with a turn makes the sentences after it the
 * speaker's point (or, when they say little, argues against the sentences before it). Null when
 * no sentence after the first opens with a turn.
 */
function turnedScore(parts: ScoredUnit[]): { score: number; why: string } | null {
  const turns = parts.map((x, i) => (i > 0 ? openingTurn(x.unit) : null));
  const at = turns.findIndex((turn) => turn !== null);
  if (at < 0) return null;
  const sum = (xs: ScoredUnit[]) => xs.reduce((total, x) => total + x.score, 0);
  return turnedLean(turns[at] as string, sum(parts.slice(at)), () => sum(parts.slice(0, at)));
}

function joinable(group: ClaimUnit[]): boolean {
  if (group.length < 2) return false;
  if (group.some((m) => m.concessionOf || m.kind === 'FRAMING')) return false;
  const holders = new Set(group.map((m) => m.holder ?? ''));
  if (holders.size !== 1 || !group[0].holder) return false;
  // One unit per sentence: a sentence split between two units is not one quotation.
  const sentences = new Set(group.map((m) => m.sentence[0]?.start));
  if (sentences.size !== group.length) return false;
  return group.some((m) => m.quoted.some(Boolean));
}

function join(group: ClaimUnit[]): ClaimUnit {
  const first = group[0];
  const last = group[group.length - 1];
  const attributed = group.find((m) => m.kind === 'ATTRIBUTED') ?? first;
  return {
    ...attributed,
    start: first.start,
    end: last.end,
    tokens: group.flatMap((m) => m.tokens),
    quoted: group.flatMap((m) => m.quoted),
    sentence: group.flatMap((m) => m.sentence),
    isLede: group.some((m) => m.isLede),
  };
}
