import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { withStartupLock } from '../common/database/startup-lock';
import { JobHandler, JobQueue, SendOptions } from './job-queue';

interface KeyData {
  key: string;
}

const DRAIN_LIMIT_MS = 60_000;
/** A send is skipped only when the run it would owe is already owed this much later. */
const OWED_MARGIN_MS = 100;
const OWED_KEPT = 10_000;
/** Jobs a worker fetches at once: one, so each run is completed (or failed) on its own. */
const BATCH_SIZE = 1;
/** How long after a job may start its sender wakes its own worker to fetch it (see `wakeAt`). */
const WAKE_AFTER_START_MS = 5;

const jobId = (name: string, key: string) => `${name}\u0000${key}`;

/** A run this instance's send created: when it may start (performance.now() time), its job. */
interface OwedRun {
  start: number;
  jobId: string;
}

/** A send for one name and key, and the single follow-up send the changes meanwhile share. */
interface SendUnderWay {
  done: Promise<void>;
  next?: Promise<void>;
}

/**
 * The queue's own connections. Their statements (polling, maintenance) run in the background,
 * so they call the driver's query as it was when loaded: a spy that counts the statements of a
 * request (test/debate.e2e-spec.ts) does not count the queue's polling into it.
 */
const driverQuery = Client.prototype.query as (...args: unknown[]) => unknown;
class QueueClient extends Client {}
Object.defineProperty(QueueClient.prototype, 'query', {
  value(this: Client, ...args: unknown[]) {
    return driverQuery.apply(this, args);
  },
});

/**
 * The JobQueue on a PostgreSQL server, in pg-boss's tables (schema `pgboss`): owed jobs are rows,
 * so they survive kill -9, a rolling deploy and a database outage, and any instance runs them.
 * Queues use the "stately" policy keyed by the job's key: at most one waiting and one running
 * job per key, whichever instance sent or fetches it. A run that fails (or whose instance died:
 * it expires) is retried with exponential backoff.
 */
