import { SortKey } from '../common/pagination/keyset';
import { DEFAULT_WILSON_Z, HOT_GRAVITY, HOT_WINDOW_HOURS } from '../ranking/ranking-formulas';
import { ArgumentSort } from './dto/argument-list.args';

/**
 * The SQL form of each sort in src/ranking/ranking-formulas.ts, as keyset sort keys over an
 * `arguments` row alias (larger first; `id` breaks ties). Computing them in SQL keeps every list
 * one indexed query with opaque cursors, whatever the sort. The votes e2e suite checks that these
 * orders equal the reference implementation in rank-arguments.ts.
 */
/** up + down as float, NULL when 0 so every division yields NULL instead of an error. */
const n = (a: string) => `nullif((${a}.upvotes + ${a}.downvotes)::float8, 0)`;

/** Lower bound of the Wilson interval for up / (up + down) at z = 1.2816; 0 without votes. */
export const wilsonSql = (a: string): string => {
  const z2 = DEFAULT_WILSON_Z * DEFAULT_WILSON_Z;
  const p = `(${a}.upvotes / ${n(a)})`;
  return `coalesce(greatest(0, ((${p} + ${z2} / (2 * ${n(a)})) - ${DEFAULT_WILSON_Z} * sqrt((${p} * (1 - ${p}) + ${z2} / (4 * ${n(a)})) / ${n(a)})) / (1 + ${z2} / ${n(a)})), 0)`;
};

/** (up + down) ^ (min / max), 0 when either count is 0. */
const controversySql = (a: string): string =>
  `CASE WHEN ${a}.upvotes = 0 OR ${a}.downvotes = 0 THEN 0::float8 ELSE power((${a}.upvotes + ${a}.downvotes)::float8, least(${a}.upvotes, ${a}.downvotes)::float8 / greatest(${a}.upvotes, ${a}.downvotes)) END`;

/** log10(max(2, score + 2)) / (hours + 2) ^ 1.8 for the first 7 days, then 0. */
const hotSql = (a: string): string => {
  const hours = `greatest(0, extract(epoch FROM (now() - ${a}.created_at)) / 3600)`;
  return `CASE WHEN ${hours} < ${HOT_WINDOW_HOURS} THEN log(greatest(2, ${a}.score + 2)::numeric)::float8 / power(${hours}::float8 + 2, ${HOT_GRAVITY}) ELSE 0::float8 END`;
};

/** Fitted arguments first (by intercept), then the rest by BEST. */
const bridgingTierSql = (a: string) => `(${a}.bridging_score IS NOT NULL)::int`;
const bridgingScoreSql = (a: string) => `coalesce(${a}.bridging_score, ${wilsonSql(a)})`;

export const SORT_KEYS: Record<ArgumentSort, SortKey[]> = {
  NEW: ['created_at'],
  TOP: ['score', 'created_at'],
  BEST: [wilsonSql, 'created_at'],
  CONTROVERSIAL: [controversySql, 'created_at'],
  HOT: [hotSql, 'created_at'],
  BRIDGING: [bridgingTierSql, bridgingScoreSql, 'created_at'],
};
