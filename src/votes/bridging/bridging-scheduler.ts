import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { retryOnConflict } from '../../common/database/retry-on-conflict';
import { JOB_QUEUE, JobQueue } from '../../jobs/job-queue';
import { ThreadActivityKind } from '../../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../../realtime/thread-events';
import { fitThreadBridging } from './thread-bridging-fit';
import { ThreadBalanceKeeper } from '../../arguments/thread-balance-keeper.service';

export const BRIDGING_FIT_JOB = 'bridging-fit';

/**
 * Refits a thread's bridging scores (and refreshes its stored balance) in the background after its votes or stances change, off
 * the request path, through the job queue: a burst of changes costs one fit, run at most
 * BRIDGING_DEBOUNCE_MS (capped by BRIDGING_MAX_WAIT_MS) after the first of them; one fit per
 * thread runs at a time across all instances; a fit owed when an instance dies, shuts down or
 * loses the database runs later. Only the instance that fitted announces RANKING_UPDATED.
 */
@Injectable()
export class BridgingScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(BridgingScheduler.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: ThreadEvents,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly balance: ThreadBalanceKeeper,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.queue.work(BRIDGING_FIT_JOB, (threadId) => this.fit(threadId));
  }

  /**
   * Notes that a thread's votes or stances changed; resolves once the fit is owed. Never
   * rejects: the change itself is already committed, and the next change owes the fit again.
   */
  async schedule(threadId: string): Promise<void> {
    const { debounceMs, maxWaitMs } = this.config.bridging;
    await this.queue
      .send(BRIDGING_FIT_JOB, threadId, { delayMs: Math.min(debounceMs, maxWaitMs) })
      .catch((e: Error) =>
        this.logger.error(`Could not owe the bridging fit of thread ${threadId}: ${e.message}`),
      );
  }

  /** Runs every owed fit now and waits for all fits, including follow-ups, to finish. */
  flush(): Promise<void> {
    return this.queue.drain(BRIDGING_FIT_JOB);
  }

  private async fit(threadId: string): Promise<void> {
    const r = await retryOnConflict(() => fitThreadBridging(this.dataSource.manager, threadId));
    // Votes leave the thread's balance to this job, which runs after each burst of them.
    await retryOnConflict(() => this.balance.refreshNow(threadId));
    this.logger.debug(
      `Bridging fit of thread ${threadId}: ${r.fitted} arguments from ${r.votes} votes in ${r.ms.toFixed(0)} ms`,
    );
    this.events.publish(threadId, ThreadActivityKind.RANKING_UPDATED);
  }
}
