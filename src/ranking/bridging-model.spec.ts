import { BridgingVote, fitBridgingModel } from './bridging-model';
import { rankArguments, RankableArgument } from './rank-arguments';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Two camps: A (30 voters) and B (15 voters).
 * - 4 partisan-A arguments: upvoted by all of A, downvoted by 5 of B   → TOP score 25
 * - 4 partisan-B arguments: upvoted by all of B, downvoted by 10 of A  → TOP score 5
 * - 3 bridging arguments: upvoted by 12 of A and 8 of B, no downvotes → TOP score 20
 */
function twoCamps(): { votes: BridgingVote[]; stances: Map<string, number> } {
  const campA = Array.from({ length: 30 }, (_, i) => `a${pad(i)}`);
  const campB = Array.from({ length: 15 }, (_, i) => `b${pad(i)}`);
  const votes: BridgingVote[] = [];
  const vote = (userId: string, argumentId: string, value: 1 | 0): void => {
    votes.push({ userId, argumentId, value });
  };
  for (let k = 0; k < 4; k++) {
    for (const u of campA) vote(u, `partisanA${k}`, 1);
    for (const u of campB.slice(0, 5)) vote(u, `partisanA${k}`, 0);
    for (const u of campB) vote(u, `partisanB${k}`, 1);
    for (const u of campA.slice(0, 10)) vote(u, `partisanB${k}`, 0);
  }
  for (let k = 0; k < 3; k++) {
    for (let j = 0; j < 12; j++) vote(campA[(k * 7 + j) % 30], `bridge${k}`, 1);
    for (let j = 0; j < 8; j++) vote(campB[(k * 4 + j) % 15], `bridge${k}`, 1);
  }
  const stances = new Map<string, number>();
  for (const u of campA) stances.set(u, 1);
  for (const u of campB) stances.set(u, -1);
  return { votes, stances };
}

function toItems(votes: BridgingVote[], intercepts: Map<string, number>): RankableArgument[] {
  const counts = new Map<string, { up: number; down: number }>();
  for (const v of votes) {
    const c = counts.get(v.argumentId) ?? { up: 0, down: 0 };
    if (v.value === 1) c.up++;
    else c.down++;
    counts.set(v.argumentId, c);
  }
  const createdAt = new Date('2024-01-01T00:00:00Z');
  return [...counts].map(([id, c]) => ({
    id,
    ...c,
    createdAt,
    bridgingScore: intercepts.get(id) ?? null,
  }));
}

