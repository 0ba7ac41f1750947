import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ThreadsService } from '../threads/threads.service';
import { reweighThread, settleWeight } from './counters/argument-weights';

/**
 * Keeps the thread's balance current as its arguments change, in the change's transaction: the
 * arguments' weights here, the thread's totals through the threads' counters.
 */
@Injectable()
export class ArgumentWeights {
  constructor(private readonly threads: ThreadsService) {}

  /** After an argument's votes or visibility changed. */
  async settle(
    manager: EntityManager,
    arg: { id: string; threadId: string; ancestorIds: string[] },
  ): Promise<void> {
    const { threadId, pro, con } = await settleWeight(manager, arg);
    await this.threads.applyBalanceDelta(manager, threadId, pro, con);
  }

  /** After weight moved between branches (a move, a side change of a published argument). */
  async reweigh(manager: EntityManager, threadId: string): Promise<void> {
    const { pro, con } = await reweighThread(manager, threadId);
    await this.threads.setBalance(manager, threadId, pro, con);
  }
}
