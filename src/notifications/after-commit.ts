import { EntityManager } from 'typeorm';

/** Something to publish once the transaction that wrote it has committed. */
export interface CommitEvent {
  channel: string;
  payload: unknown;
}

const KEY = 'rostraAfterCommit';

/**
 * Queues a live event on the caller's transaction; CommitPublisher sends it after COMMIT (and
 * drops it on ROLLBACK), so nobody hears of a change that did not happen.
 */
export function publishAfterCommit(manager: EntityManager, event: CommitEvent): void {
  const runner = manager.queryRunner;
  // Every writer here runs in a transaction; without one there is no commit to wait for.
  if (!runner?.isTransactionActive) throw new Error('publishAfterCommit needs a transaction');
  const data = runner.data as Record<string, CommitEvent[] | undefined>;
  (data[KEY] ??= []).push(event);
}

/** The events queued on a transaction, taken off it. */
export function takeCommitEvents(data: Record<string, unknown>): CommitEvent[] {
  const events = (data[KEY] as CommitEvent[] | undefined) ?? [];
  delete data[KEY];
  return events;
}
