import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../import/parse-article';
import { extractSeeds } from './seed-extractor';
import {
  addCounts,
  locateQuote,
  NO_COUNTS,
  scoreSeeding,
  type GoldSpan,
  type SeedingCounts,
} from './seeding-eval';
import type { MotionCandidate, SeedExtraction } from './seed-types';

interface GoldClaim {
  quote: string;
}

interface GoldFile {
  file: string;
  motion: string;
  pro: GoldClaim[];
  con: GoldClaim[];
}

export interface ArticleResult {
  file: string;
  goldMotion: string;
  topMotions: MotionCandidate[];
  counts: SeedingCounts;
  /** Gold quotes that could not be located in the normalised body. */
  unlocated: string[];
  extraction: SeedExtraction;
  gold: GoldSpan[];
}

export interface CorpusResult {
  articles: ArticleResult[];
  totals: SeedingCounts;
}

/**
 * Runs the importer and the built-in extractor on the corpus copies in `dataDir` (the ten
 * articles of `articles/gold.json` and `seed-article.txt`), sides judged against the gold motion.
 */
export function evaluateCorpus(dataDir: string): CorpusResult {
  const list = JSON.parse(
    readFileSync(join(dataDir, 'articles', 'gold.json'), 'utf8'),
  ) as GoldFile[];
  const entries = list.map((g) => ({ gold: g, path: join(dataDir, 'articles', g.file) }));
  const seed = JSON.parse(
    readFileSync(join(dataDir, 'seed-article.gold.json'), 'utf8'),
  ) as GoldFile;
  entries.push({
    gold: { ...seed, file: 'seed-article.txt' },
    path: join(dataDir, 'seed-article.txt'),
  });

  const articles = entries.map(({ gold, path }) =>
    evaluateArticle(gold, readFileSync(path, 'utf8')),
  );
  const totals = articles.reduce((sum, a) => addCounts(sum, a.counts), NO_COUNTS);
  return { articles, totals };
}

function evaluateArticle(gold: GoldFile, text: string): ArticleResult {
  const article = parseArticle({ text, format: 'TEXT' });
  const spans: GoldSpan[] = [];
  const unlocated: string[] = [];
  for (const [side, claims] of [
    ['PRO', gold.pro],
    ['CON', gold.con],
  ] as const) {
    for (const claim of claims) {
      const at = locateQuote(article.body, claim.quote);
      if (at) spans.push({ ...at, side });
      else unlocated.push(claim.quote);
    }
  }
  const extraction = extractSeeds(article, gold.motion);
  const counts = scoreSeeding(spans, extraction.positions);
  counts.gold += unlocated.length;
  return {
    file: gold.file,
    goldMotion: gold.motion,
    topMotions: extraction.motionCandidates.slice(0, 3),
    counts,
    unlocated,
    extraction,
    gold: spans,
  };
}
