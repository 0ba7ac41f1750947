import { controversy, hotRank, topScore, wilsonLowerBound } from './ranking-formulas';

const HOUR = 3_600_000;

describe('topScore', () => {
  it('is up − down', () => {
    expect(topScore(10, 3)).toBe(7);
    expect(topScore(2, 5)).toBe(-3);
    expect(topScore(0, 0)).toBe(0);
  });
});

describe('wilsonLowerBound (z = 1.2816)', () => {
  // z² = 1.64249856.
  it('is n / (n + z²) for a unanimous n up, 0 down: 10 / 11.6425 = 0.85892', () => {
    expect(wilsonLowerBound(10, 0)).toBeCloseTo(0.858922, 6);
    expect(wilsonLowerBound(1, 0)).toBeCloseTo(1 / 2.64249856, 9);
  });

  it('is 0.31220 for 5 up, 5 down', () => {
    // (0.5 + z²/20 − z·√(0.25/10 + z²/400)) / (1 + z²/10)
    // = (0.582125 − 1.2816 · 0.170606) / 1.164250 = 0.363476 / 1.164250
    expect(wilsonLowerBound(5, 5)).toBeCloseTo(0.312198, 6);
  });

  it('is 0 without votes and for only downvotes', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 10)).toBe(0);
  });

  it('prefers more evidence at the same ratio', () => {
    expect(wilsonLowerBound(100, 10)).toBeGreaterThan(wilsonLowerBound(10, 1));
    expect(wilsonLowerBound(10, 0)).toBeGreaterThan(wilsonLowerBound(1, 0));
  });

  it('takes z as a parameter (z = 1.96: 10/0 → 10 / 13.8416)', () => {
    expect(wilsonLowerBound(10, 0, 1.96)).toBeCloseTo(10 / (10 + 1.96 * 1.96), 9);
  });
});

describe('controversy', () => {
  it('is the total for an even split: 10/10 → 20', () => {
    expect(controversy(10, 10)).toBe(20);
  });

  it('is 0 when either side has no votes', () => {
    expect(controversy(10, 0)).toBe(0);
    expect(controversy(0, 10)).toBe(0);
    expect(controversy(0, 0)).toBe(0);
  });

  it('is (up + down) ^ (min / max): 3/9 → 12^(1/3) = 2.2894, symmetric', () => {
    expect(controversy(3, 9)).toBeCloseTo(2.289428, 6);
    expect(controversy(9, 3)).toBe(controversy(3, 9));
  });

  it('ranks a big even split above a small one', () => {
    expect(controversy(50, 50)).toBeGreaterThan(controversy(5, 5));
  });
});

describe('hotRank', () => {
  const now = new Date('2024-06-01T12:00:00Z');
  const ago = (hours: number): Date => new Date(now.getTime() - hours * HOUR);

  it('is log10(score + 2) / 2^1.8 when just posted: score 10 → 1.07918 / 3.48220 = 0.30991', () => {
    expect(hotRank(10, now, now)).toBeCloseTo(0.309913, 6);
  });

  it('floors the log at log10(2) for scores ≤ 0: 1 hour old → 0.30103 / 3^1.8 = 0.041667', () => {
    expect(hotRank(0, ago(1), now)).toBeCloseTo(0.0416669, 6);
    expect(hotRank(-50, ago(1), now)).toBe(hotRank(0, ago(1), now));
  });

  it('decays with age', () => {
    expect(hotRank(10, ago(1), now)).toBeLessThan(hotRank(10, ago(0), now));
    expect(hotRank(10, ago(24), now)).toBeLessThan(hotRank(10, ago(1), now));
  });

  it('is 0 from 7 days on: an 8-day-old argument scores 0 whatever its votes', () => {
    expect(hotRank(1000, ago(8 * 24), now)).toBe(0);
    expect(hotRank(1000, ago(7 * 24), now)).toBe(0);
    expect(hotRank(1000, ago(7 * 24 - 1), now)).toBeGreaterThan(0);
  });

  it('treats a future postedAt (clock skew) as just posted', () => {
    expect(hotRank(10, ago(-2), now)).toBe(hotRank(10, now, now));
  });
});
