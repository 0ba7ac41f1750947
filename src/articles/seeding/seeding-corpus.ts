import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../import/parse-article';
import type { ParsedArticle } from '../import/parsed-article';
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

/** One annotated article of the corpus, read from `dataDir`. */
export interface CorpusArticle {
  gold: GoldFile;
  text: string;
}

/**
 * The articles the built-in extractor's rules were written on: the first ten and the seed
 * article. Those added later (11 onwards) it had never seen; their numbers are reported apart.
 */
export function isDevelopmentArticle(file: string): boolean {
  const n = /^(\d+)-/u.exec(file);
  return !n || Number(n[1]) <= 10;
}

/** The corpus copies in `dataDir`: `articles/gold.json` with its files, and `seed-article.txt`. */
export function loadCorpus(dataDir: string): CorpusArticle[] {
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

  return entries.map(({ gold, path }) => ({ gold, text: readFileSync(path, 'utf8') }));
}

/**
 * Runs the importer and the built-in extractor on the corpus copies in `dataDir`, sides judged
 * against the gold motion.
 */
export function evaluateCorpus(dataDir: string): CorpusResult {
  return totalled(
    loadCorpus(dataDir).map(({ gold, text }) => {
      const article = parseArticle({ text, format: 'TEXT' });
      return scoreArticle(gold, article, extractSeeds(article, gold.motion));
    }),
  );
}

/** The same with any extractor (the model extractor answers asynchronously). */
export async function evaluateCorpusWith(
  dataDir: string,
  extract: (article: ParsedArticle, motion: string) => Promise<SeedExtraction>,
): Promise<CorpusResult> {
  const results: ArticleResult[] = [];
  for (const { gold, text } of loadCorpus(dataDir)) {
    const article = parseArticle({ text, format: 'TEXT' });
    results.push(scoreArticle(gold, article, await extract(article, gold.motion)));
  }
  return totalled(results);
}

export function totalled(articles: ArticleResult[]): CorpusResult {
  return { articles, totals: articles.reduce((sum, a) => addCounts(sum, a.counts), NO_COUNTS) };
}

function scoreArticle(
  gold: GoldFile,
  article: ParsedArticle,
  extraction: SeedExtraction,
): ArticleResult {
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
