import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestLoaders, groupByKeys } from '../../common/loaders/request-loaders';
import { stanceCountsOf } from '../stances/dto/stance-counts.model';
import { Thread } from '../../threads/thread.entity';
import { BalanceArgument, computeBalance } from '../../ranking/thread-balance';
import { ThreadBalance } from './thread-balance.model';
import { loaderKey } from '../../common/loaders/loader-key';
import { visibleSql } from '../../arguments/argument-visibility';

const BALANCE_ARGUMENTS = loaderKey<string, BalanceArgument[]>('votes.balanceArguments');

@Injectable()
export class ThreadBalanceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Rolls up the published arguments of many threads in one statement. */
  load(loaders: RequestLoaders, thread: Thread): Promise<ThreadBalance> {
    return loaders
      .get(BALANCE_ARGUMENTS, async (threadIds) => {
        const rows: (BalanceArgument & { threadId: string })[] = await this.dataSource.query(
          `SELECT id, parent_id AS "parentId", side, upvotes AS up, downvotes AS down, thread_id AS "threadId"
           FROM arguments WHERE thread_id = ANY($1::uuid[]) AND ${visibleSql('arguments')}`,
          [[...threadIds]],
        );
        return groupByKeys(threadIds, rows, (r) => r.threadId);
      })
      .load(thread.id)
      .then((args) => {
        const { proWeight, conWeight } = computeBalance(args);
        const total = proWeight + conWeight;
        return {
          stances: stanceCountsOf(thread),
          proWeight,
          conWeight,
          proShare: total > 0 ? proWeight / total : null,
        };
      });
  }
}
