import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { ThreadActivityEvent, ThreadActivityKind } from './dto/thread-activity.model';
import {
  memorySequencedPublisher,
  redisSequencedPublisher,
  SequencedPublisher,
} from './event-sequence';
import { PUB_SUB } from './pub-sub.provider';
import { RedisConnections } from '../common/redis/redis-connections';
import { PageCache } from '../page-cache/page-cache.service';

export const threadChannel = (threadId: string) => `thread:${threadId}`;

/**
 * Domain events of a thread, published after the change has committed. Publishing never fails
 * the request that caused it: a lost live update is logged, the data is already safe.
 */
@Injectable()
export class ThreadEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(ThreadEvents.name);
  private readonly sequenced: SequencedPublisher;

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    @Optional() redis?: RedisConnections,
    // Absent in terminal commands, which serve no pages.
    @Optional() private readonly pageCache?: PageCache,
  ) {
    this.sequenced = redis?.enabled
      ? redisSequencedPublisher(redis.client('publisher'))
      : memorySequencedPublisher((channel, event) => this.pubSub.publish(channel, event));
  }

  publish(threadId: string, kind: ThreadActivityKind, argumentId?: string | null): void {
    // Whatever readers are told changed, anonymous cached pages must not keep showing.
    this.pageCache?.invalidateThread(threadId);
    const event: Omit<ThreadActivityEvent, 'sequence'> = {
      threadId,
      kind,
      argumentId: argumentId ?? null,
    };
    this.sequenced
      .publish(threadChannel(threadId), threadId, event)
      .catch((e: Error) =>
        this.logger.warn(`Could not publish ${kind} in ${threadId}: ${e.message}`),
      );
  }

  /** A new thread has nobody listening yet, but the thread list readers see has changed. */
  threadOpened(threadId: string): void {
    this.pageCache?.invalidateThread(threadId);
  }

  /** After a status change: added, updated or withdrawn, from what readers could see before. */
  publishVisibility(threadId: string, argumentId: string, wasVisible: boolean, isVisible: boolean) {
    if (!wasVisible && !isVisible) return;
    const kind = !wasVisible
      ? ThreadActivityKind.ARGUMENT_ADDED
      : isVisible
        ? ThreadActivityKind.ARGUMENT_UPDATED
        : ThreadActivityKind.ARGUMENT_WITHDRAWN;
    this.publish(threadId, kind, argumentId);
  }

  async onApplicationShutdown(): Promise<void> {
    const closable = this.pubSub as PubSubEngine & { close?: () => Promise<unknown> };
    await closable.close?.();
  }
}
