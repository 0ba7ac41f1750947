import { Injectable } from '@nestjs/common';
import { stanceCountsOf } from '../stances/dto/stance-counts.model';
import { Thread } from '../../threads/thread.entity';
import { ThreadBalance } from './thread-balance.model';

/**
 * Where a thread stands, from its own row: the stance counters and the stored balance
 * (arguments/thread-balance-keeper.service.ts), so a page view reads nothing more for it
 * however large the thread.
 */
@Injectable()
export class ThreadBalanceService {
  of(thread: Thread): ThreadBalance {
    const { proWeight, conWeight } = thread;
    const total = proWeight + conWeight;
    return {
      stances: stanceCountsOf(thread),
      proWeight,
      conWeight,
      proShare: total > 0 ? proWeight / total : null,
    };
  }
}
