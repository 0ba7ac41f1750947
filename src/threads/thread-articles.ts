import type { EntityManager } from 'typeorm';
import type { RequestLoaders } from '../common/loaders/request-loaders';

/** What threads and arguments read of the article a thread came from. */
export interface ThreadArticle {
  id: string;
  title: string;
  body: string;
}

/**
 * The article a thread came from, as threads and arguments need it: its title in a new thread's
 * search document, its body for an argument's quote. articles/ sits above both (it opens
 * threads) and binds this, the way moderation binds ArgumentModeration, so neither imports it.
 */
export interface ThreadArticles {
  /** Read in the caller's transaction; null when there is no such article. */
  find(manager: EntityManager, id: string): Promise<ThreadArticle | null>;
  /** Batched per request. */
  load(loaders: RequestLoaders, id: string): Promise<ThreadArticle | null>;
}

export const THREAD_ARTICLES = Symbol('ThreadArticles');