/** Deterministic Fisher–Yates shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const now = new Date('2024-01-02T00:00:00Z');

describe('fitBridgingModel', () => {
  describe('two camps with three arguments both camps like', () => {
    const { votes, stances } = twoCamps();
    const bridges = ['bridge0', 'bridge1', 'bridge2'];

    it('TOP puts the larger camp’s partisan arguments first', () => {
      const ranked = rankArguments(toItems(votes, new Map()), 'TOP', now).map((a) => a.id);
      expect(ranked.slice(0, 4).sort()).toEqual([
        'partisanA0',
        'partisanA1',
        'partisanA2',
        'partisanA3',
      ]);
      expect(ranked.slice(4, 7).sort()).toEqual(bridges);
    });

    it.each([
      ['seeded from stances', { stances }],
      ['without stances', {}],
    ])('BRIDGING puts the three both-camps arguments first (%s)', (_label, options) => {
      const fit = fitBridgingModel(votes, options);
      expect(fit.converged).toBe(true);
      const ranked = rankArguments(toItems(votes, fit.argumentIntercepts), 'BRIDGING', now);
      expect(
        ranked
          .slice(0, 3)
          .map((a) => a.id)
          .sort(),
      ).toEqual(bridges);

      // The factor separates the camps: partisan arguments carry factors of opposite sign,
      // bridging arguments sit near 0; the camps' user factors have opposite signs too.
      const fA = fit.argumentFactors.get('partisanA0')!;
      const fB = fit.argumentFactors.get('partisanB0')!;
      expect(Math.sign(fA)).toBe(-Math.sign(fB));
      for (const b of bridges)
        expect(Math.abs(fit.argumentFactors.get(b)!)).toBeLessThan(Math.abs(fA));
      expect(Math.sign(fit.userFactors.get('a00')!)).toBe(Math.sign(fA));
      expect(Math.sign(fit.userFactors.get('b00')!)).toBe(Math.sign(fB));
    });

    it('is deterministic: the same votes in another order give identical results', () => {
      const first = fitBridgingModel(votes, { stances });
      for (const seed of [1, 2, 3]) {
        const again = fitBridgingModel(shuffled(votes, seed), { stances });
        expect(again.mu).toBe(first.mu);
        expect([...again.argumentIntercepts]).toEqual([...first.argumentIntercepts]);
        expect([...again.argumentFactors]).toEqual([...first.argumentFactors]);
        expect([...again.userFactors]).toEqual([...first.userFactors]);
        expect(again.epochs).toBe(first.epochs);
      }
    });
  });

  it('gives no intercept to an argument with fewer than minVotes voters', () => {
    const votes: BridgingVote[] = [];
    for (let u = 0; u < 5; u++) votes.push({ userId: `u${u}`, argumentId: 'five', value: 1 });
    for (let u = 0; u < 4; u++) votes.push({ userId: `u${u}`, argumentId: 'four', value: 1 });
    const fit = fitBridgingModel(votes);
    expect(fit.argumentIntercepts.has('five')).toBe(true);
    expect(fit.argumentIntercepts.has('four')).toBe(false);
    expect(fit.argumentFactors.has('four')).toBe(false);
    expect(fit.argumentVoteCounts.get('four')).toBe(4);
    expect(fit.userFactors.size).toBe(5);

    expect(fitBridgingModel(votes, { minVotes: 4 }).argumentIntercepts.has('four')).toBe(true);
  });

  it('counts a repeated (user, argument) vote once', () => {
    const votes: BridgingVote[] = [];
    for (let u = 0; u < 4; u++) votes.push({ userId: `u${u}`, argumentId: 'x', value: 1 });
    votes.push({ userId: 'u0', argumentId: 'x', value: 1 });
    const fit = fitBridgingModel(votes);
    expect(fit.argumentVoteCounts.get('x')).toBe(4);
    expect(fit.argumentIntercepts.has('x')).toBe(false);
  });

  it('handles an empty thread', () => {
    const fit = fitBridgingModel([]);
    expect(fit.mu).toBe(0);
    expect(fit.argumentIntercepts.size).toBe(0);
    expect(fit.converged).toBe(true);
  });

  it('ranks a unanimously upvoted argument above a unanimously downvoted one', () => {
    const votes: BridgingVote[] = [];
    for (let u = 0; u < 10; u++) {
      votes.push({ userId: `u${u}`, argumentId: 'liked', value: 1 });
      votes.push({ userId: `u${u}`, argumentId: 'disliked', value: 0 });
    }
    const fit = fitBridgingModel(votes);
    expect(fit.argumentIntercepts.get('liked')!).toBeGreaterThan(0);
    expect(fit.argumentIntercepts.get('disliked')!).toBeLessThan(0);
    // With every rating explained, μ + i_a recovers the ratings closely (shrunk by λ_i).
    const liked = fit.mu + fit.argumentIntercepts.get('liked')!;
    expect(liked).toBeGreaterThan(0.9);
  });

  it('never lets the regularised loss exceed the all-at-mean starting point', () => {
    const { votes } = twoCamps();
    const fit = fitBridgingModel(votes);
    const mean = votes.reduce((s, v) => s + v.value, 0) / votes.length;
    const baseline = votes.reduce((s, v) => s + (v.value - mean) ** 2, 0);
    expect(fit.loss).toBeLessThan(baseline);
  });
});
