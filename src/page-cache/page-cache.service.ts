import { createHash } from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/root-logger';
import { THREAD_LIST_TAG, threadTag } from './cacheable-operation';
import { MemoryPageCacheStore, PageCacheStore, RedisPageCacheStore } from './page-cache.store';

/**
 * Anonymous answers to the thread page and the thread list, shared by every anonymous reader
 * (in Redis across instances when REDIS_URL is set, else in this process). Whatever changes a
 * thread publishes a thread event, and publishing retires that thread's entries and the list's;
 * a mutation's answer waits for that (see PageCachePlugin), so no reader is served the old page
 * once the change is confirmed. A cache failure only ever means an uncached answer.
 */
/** One database's pages never answer for another's, even through a shared Redis. */
const databaseNamespace = (config: AppConfig): string =>
  createHash('sha256')
    .update(config.database.url ?? `pglite:${config.database.pgliteDataDir}`)
    .digest('base64url')
    .slice(0, 16);

@Injectable()
export class PageCache implements OnApplicationShutdown {
  private readonly store?: PageCacheStore;
  private readonly pending = new Set<Promise<void>>();
  private readonly logger: Logger;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(ROOT_LOGGER) rootLogger: Logger) {
    this.logger = rootLogger.child({ component: 'page-cache' });
    const { ttlSeconds, maxEntries, maxBytes } = config.pageCache;
    if (ttlSeconds <= 0) return;
    this.store = config.redisUrl
      ? new RedisPageCacheStore(config.redisUrl, ttlSeconds, databaseNamespace(config), (e) =>
          this.logger.warn({ err: e.message }, 'page cache: Redis unavailable'),
        )
      : new MemoryPageCacheStore(maxEntries, maxBytes, ttlSeconds);
  }

  get enabled(): boolean {
    return this.store !== undefined;
  }

  /** The cached answer, or the generation to store a fresh one under; undefined when unavailable. */
  async lookup(
    tag: string,
    key: string,
  ): Promise<{ generation: string; body?: string } | undefined> {
    try {
      return await this.store?.read(tag, key);
    } catch (e) {
      this.logger.debug({ err: (e as Error).message }, 'page cache read failed');
      return undefined;
    }
  }

  async save(tag: string, generation: string, key: string, body: string): Promise<void> {
    try {
      await this.store?.write(tag, generation, key, body);
    } catch (e) {
      this.logger.debug({ err: (e as Error).message }, 'page cache write failed');
    }
  }

  /** Retires the thread's page and the thread list. */
  invalidateThread(threadId: string): void {
    this.track(() => this.store!.bump([threadTag(threadId), THREAD_LIST_TAG]));
  }

  /** Retires every cached page (e.g. a CENSOR rule changes how every body reads). */
  invalidateAll(): void {
    this.track(() => this.store!.bumpAll());
  }

  /** Resolves once every invalidation started so far has reached the store. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private track(bump: () => Promise<void>): void {
    if (!this.store) return;
    const done: Promise<void> = bump()
      .catch((e: Error) => this.logger.warn({ err: e.message }, 'page cache invalidation failed'))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
    await this.store?.close();
  }
}
