import { Logger } from '@nestjs/common';
import { JobHandler, JobQueue, SendOptions } from './job-queue';

interface Waiting {
  timer: NodeJS.Timeout;
  attempt: number;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * The JobQueue for the embedded database, where exactly one process can open the data (the
 * folder lock) and so one process runs every job. Owed jobs live in memory: a job owed when the
 * process stops is run again on the next start only if the change that owed it is made again.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly waiting = new Map<string, Waiting>();
  private readonly running = new Map<string, Promise<void>>();
  /** Sent while running: runs again once the current run ends. */
  private readonly again = new Map<string, SendOptions>();
  private stopped = false;

  constructor(private readonly retryLimit: number) {}

  async work(name: string, handler: JobHandler): Promise<void> {
    this.handlers.set(name, handler);
  }

  async send(name: string, key: string, options: SendOptions): Promise<void> {
    if (this.stopped) return;
    const id = `${name}\u0000${key}`;
    if (this.running.has(id)) {
      this.again.set(id, options);
      return;
    }
    if (this.waiting.has(id)) return; // absorbed into the run already owed
    this.wait(id, options.delayMs, 0);
  }

  async drain(name: string): Promise<void> {
    const prefix = `${name}\u0000`;
    const mine = (id: string) => id.startsWith(prefix);
    while ([...this.waiting.keys(), ...this.running.keys()].some(mine)) {
      for (const [id, { timer, attempt }] of this.waiting) {
        if (!mine(id)) continue;
        clearTimeout(timer);
        void this.run(id, attempt);
      }
      await Promise.all([...this.running].filter(([id]) => mine(id)).map(([, p]) => p));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    await Promise.all(this.running.values());
  }

  private wait(id: string, delayMs: number, attempt: number): void {
    const timer = setTimeout(() => void this.run(id, attempt), delayMs);
    timer.unref();
    this.waiting.set(id, { timer, attempt });
  }

  private run(id: string, attempt: number): Promise<void> {
    this.waiting.delete(id);
    const existing = this.running.get(id);
    if (existing) return existing;
    const [name, key] = id.split('\u0000');
    const handler = this.handlers.get(name);
    if (!handler) {
      this.wait(id, 1000, attempt); // no worker yet: keep it owed
      return Promise.resolve();
    }
    const job = handler(key)
      .then(
        () => {
          const next = this.again.get(id);
          this.again.delete(id);
          if (next && !this.stopped) this.wait(id, next.delayMs, 0);
        },
        (e: Error) => {
          this.again.delete(id);
          if (this.stopped || attempt >= this.retryLimit) {
            this.logger.error(`Job ${name} ${key} failed for good: ${e.message}`, e.stack);
            return;
          }
          const backoff = Math.min(1000 * 2 ** attempt, MAX_BACKOFF_MS);
          this.logger.warn(`Job ${name} ${key} failed, retrying in ${backoff} ms: ${e.message}`);
          this.wait(id, backoff, attempt + 1);
        },
      )
      .finally(() => this.running.delete(id));
    this.running.set(id, job);
    return job;
  }
}
