import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { ThreadActivityKind } from '../../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../../realtime/thread-events';
import { fitThreadBridging } from './thread-bridging-fit';

interface Pending {
  timer: NodeJS.Timeout;
  since: number;
}

/**
 * Refits a thread's bridging scores in the background after its votes or stances change, off
 * the request path. Changes are debounced per thread (a burst of votes costs one fit), but a
 * steadily busy thread is still refitted at least every `maxWaitMs`. One fit per thread runs at
 * a time; a change during a fit schedules another.
 */
@Injectable()
export class BridgingScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger(BridgingScheduler.name);
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: ThreadEvents,
  ) {}

  /** Notes that a thread's votes or stances changed. */
  schedule(threadId: string): void {
    if (this.stopped) return;
    if (this.running.has(threadId)) {
      this.dirty.add(threadId);
      return;
    }
    const { debounceMs, maxWaitMs } = this.config.bridging;
    const now = Date.now();
    const existing = this.pending.get(threadId);
    const since = existing?.since ?? now;
    if (existing) {
      if (now - since >= maxWaitMs) return; // already overdue: let the scheduled fit run
      clearTimeout(existing.timer);
    }
    const delay = Math.min(debounceMs, Math.max(0, since + maxWaitMs - now));
    const timer = setTimeout(() => void this.run(threadId), delay);
    timer.unref();
    this.pending.set(threadId, { timer, since });
  }

  /** Runs every scheduled fit now and waits for all fits, including follow-ups, to finish. */
  async flush(): Promise<void> {
    while (this.pending.size > 0 || this.running.size > 0) {
      for (const [threadId, { timer }] of this.pending) {
        clearTimeout(timer);
        void this.run(threadId);
      }
      await Promise.all([...this.running.values()]);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.running.values()]);
  }

  private run(threadId: string): Promise<void> {
    this.pending.delete(threadId);
    const existing = this.running.get(threadId);
    if (existing) return existing;
    const job = fitThreadBridging(this.dataSource.manager, threadId)
      .then((r) => {
        this.logger.debug(
          `Bridging fit of thread ${threadId}: ${r.fitted} arguments from ${r.votes} votes in ${r.ms.toFixed(0)} ms`,
        );
        this.events.publish(threadId, ThreadActivityKind.RANKING_UPDATED);
      })
      .catch((err: Error) =>
        this.logger.error(`Bridging fit of thread ${threadId} failed: ${err.message}`, err.stack),
      )
      .finally(() => {
        this.running.delete(threadId);
        if (this.dirty.delete(threadId)) this.schedule(threadId);
      });
    this.running.set(threadId, job);
    return job;
  }
}
