import { join } from 'node:path';
import { evaluateCorpus } from './seeding-corpus';
import {
  addCounts,
  bestMatch,
  covers,
  isPrecise,
  locateQuote,
  NO_COUNTS,
  rates,
  scoreSeeding,
} from './seeding-eval';

describe('seeding scores', () => {
  const gold = { start: 100, end: 200, side: 'PRO' as const };

  it('finds a gold quote only when an extracted span covers at least half of it', () => {
    expect(covers({ start: 150, end: 400 }, gold)).toBe(true);
    expect(covers({ start: 151, end: 400 }, gold)).toBe(false);
    expect(covers({ start: 0, end: 1000 }, gold)).toBe(true);
  });

  it('counts an extracted span as precise when it overlaps a gold quote substantially', () => {
    expect(isPrecise({ start: 120, end: 160 }, [gold])).toBe(true); // inside
    expect(isPrecise({ start: 190, end: 400 }, [gold])).toBe(false); // touches an edge
    expect(isPrecise({ start: 300, end: 400 }, [gold])).toBe(false);
  });

  it('credits a found quote to the tightest covering span for its side', () => {
    const whole = { start: 50, end: 250, side: 'CON' as const };
    const clause = { start: 100, end: 190, side: 'PRO' as const };
    expect(bestMatch(gold, [whole, clause])).toBe(clause);
  });

  it('scores recall, precision and side accuracy', () => {
    const counts = scoreSeeding(
      [gold, { start: 300, end: 340, side: 'CON' }],
      [
        { start: 100, end: 200, side: 'PRO' },
        { start: 300, end: 340, side: 'PRO' },
        { start: 500, end: 600, side: 'CON' },
      ],
    );
    expect(counts).toEqual({ gold: 2, found: 2, extracted: 3, precise: 2, sideCorrect: 1 });
    expect(rates(addCounts(NO_COUNTS, counts))).toEqual({
      recall: 1,
      precision: 2 / 3,
      sideAccuracy: 0.5,
    });
  });

  it('locates a gold quote in a body whose whitespace was collapsed', () => {
    expect(locateQuote('He also criticized it.', 'also  criticized')).toEqual({
      start: 3,
      end: 18,
    });
    expect(locateQuote('abc', 'xyz')).toBeNull();
  });
});

describe('seeding on the corpus (data/)', () => {
  const result = evaluateCorpus(join(__dirname, '..', '..', '..', 'data'));
  const totals = rates(result.totals);

  it('covers the fifteen articles and the seed article, with every gold quote located', () => {
    expect(result.articles).toHaveLength(16);
    expect(result.articles.flatMap((a) => a.unlocated)).toEqual([]);
  });

  it('meets the targets: recall >= 0.80, precision >= 0.60, side accuracy >= 0.75', () => {
    expect(totals.recall).toBeGreaterThanOrEqual(0.8);
    expect(totals.precision).toBeGreaterThanOrEqual(0.6);
    expect(totals.sideAccuracy).toBeGreaterThanOrEqual(0.75);
  });

  it('finds all four seed-article positions with their sides', () => {
    const seed = result.articles.find((a) => a.file === 'seed-article.txt')!;
    expect(seed.counts).toMatchObject({ gold: 4, found: 4, sideCorrect: 4 });
  });

  it('offers at least one motion candidate for every article', () => {
    for (const a of result.articles) expect(a.topMotions.length).toBeGreaterThanOrEqual(1);
  });
});
