/**
 * How many items open `items` before the first one `isBefore` refuses, found by halving:
 * `items` must be ordered so that `isBefore` holds for a leading run of them and for none after
 * (tokens by offset, offsets by value).
 */
export function countBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
