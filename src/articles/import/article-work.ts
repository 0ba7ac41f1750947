import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import { rateLimited } from '../../common/errors/app-errors';
import type { SeedExtraction } from '../seeding/seed-types';
import { ArticleInputError } from './article-input.error';
import { runArticleTask, type ArticleTask, type ArticleTaskAnswer } from './article-worker';
import type { ArticleSource } from './parse-article';
import type { ParsedArticle } from './parsed-article';

/** How long reading or seeding one article may take, waiting for the worker included. */
export const ARTICLE_WORK_DEADLINE_MS = 10_000;
/** Articles waiting for the worker beyond which more are turned away until it catches up. */
const MAX_WAITING = 8;
/**
 * A worker with nothing to do ends after this, giving back its memory (about 40 MB, most of it
 * the language model); a burst of imports, such as a feed's items, keeps it.
 */
const IDLE_MS = 2_000;

/**
 * Reads submitted articles and seeds threads from them in a worker thread, never on the event
 * loop, and stops any piece of that work past its deadline. The parsers and the language model
 * are not linear on every input (Markdown's emphasis rules are quadratic in unmatched `*` and
 * `_`), so one crafted article, or a hostile feed item, would otherwise stall every request of
 * the instance for minutes. Past the deadline the worker is ended and the article refused.
 */
@Injectable()
export class ArticleWork implements OnApplicationShutdown {
  private readonly logger = new Logger(ArticleWork.name);
  private readonly pool?: Piscina<ArticleTask, ArticleTaskAnswer>;
  /** Tasks given to the pool and not yet answered (the pool drops queued ones when closed). */
  private readonly pending = new Set<Promise<unknown>>();

  constructor() {
    // Built, this file sits next to the worker's compiled module; run from TypeScript sources
    // (the unit and e2e tests) there is none to start a thread with, so the work runs here.
    const filename = join(__dirname, 'article-worker.js');
    if (existsSync(filename)) {
      this.pool = new Piscina({
        filename,
        name: 'runArticleTask',
        minThreads: 0,
        maxThreads: 1,
        idleTimeout: IDLE_MS,
        maxQueue: MAX_WAITING,
        closeTimeout: ARTICLE_WORK_DEADLINE_MS,
      });
    }
  }

  /** The submitted text as an article; ArticleInputError when it cannot be one. */
  async read(source: ArticleSource): Promise<ParsedArticle> {
    try {
      return (await this.run({ kind: 'read', source })) as ParsedArticle;
    } catch (e) {
      if (!(e instanceof PastDeadline)) throw e;
      throw new ArticleInputError(
        'text',
        `The article could not be read within ${ARTICLE_WORK_DEADLINE_MS / 1000} s and was refused: ` +
          'its text is unusually hard to process (e.g. very long runs of Markdown markup), ' +
          'or other articles were being read; nothing was stored.',
      );
    }
  }

  /**
   * The built-in extractor's motion candidates and reported positions. An article that cannot be
   * seeded in time was stored already: its thread opens without suggested claims.
   */
  async seed(article: ParsedArticle, motion?: string): Promise<SeedExtraction> {
    try {
      return (await this.run({ kind: 'seed', article, motion })) as SeedExtraction;
    } catch (e) {
      if (!(e instanceof PastDeadline)) throw e;
      this.logger.warn(`Seeding "${article.title}" passed its deadline: no suggestions given`);
      return { motionCandidates: [], positions: [] };
    }
  }

  /**
   * Ended once the HTTP server has closed, so an import already being answered finishes first; a
   * task still running then (a terminal command's) gets up to its deadline.
   */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.pool?.close();
  }

  private async run(task: ArticleTask): Promise<ParsedArticle | SeedExtraction> {
    const answer = this.pool ? await this.inWorker(task) : runArticleTask(task);
    if (!answer.ok) throw new ArticleInputError(answer.field, answer.message);
    return answer.value;
  }

  private async inWorker(task: ArticleTask): Promise<ArticleTaskAnswer> {
    const run = this.pool!.run(task, { signal: AbortSignal.timeout(ARTICLE_WORK_DEADLINE_MS) });
    this.pending.add(run);
    try {
      return await run;
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw new PastDeadline();
      if ((e as Error).message === 'Task queue is at limit') {
        throw rateLimited('Too many articles are being read right now; try again shortly', 5);
      }
      throw e;
    } finally {
      this.pending.delete(run);
    }
  }
}

/** The worker was ended at the deadline (or the task dropped from the queue by it). */
class PastDeadline extends Error {}