export class PgBossJobQueue implements JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  /** When the runs this instance's sends created start, by name and key (see `send`). */
  private readonly owedStarts = new Map<string, OwedRun>();
  /** The send under way per name and key, and the one more owed after it. */
  private readonly sending = new Map<string, SendUnderWay>();
  /** This instance's worker per job name, woken when a job it sent may start. */
  private readonly workerIds = new Map<string, string>();
  /** Per name and key, the timer that wakes the worker when the owed run may start. */
  private readonly wakeTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly url: string,
    private readonly retryLimit: number,
    /** How often an idle worker looks for due jobs; a sender wakes its own worker sooner. */
    private readonly pollingIntervalSeconds = 0.5,
  ) {
    this.boss = new PgBoss({
      connectionString: url,
      max: 3,
      ...({ Client: QueueClient } as object),
      // How soon a job whose instance died mid-run is failed (then retried) elsewhere.
      maintenanceIntervalSeconds: 30,
    });
    this.boss.on('error', (e: Error) => this.logger.warn(`Job queue: ${e.message}`));
  }

  async start(): Promise<void> {
    // pg-boss installs its schema under its own lock; ours keeps instances from racing its
    // start-up checks too.
    await withStartupLock(this.url, () => this.boss.start().then(() => undefined));
  }

  async work(name: string, handler: JobHandler): Promise<void> {
    // Two instances creating the same queue at once deadlock inside pg-boss: take turns.
    await withStartupLock(this.url, async () => {
      if (await this.boss.getQueue(name)) return;
      await this.boss.createQueue(name, {
        name,
        policy: 'stately',
        retryLimit: this.retryLimit,
        retryDelay: 1,
        retryBackoff: true,
        expireInSeconds: 120,
      });
    });
    this.handlers.set(name, handler);
    const workerId = await this.boss.work<KeyData>(
      name,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: BATCH_SIZE },
      (jobs) => this.runAll(name, handler, jobs),
    );
    this.workerIds.set(name, workerId);
  }

  async send(name: string, key: string, options: SendOptions): Promise<void> {
    const id = jobId(name, key);
    if (this.owedLater(id)) return;
    const underWay = this.sending.get(id);
    if (!underWay) return this.sendNow(id, name, key, options);
    // The send under way may have found a waiting run that started before this change: one more
    // send after it covers every change made meanwhile (a burst costs one, not one each).
    underWay.next ??= underWay.done
      .catch(() => undefined)
      .then(() => (this.owedLater(id) ? undefined : this.sendNow(id, name, key, options)));
    return underWay.next;
  }

  /**
   * True when a run this instance's send created cannot have started yet: it reads every change
   * committed before now. Its start is counted on the database's clock from the send (pg-boss
   * adds the delay to now() there), so clock skew between hosts does not matter; the margin
   * covers a clock being stepped.
   */
  private owedLater(id: string): boolean {
    return (this.owedStarts.get(id)?.start ?? 0) > performance.now() + OWED_MARGIN_MS;
  }

  private sendNow(id: string, name: string, key: string, options: SendOptions): Promise<void> {
    const entry: SendUnderWay = { done: this.sendOnce(id, name, key, options) };
    this.sending.set(id, entry);
    const clear = () => {
      if (this.sending.get(id) === entry) this.sending.delete(id);
    };
    entry.done.then(clear, clear);
    return entry.done;
  }

  private async sendOnce(id: string, name: string, key: string, options: SendOptions) {
    // Taken before the statement: the run cannot start earlier than this plus the delay.
    const sentAt = performance.now();
    // null when a job for this key is already waiting: the change is covered by that run.
    const created = await this.boss.send(name, { key } satisfies KeyData, {
      singletonKey: key,
      // Seconds after the database's now(), not a time on this host's clock.
      startAfter: `${options.delayMs / 1000} seconds`,
    });
    if (created) {
      this.owedStarts.set(id, { start: sentAt + options.delayMs, jobId: created });
      this.wakeAt(name, id, options.delayMs);
    } else this.owedStarts.delete(id);
    if (this.owedStarts.size > OWED_KEPT) this.forgetPast(performance.now());
  }

  /**
   * Wakes this instance's worker just after the job it created may start (the database's clock
   * counted from before this moment), instead of at its next poll up to half a second later:
   * until a waiting job starts, every change sends again to find it waiting, so the sooner it
   * starts the fewer statements a burst costs.
   */
  private wakeAt(name: string, id: string, delayMs: number): void {
    const workerId = this.workerIds.get(name);
    if (workerId === undefined) return;
    clearTimeout(this.wakeTimers.get(id));
    const timer = setTimeout(() => {
      this.wakeTimers.delete(id);
      this.boss.notifyWorker(workerId);
    }, delayMs + WAKE_AFTER_START_MS);
    timer.unref();
    this.wakeTimers.set(id, timer);
  }

  private forgetPast(now: number): void {
    for (const [id, owed] of this.owedStarts) if (owed.start <= now) this.owedStarts.delete(id);
  }

  private forgetOwed(name: string): void {
    for (const id of this.owedStarts.keys())
      if (id.startsWith(jobId(name, ''))) this.owedStarts.delete(id);
  }

  /**
   * Job `started` is running: a later change needs a run of its own. Only that job's entry is
   * forgotten: the next run, sent between its fetch and now, is still owed later.
   */
  private forgetStarted(id: string, started: string): void {
    if (this.owedStarts.get(id)?.jobId === started) this.owedStarts.delete(id);
  }

  async drain(name: string): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No worker for ${name}`);
    this.forgetOwed(name); // owed runs start now, not when they were owed
    const until = Date.now() + DRAIN_LIMIT_MS;
    while (Date.now() < until) {
      const jobs = await this.boss.fetch<KeyData>(name, { batchSize: 10, ignoreStartAfter: true });
      for (const job of jobs) {
        try {
          await handler(job.data.key);
          await this.boss.complete(name, job.id);
        } catch (e) {
          await this.boss.fail(name, job.id, { message: (e as Error).message });
          throw e;
        }
      }
      if (jobs.length === 0) {
        if ((await this.boss.getQueueSize(name, { before: 'completed' })) === 0) return;
        await new Promise((r) => setTimeout(r, 50)); // another worker's run is finishing
      }
    }
    throw new Error(`Jobs of ${name} still owed after ${DRAIN_LIMIT_MS} ms`);
  }

  async stop(): Promise<void> {
    for (const timer of this.wakeTimers.values()) clearTimeout(timer);
    this.wakeTimers.clear();
    // Waits for running jobs; one cut short is failed and so retried by another instance.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async runAll(
    name: string,
    handler: JobHandler,
    jobs: PgBoss.Job<KeyData>[],
  ): Promise<void> {
    for (const job of jobs) {
      this.forgetStarted(jobId(name, job.data.key), job.id);
      await handler(job.data.key);
    }
    // A full batch may have left more waiting (a backlog after a burst over many threads): fetch
    // again as soon as this one is done rather than one batch per polling interval.
    const workerId = this.workerIds.get(name);
    if (jobs.length >= BATCH_SIZE && workerId !== undefined) this.boss.notifyWorker(workerId);
  }
}
