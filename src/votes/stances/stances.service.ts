import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { notFound } from '../../common/errors/app-errors';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { assertOpen } from '../../arguments/arguments.service';
import { Thread } from '../../threads/thread.entity';
import { ThreadsService, type StanceCountDeltas } from '../../threads/threads.service';
import { ThreadBansService } from '../../threads/thread-bans.service';
import { User } from '../../users/user.entity';
import { ThreadActivityKind } from '../../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../../realtime/thread-events';
import { BridgingScheduler } from '../bridging/bridging-scheduler';
import { SetStancePayload } from './dto/set-stance.input';
import { StanceChange } from './stance-change.entity';
import { StanceEntity } from './stance.entity';
import { isDecided, Stance } from './stance.enum';
import { loaderKey, scoped } from '../../common/loaders/loader-key';

const MY_STANCE = loaderKey<string, Stance | null>('votes.myStance');

/** Which "changed their mind" counter a stance row currently adds to, if any. */
function changedTo(row: Pick<StanceEntity, 'stance' | 'firstDecided'> | null): Stance | null {
  if (!row || !isDecided(row.stance) || !row.firstDecided) return null;
  return row.stance !== row.firstDecided ? row.stance : null;
}

const COUNT: Record<Stance, keyof StanceCountDeltas> = {
  AGREE: 'agree',
  DISAGREE: 'disagree',
  UNDECIDED: 'undecided',
};
const CHANGED: Partial<Record<Stance, keyof StanceCountDeltas>> = {
  AGREE: 'changedToAgree',
  DISAGREE: 'changedToDisagree',
};

@Injectable()
export class StancesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bridging: BridgingScheduler,
    private readonly events: ThreadEvents,
    private readonly threads: ThreadsService,
    private readonly bans: ThreadBansService,
  ) {}

  /**
   * Records the actor's stance on the motion. The user's stance row is locked, so concurrent
   * changes apply one at a time; the thread's counters move by the difference and every change is
   * appended to the history. Repeating the current stance changes nothing.
   */
  async setStance(actor: User, threadId: string, stance: Stance): Promise<SetStancePayload> {
    let changed = false;
    const thread = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(Thread, { where: { id: threadId } });
      if (!found) throw notFound('Thread', threadId);
      assertOpen(found);
      await this.bans.guard(manager, actor.id, threadId);
      const before = await this.lockStance(manager, actor.id, threadId);
      if (before?.stance === stance) return found;

      const after = {
        stance,
        firstDecided: before?.firstDecided ?? (isDecided(stance) ? stance : null),
      };
      if (before) {
        await manager.update(StanceEntity, { id: before.id }, after);
      } else {
        await manager.insert(StanceEntity, { userId: actor.id, threadId, ...after });
      }
      await manager.insert(StanceChange, {
        userId: actor.id,
        threadId,
        fromStance: before?.stance ?? null,
        stance,
        // After the lock, not at transaction start, so the history is in the order applied.
        createdAt: () => 'clock_timestamp()',
      });

      const deltas: StanceCountDeltas = {};
      const add = (key: keyof StanceCountDeltas | undefined, d: number) => {
        if (key) deltas[key] = (deltas[key] ?? 0) + d;
      };
      if (before) add(COUNT[before.stance], -1);
      add(COUNT[stance], 1);
      const wasChanged = changedTo(before);
      const nowChanged = changedTo(after);
      if (wasChanged) add(CHANGED[wasChanged], -1);
      if (nowChanged) add(CHANGED[nowChanged], 1);
      await this.threads.applyStanceCounts(manager, threadId, deltas);
      changed = true;
      return manager.findOneOrFail(Thread, { where: { id: threadId } });
    });
    if (changed) {
      await this.bridging.schedule(threadId);
      this.events.publish(threadId, ThreadActivityKind.THREAD_UPDATED);
    }
    return { thread, stance };
  }

  /** The reader's stance on many threads in one statement; null where they have none. */
  loadMyStance(loaders: RequestLoaders, userId: string, threadId: string): Promise<Stance | null> {
    return loaders
      .get(scoped(MY_STANCE, userId), async (ids) => {
        const rows = await this.dataSource.manager.find(StanceEntity, {
          where: { userId, threadId: In([...ids]) },
        });
        const byThread = new Map(rows.map((r) => [r.threadId, r.stance]));
        return ids.map((id) => byThread.get(id) ?? null);
      })
      .load(threadId);
  }

  /** The reader's stance changes on one thread, oldest first. */
  history(userId: string, threadId: string): Promise<StanceChange[]> {
    return this.dataSource.manager.find(StanceChange, {
      where: { userId, threadId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Serialises one user's stance changes on one thread. A transaction-scoped advisory lock also
   * covers the very first stance, when there is no row yet to lock.
   */
  private async lockStance(
    manager: EntityManager,
    userId: string,
    threadId: string,
  ): Promise<StanceEntity | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `stance:${userId}:${threadId}`,
    ]);
    return manager.findOne(StanceEntity, { where: { userId, threadId } });
  }
}
