import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BalanceArgument, computeBalance } from '../ranking/thread-balance';
import { ThreadsService } from '../threads/threads.service';
import { visibleSql } from './argument-visibility';

/**
 * Keeps the balance stored on the thread (docs/RANKING.md), so a page view reads it from the
 * thread row instead of rolling every argument up. The arguments' side of it: the roll-up of
 * the published arguments, handed to the threads' counters, which write it.
 *
 * A change to the tree (a post, a status change, a side change, a move) refreshes it in its own
 * transaction, which already holds the thread row (its argument counts moved). A vote leaves it
 * to the ranking job that every vote schedules (`refreshNow`), so a vote stays a few statements
 * and never waits for the thread row; the balance follows votes as the ranking does.
 */
@Injectable()
export class ThreadBalanceKeeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
  ) {}

  /** In the caller's transaction, which holds the thread row. */
  async refresh(manager: EntityManager, threadId: string): Promise<void> {
    const { pro, con } = await rollUp(manager, threadId);
    await this.threads.setBalance(manager, threadId, pro, con);
  }

  /** In a transaction of its own that takes the thread row first (the ranking job). */
  refreshNow(threadId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.threads.lockRow(manager, threadId);
      await this.refresh(manager, threadId);
    });
  }
}

/** The balance of one thread from its published arguments (src/ranking/thread-balance.ts). */
export async function rollUp(
  manager: EntityManager,
  threadId: string,
): Promise<{ pro: number; con: number }> {
  const rows: BalanceArgument[] = await manager.query(
    `SELECT a.id, a.parent_id AS "parentId", a.side, a.upvotes AS up, a.downvotes AS down
     FROM arguments a WHERE a.thread_id = $1 AND ${visibleSql('a')}`,
    [threadId],
  );
  const { proWeight, conWeight } = computeBalance(rows);
  return { pro: proWeight, con: conWeight };
}
