import type { ReportedPosition } from '../../articles/dto/article-seeds.model';

/**
 * At most this many claims per side open a thread. An article that reports more (a transcript,
 * a long read, or a page built to flood the queue) would bury the debate and the moderation
 * queue under hundreds of near-identical claims, and hold its import for seconds; the article's
 * other positions stay readable through `articleSeeds`.
 */
export const SEEDED_CLAIMS_PER_SIDE = 25;

/**
 * The most confident `perSide` positions of each side (the earlier one on a tie), in the order
 * the article gives them.
 */
export function strongestPerSide<T extends Pick<ReportedPosition, 'side' | 'confidence'>>(
  positions: T[],
  perSide = SEEDED_CLAIMS_PER_SIDE,
): T[] {
  const kept = new Set<number>();
  for (const side of new Set(positions.map((p) => p.side))) {
    positions
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.side === side)
      .sort((a, b) => b.p.confidence - a.p.confidence || a.i - b.i)
      .slice(0, perSide)
      .forEach(({ i }) => kept.add(i));
  }
  return positions.filter((_, i) => kept.has(i));
}
