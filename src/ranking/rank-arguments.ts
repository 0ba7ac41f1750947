import { controversy, hotRank, topScore, wilsonLowerBound } from './ranking-formulas';

export const ARGUMENT_SORTS = ['NEW', 'TOP', 'BEST', 'CONTROVERSIAL', 'HOT', 'BRIDGING'] as const;
export type ArgumentSort = (typeof ARGUMENT_SORTS)[number];

/** The default sort of every argument list. */
export const DEFAULT_ARGUMENT_SORT: ArgumentSort = 'BRIDGING';

export interface RankableArgument {
  id: string;
  up: number;
  down: number;
  createdAt: Date;
  /** Argument intercept from the bridging model; null when the argument has too few votes. */
  bridgingScore: number | null;
}

/**
 * The primary key(s) an argument sorts by, compared lexicographically, larger first:
 * - NEW: [createdAt in ms]
 * - TOP: [up − down]
 * - BEST: [Wilson lower bound]
 * - CONTROVERSIAL: [controversy]
 * - HOT: [hot rank at `now`]
 * - BRIDGING: [1, bridgingScore] for fitted arguments, [0, Wilson lower bound] for the rest, so
 *   every fitted argument ranks above every unfitted one and the unfitted ones rank by BEST.
 *
 * Ties on these keys are broken by `rankArguments` (createdAt desc, then id asc).
 */
export function rankKey(item: RankableArgument, sort: ArgumentSort, now: Date): number[] {
  switch (sort) {
    case 'NEW':
      return [item.createdAt.getTime()];
    case 'TOP':
      return [topScore(item.up, item.down)];
    case 'BEST':
      return [wilsonLowerBound(item.up, item.down)];
    case 'CONTROVERSIAL':
      return [controversy(item.up, item.down)];
    case 'HOT':
      return [hotRank(topScore(item.up, item.down), item.createdAt, now)];
    case 'BRIDGING':
      return item.bridgingScore !== null && Number.isFinite(item.bridgingScore)
        ? [1, item.bridgingScore]
        : [0, wilsonLowerBound(item.up, item.down)];
  }
}

/** NaN (e.g. an invalid date) sorts as the lowest possible key. */
const orderable = (x: number): number => (Number.isNaN(x) ? -Infinity : x);

/**
 * Returns a sorted copy of `items`: by `rankKey` descending, then createdAt descending (newer
 * first), then id ascending (code-unit order), so the order is total and deterministic.
 */
export function rankArguments<T extends RankableArgument>(
  items: readonly T[],
  sort: ArgumentSort,
  now: Date,
): T[] {
  const decorated = items.map((item) => ({
    item,
    key: rankKey(item, sort, now).map(orderable),
    created: orderable(item.createdAt.getTime()),
  }));
  decorated.sort((x, y) => {
    for (let k = 0; k < x.key.length; k++) {
      if (x.key[k] !== y.key[k]) return x.key[k] > y.key[k] ? -1 : 1;
    }
    if (x.created !== y.created) return x.created > y.created ? -1 : 1;
    return x.item.id < y.item.id ? -1 : x.item.id > y.item.id ? 1 : 0;
  });
  return decorated.map((d) => d.item);
}
