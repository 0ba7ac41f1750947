import { ARGUMENT_SORTS, RankableArgument, rankArguments, rankKey } from './rank-arguments';
import { wilsonLowerBound } from './ranking-formulas';

const now = new Date('2024-06-10T00:00:00Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 86_400_000);

const item = (
  id: string,
  up: number,
  down: number,
  createdAt: Date,
  bridgingScore: number | null = null,
): RankableArgument => ({ id, up, down, createdAt, bridgingScore });

const ids = (items: RankableArgument[]): string[] => items.map((i) => i.id);

describe('rankArguments', () => {
  const items = [
    item('old-popular', 50, 5, daysAgo(8), 0.1),
    item('split', 10, 10, daysAgo(1), -0.2),
    item('fresh', 3, 0, daysAgo(0.01), null),
    item('bridge', 12, 1, daysAgo(2), 0.4),
    item('unvoted', 0, 0, daysAgo(0.5), null),
  ];

  it('NEW: newest first', () => {
    expect(ids(rankArguments(items, 'NEW', now))).toEqual([
      'fresh',
      'unvoted',
      'split',
      'bridge',
      'old-popular',
    ]);
  });

  it('TOP: up − down', () => {
    expect(ids(rankArguments(items, 'TOP', now))).toEqual([
      'old-popular', // 45
      'bridge', // 11
      'fresh', // 3
      'unvoted', // 0, newer than split
      'split', // 0
    ]);
  });

  it('BEST: Wilson lower bound', () => {
    expect(ids(rankArguments(items, 'BEST', now))).toEqual([
      'old-popular', // 0.855
      'bridge', // 0.810
      'fresh', // 0.646
      'split', // 0.312
      'unvoted', // 0
    ]);
  });

  it('CONTROVERSIAL: even splits with many votes first', () => {
    expect(ids(rankArguments(items, 'CONTROVERSIAL', now))).toEqual([
      'split', // 20
      'old-popular', // 55^0.1 = 1.49
      'bridge', // 13^(1/12) = 1.24
      'fresh', // 0, newer
      'unvoted', // 0
    ]);
  });

  it('HOT: log score over age^1.8; 0 past 7 days', () => {
    expect(ids(rankArguments(items, 'HOT', now))).toEqual([
      'fresh', // log10(5) / 2.24^1.8 = 0.164
      'unvoted', // log10(2) / 14^1.8 = 0.00260
      'bridge', // log10(13) / 50^1.8 = 0.000974: its score outweighs a day's extra age
      'split', // log10(2) / 26^1.8 = 0.000854
      'old-popular', // 8 days old: 0
    ]);
  });

  it('BRIDGING: fitted arguments by intercept, then the rest by BEST', () => {
    expect(ids(rankArguments(items, 'BRIDGING', now))).toEqual([
      'bridge', // 0.4
      'old-popular', // 0.1
      'split', // −0.2
      'fresh', // unfitted, Wilson 0.646
      'unvoted', // unfitted, Wilson 0
    ]);
  });

  it('breaks ties by createdAt desc, then id asc', () => {
    const t = daysAgo(1);
    const tied = [item('b', 1, 0, t), item('c', 1, 0, daysAgo(0.5)), item('a', 1, 0, t)];
    for (const sort of ARGUMENT_SORTS) {
      expect(ids(rankArguments(tied, sort, now))).toEqual(['c', 'a', 'b']);
    }
  });

  it('returns a sorted copy and leaves the input alone', () => {
    const input = [...items];
    const out = rankArguments(input, 'TOP', now);
    expect(out).not.toBe(input);
    expect(input).toEqual(items);
  });

  it('gives the same order whatever the input order', () => {
    for (const sort of ARGUMENT_SORTS) {
      const expected = ids(rankArguments(items, sort, now));
      expect(ids(rankArguments([...items].reverse(), sort, now))).toEqual(expected);
    }
  });
});

describe('rankKey', () => {
  const a = item('x', 12, 1, daysAgo(2), 0.4);

  it('returns the numbers each sort compares', () => {
    expect(rankKey(a, 'NEW', now)).toEqual([daysAgo(2).getTime()]);
    expect(rankKey(a, 'TOP', now)).toEqual([11]);
    expect(rankKey(a, 'BEST', now)).toEqual([wilsonLowerBound(12, 1)]);
    expect(rankKey(a, 'CONTROVERSIAL', now)[0]).toBeCloseTo(Math.pow(13, 1 / 12), 12);
    expect(rankKey(a, 'HOT', now)[0]).toBeCloseTo(Math.log10(13) / Math.pow(50, 1.8), 12);
    expect(rankKey(a, 'BRIDGING', now)).toEqual([1, 0.4]);
  });

  it('puts unfitted arguments in a lower BRIDGING tier keyed by BEST', () => {
    expect(rankKey({ ...a, bridgingScore: null }, 'BRIDGING', now)).toEqual([
      0,
      wilsonLowerBound(12, 1),
    ]);
  });
});
