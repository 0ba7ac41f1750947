import type { Side, Span } from './seed-types';

/** A gold position located in the normalised body. */
export interface GoldSpan extends Span {
  side: Side;
}

export interface ExtractedSpan extends Span {
  side: Side;
}

export interface SeedingCounts {
  gold: number;
  found: number;
  extracted: number;
  precise: number;
  sideCorrect: number;
}

export interface SeedingRates {
  recall: number;
  precision: number;
  sideAccuracy: number;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const length = (s: Span) => Math.max(1, s.end - s.start);

/** A gold quote is found when an extracted span covers at least half of it. */
export function covers(extracted: Span, gold: Span): boolean {
  return overlap(extracted, gold) >= length(gold) / 2;
}

/**
 * An extracted span is precise when it overlaps some gold quote substantially: it covers half of
 * that quote, or half of the extracted span lies inside it (a touching edge does not count).
 */
export function isPrecise(extracted: Span, golds: Span[]): boolean {
  return golds.some((g) => covers(extracted, g) || overlap(extracted, g) >= length(extracted) / 2);
}

/** The extracted span that a found gold quote is credited to: the tightest one that covers it. */
export function bestMatch<T extends Span>(gold: Span, extracted: T[]): T | null {
  let best: T | null = null;
  let bestScore = -1;
  for (const e of extracted) {
    if (!covers(e, gold)) continue;
    const o = overlap(e, gold);
    const jaccard = o / (length(e) + length(gold) - o);
    if (jaccard > bestScore) {
      best = e;
      bestScore = jaccard;
    }
  }
  return best;
}

/** Counts for one article. Side accuracy is judged on found gold quotes only. */
export function scoreSeeding(gold: GoldSpan[], extracted: ExtractedSpan[]): SeedingCounts {
  let found = 0;
  let sideCorrect = 0;
  for (const g of gold) {
    const match = bestMatch(g, extracted);
    if (!match) continue;
    found++;
    if (match.side === g.side) sideCorrect++;
  }
  return {
    gold: gold.length,
    found,
    extracted: extracted.length,
    precise: extracted.filter((e) => isPrecise(e, gold)).length,
    sideCorrect,
  };
}

export function addCounts(a: SeedingCounts, b: SeedingCounts): SeedingCounts {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    extracted: a.extracted + b.extracted,
    precise: a.precise + b.precise,
    sideCorrect: a.sideCorrect + b.sideCorrect,
  };
}

export const NO_COUNTS: SeedingCounts = {
  gold: 0,
  found: 0,
  extracted: 0,
  precise: 0,
  sideCorrect: 0,
};

export function rates(c: SeedingCounts): SeedingRates {
  return {
    recall: c.gold === 0 ? 1 : c.found / c.gold,
    precision: c.extracted === 0 ? 1 : c.precise / c.extracted,
    sideAccuracy: c.found === 0 ? 1 : c.sideCorrect / c.found,
  };
}

/**
 * Where a gold quote (exact text of the source file) sits in the normalised body: whitespace runs
 * are collapsed by the importer, so they are matched loosely. Null when it is not there.
 */
export function locateQuote(body: string, quote: string): Span | null {
  const exact = body.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const pattern = quote
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern, 'u').exec(body);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
