/** Provides the instance's JobQueue (pg-boss on PostgreSQL, in-process on embedded PGlite). */
export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** Runs the job for one key, e.g. one thread's fit. Throwing makes the queue retry it later. */
export type JobHandler = (key: string) => Promise<void>;

export interface SendOptions {
  /** The job runs this long after the first send that is still owed (a burst costs one run). */
  delayMs: number;
}

/**
 * Background work that must not be lost: a send is owed until a worker has run it to the end.
 * Jobs of one name and key are coalesced (at most one waiting and one running; sends while one
 * waits are absorbed into it) and run one at a time per key across all instances. A failed run
 * is retried with backoff.
 */
export interface JobQueue {
  /** Starts running jobs of `name` on this instance. */
  work(name: string, handler: JobHandler): Promise<void>;
  /** Owes a run of `name` for `key`. Resolves once the debt is recorded. */
  send(name: string, key: string, options: SendOptions): Promise<void>;
  /** Runs every owed job of `name` now and resolves when none is owed or running (tests). */
  drain(name: string): Promise<void>;
  /** Stops taking jobs; waits for running ones (unfinished ones stay owed). */
  stop(): Promise<void>;
}
