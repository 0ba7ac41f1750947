/**
 * Scalar ranking formulas for argument lists. All are pure functions of vote counts and time;
 * larger results rank first.
 */

/** z for an 80% two-sided confidence interval, as Reddit's "best" sort. */
export const DEFAULT_WILSON_Z = 1.2816;

/** Arguments older than this get a HOT rank of 0 (Lemmy's cut-off). */
export const HOT_WINDOW_HOURS = 7 * 24;

/** Lemmy's gravity exponent for HOT. */
export const HOT_GRAVITY = 1.8;

const MS_PER_HOUR = 3_600_000;

/** TOP: net score, up − down. */
export function topScore(up: number, down: number): number {
  return up - down;
}

/**
 * BEST: lower bound of the Wilson score interval for the proportion up / (up + down).
 * Returns 0 when there are no votes.
 */
export function wilsonLowerBound(up: number, down: number, z: number = DEFAULT_WILSON_Z): number {
  const n = up + down;
  if (n <= 0) return 0;
  const p = up / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  // max(0, …) only guards against a −1e-17 rounding artefact when up = 0.
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/**
 * CONTROVERSIAL: (up + down) ^ (min(up, down) / max(up, down)), 0 when either count is 0
 * (Lemmy). An even split scores the total number of votes; a lopsided one tends towards 1.
 */
export function controversy(up: number, down: number): number {
  if (up <= 0 || down <= 0) return 0;
  return Math.pow(up + down, Math.min(up, down) / Math.max(up, down));
}

/**
 * HOT: log10(max(2, score + 2)) / (hours since posted + 2) ^ 1.8 while the argument is younger
 * than 7 days, then 0 (Lemmy). A `postedAt` slightly in the future (clock skew) counts as just
 * posted.
 */
export function hotRank(score: number, postedAt: Date, now: Date): number {
  const hours = Math.max(0, (now.getTime() - postedAt.getTime()) / MS_PER_HOUR);
  if (!(hours < HOT_WINDOW_HOURS)) return 0; // also 0 for invalid dates (NaN)
  return Math.log10(Math.max(2, score + 2)) / Math.pow(hours + 2, HOT_GRAVITY);
}
