import { extractSeeds } from '../seeding/seed-extractor';
import type { SeedExtraction } from '../seeding/seed-types';
import { ArticleInputError } from './article-input.error';
import { parseArticle, type ArticleSource } from './parse-article';
import type { ParsedArticle } from './parsed-article';

/** One piece of the CPU work an article costs: reading a submitted text, or seeding a thread. */
export type ArticleTask =
  | { kind: 'read'; source: ArticleSource }
  | { kind: 'seed'; article: ParsedArticle; motion?: string };

/**
 * A task's answer as it crosses back from a worker thread. An error's own class does not survive
 * the crossing, so what the submitter did wrong (ArticleInputError's field and message) travels
 * as data.
 */
export type ArticleTaskAnswer =
  | { ok: true; value: ParsedArticle | SeedExtraction }
  | { ok: false; field: string; message: string };

/** Runs one task; in a worker thread of ArticleWork (this module's file is the worker's). */
export function runArticleTask(task: ArticleTask): ArticleTaskAnswer {
  try {
    const value =
      task.kind === 'read' ? parseArticle(task.source) : extractSeeds(task.article, task.motion);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ArticleInputError) return { ok: false, field: e.field, message: e.message };
    throw e;
  }
}
