import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../import/parse-article';
import { extractSeeds } from './seed-extractor';
import { bestMatch, locateQuote } from './seeding-eval';

const DATA = join(__dirname, '..', '..', '..', 'data');

interface GoldClaim {
  quote: string;
}

describe('extractSeeds on the seed article', () => {
  const gold = JSON.parse(readFileSync(join(DATA, 'seed-article.gold.json'), 'utf8')) as {
    motion: string;
    pro: GoldClaim[];
    con: GoldClaim[];
  };
  const article = parseArticle({
    text: readFileSync(join(DATA, 'seed-article.txt'), 'utf8'),
    format: 'TEXT',
  });
  const seeds = extractSeeds(article, gold.motion);

  it.each([
    ...gold.pro.map((c) => ['PRO', c.quote] as const),
    ...gold.con.map((c) => ['CON', c.quote] as const),
  ])('finds the gold %s position "%s"', (side, quote) => {
    const span = locateQuote(article.body, quote);
    expect(span).not.toBeNull();
    const match = bestMatch(span!, seeds.positions);
    expect(match).not.toBeNull();
    expect(match!.side).toBe(side);
  });

  it('gives every position an exact quote span, a confidence and evidence', () => {
    for (const p of seeds.positions) {
      expect(article.body.slice(p.start, p.end)).toBe(p.quote);
      expect(p.confidence).toBeGreaterThanOrEqual(0.5);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.evidence.length).toBeGreaterThan(0);
    }
  });

  it('splits "While proponents argue X, critics contend Y" into the two gold clauses', () => {
    const proponents = seeds.positions.find((p) => p.holder === 'proponents');
    expect(proponents).toMatchObject({
      quote: gold.con[0].quote,
      side: 'CON',
    });
    const critics = seeds.positions.find((p) => p.quote === gold.pro[1].quote);
    expect(critics?.side).toBe('PRO');
    expect(critics?.holder).toMatch(/^critics/);
  });

  it('turns the lede into the top motion candidate, with its source sentence', () => {
    const top = seeds.motionCandidates[0];
    expect(top).toMatchObject({
      origin: 'LEDE',
      text: 'Should state and municipal officials who resist federal immigration enforcement face prosecution?',
    });
    expect(top.sourceSpans).toEqual([{ start: 0, end: article.paragraphs[0].sentences[0].end }]);
  });

  it('offers the explicit question as a candidate, reduced to its yes/no half', () => {
    const question = seeds.motionCandidates.find((m) => m.origin === 'QUESTION');
    expect(question?.text).toBe(
      'Will local officials back down in the face of possible prosecution?',
    );
  });

  it('uses the top candidate as the motion when none is given', () => {
    const own = extractSeeds(article);
    expect(own.motionCandidates).toEqual(seeds.motionCandidates);
    expect(own.positions.length).toBeGreaterThan(0);
  });
});

describe('extractSeeds on a sentence that carries both sides', () => {
  const text = [
    'City council weighs congestion charge',
    '',
    'Monday, March 2, 2020',
    '',
    'The city council on Monday proposed a daily congestion charge for cars entering the centre.',
    '',
    'While proponents argue that the charge would cut traffic and pay for new bus lines, critics contend that it would burden low-income commuters who have no other way to work.',
    '',
    'The council will vote on the plan next month.',
    '',
  ].join('\n');
  const article = parseArticle({ text, format: 'TEXT' });
  const seeds = extractSeeds(article, 'Should the city introduce a congestion charge?');

  it('gives two claims of opposite sides, each with its holder and clause', () => {
    expect(seeds.positions.map((p) => [p.holder, p.side, p.quote])).toEqual([
      [
        'proponents',
        'PRO',
        'proponents argue that the charge would cut traffic and pay for new bus lines',
      ],
      [
        'critics',
        'CON',
        'critics contend that it would burden low-income commuters who have no other way to work',
      ],
    ]);
  });

  it('reports the narrative sentences as no position', () => {
    expect(seeds.positions.some((p) => p.quote.includes('will vote'))).toBe(false);
  });

  it('makes a motion from the headline or the lede', () => {
    const top3 = seeds.motionCandidates.slice(0, 3).map((m) => m.text);
    expect(top3.some((t) => /congestion charge/u.test(t) && /^Should /u.test(t))).toBe(true);
  });
});

describe('motion candidates from a wire headline (round 14A)', () => {
  it('reads "Court blocks Tarvik law …" with the name after the verb as the law\'s, which the court blocked', () => {
    const article = parseArticle({
      text: `Court blocks Tarvik law making street begging a crime

A court in Tarvik on Monday blocked a law that made begging in the street a crime.
`,
      format: 'TEXT',
    });
    const top = extractSeeds(article).motionCandidates.map((m) => m.text);
    expect(top).toContain('Should the Tarvik law making street begging a crime stand?');
  });
});
