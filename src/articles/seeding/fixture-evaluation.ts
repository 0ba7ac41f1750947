import { parseArticle } from '../import/parse-article';
import { UNSEEN_ARTICLES, type UnseenArticle } from './fixtures/unseen-articles';
import { extractSeeds } from './seed-extractor';
import type { MotionCandidate } from './seed-types';

export interface FixtureResult {
  article: UnseenArticle;
  topMotions: MotionCandidate[];
  /** Expected positions, and how many of them an extracted position contains. */
  expected: number;
  found: number;
  sideCorrect: number;
  /** Positions extracted, and how many of them are plain reporting the fixture says to leave. */
  extracted: number;
  wrongful: number;
}

/** The built-in extractor on the made-up fixture articles, with each fixture's own motion. */
export function evaluateFixtures(articles = UNSEEN_ARTICLES): FixtureResult[] {
  return articles.map((a) => {
    const parsed = parseArticle({ text: a.text, format: a.format });
    const candidates = extractSeeds(parsed).motionCandidates;
    const positions = extractSeeds(parsed, a.motion).positions;
    const matches = a.claims.map((c) => ({
      c,
      p: positions.find((p) => p.quote.includes(c.fragment)),
    }));
    const found = matches.filter((m) => m.p);
    return {
      article: a,
      topMotions: candidates.slice(0, 3),
      expected: a.claims.length,
      found: found.length,
      sideCorrect: found.filter((m) => m.p!.side === m.c.side).length,
      extracted: positions.length,
      wrongful: positions.filter((p) => a.absent.some((f) => p.quote.includes(f))).length,
    };
  });
}
