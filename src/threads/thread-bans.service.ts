import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, conflict, notFound } from '../common/errors/app-errors';
import { findById } from '../common/database/find-by-id';
import { loaderKey, scoped } from '../common/loaders/loader-key';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { MyThreadBan } from './dto/my-thread-ban.model';
import { ThreadBan } from './thread-ban.entity';
import { ThreadsService } from './threads.service';

/** A ban applies while not lifted and not past its expiry: compared with now(), no job. */
const ACTIVE = `lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now())`;

/** The reader's own ban per thread id, scoped by the reader. */
const MY_BAN = loaderKey<string, MyThreadBan | null>('threads.myBan');

export interface NewThreadBan {
  threadId: string;
  userId: string;
  bannedById: string;
  reason: string;
  expiresAt: Date | null;
}

/**
 * The owner of `thread_bans`. Every door where a person acts in a thread (posting, editing,
 * voting, a stance, a report) asks `assertNotBanned` after taking the thread's lock, and a ban is
 * written under the thread's exclusive lock, so the two are serialised: an action either sees
 * the ban or commits before it.
 */
@Injectable()
export class ThreadBansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
  ) {}

  /** Writes a ban; the caller holds the thread's row lock (ThreadsService.lockRow). */
  async insert(manager: EntityManager, ban: NewThreadBan): Promise<ThreadBan> {
    const [current] = await this.activeBans(manager, ban.userId, ban.threadId);
    if (current) {
      throw conflict(
        `This person is already banned from the thread${
          current.expiresAt ? ` until ${current.expiresAt.toISOString()}` : ''
        }; lift that ban first`,
        'userId',
      );
    }
    const { identifiers } = await manager.insert(ThreadBan, {
      ...ban,
      // The moment it is written under the thread's lock (not the transaction's start), so it
      // orders against the posts that came before it.
      createdAt: () => 'clock_timestamp()',
    });
    return manager.findOneByOrFail(ThreadBan, { id: String(identifiers[0].id) });
  }

  /** Ends a ban early; refused when it has already ended. The ban row is locked. */
  async lift(
    manager: EntityManager,
    banId: string,
    byId: string,
    reason: string | null,
  ): Promise<ThreadBan> {
    const ban = await findById(manager, ThreadBan, banId, { lock: true });
    if (!ban) throw notFound('ThreadBan', banId);
    if (!ban.isActive()) throw conflict('This ban has already ended', 'banId');
    Object.assign(ban, { liftedAt: new Date(), liftedById: byId, liftReason: reason });
    await manager.update(
      ThreadBan,
      { id: ban.id },
      { liftedAt: ban.liftedAt, liftedById: byId, liftReason: reason },
    );
    return ban;
  }

  /**
   * Refuses an action by a banned person in the thread: FORBIDDEN with `reason: THREAD_BANNED`
   * and the thread's id. Call it after taking the thread's lock (`lockRow` or `lockShared`).
   */
  async assertNotBanned(manager: EntityManager, userId: string, threadId: string): Promise<void> {
    const [ban] = await this.activeBans(manager, userId, threadId);
    if (!ban) return;
    const [{ motion }]: { motion: string }[] = await manager.query(
      `SELECT motion FROM threads WHERE id = $1`,
      [threadId],
    );
    const until = ban.expiresAt ? ` until ${ban.expiresAt.toISOString()}` : '';
    throw new AppError(
      'FORBIDDEN',
      `You are banned from the thread “${motion}”${until}: ${ban.reason}`,
      { reason: 'THREAD_BANNED', threadId, until: ban.expiresAt?.toISOString() ?? null },
    );
  }

  /**
   * Takes the thread's row in key-share mode, then checks for a ban: actions that do not post
   * (votes, stances, reports) run side by side, but never beside a ban being written.
   */
  async guard(manager: EntityManager, userId: string, threadId: string): Promise<void> {
    await this.threads.lockShared(manager, threadId);
    await this.assertNotBanned(manager, userId, threadId);
  }

  /**
   * The same check as a SQL condition, for a statement that composes owners' fragments (a vote):
   * true unless `user` is banned from the thread aliased `thread`. Its statement takes the
   * thread's row in key-share mode (`FOR KEY SHARE OF thread`).
   */
  notBannedSql(user: string, thread: string): string {
    return `NOT EXISTS (SELECT 1 FROM thread_bans b
      WHERE b.thread_id = ${thread}.id AND b.user_id = ${user} AND ${ACTIVE})`;
  }

  /** A thread's bans, newest first; only those that apply now unless `all`. */
  forThread(threadId: string, all: boolean): Promise<ThreadBan[]> {
    return this.dataSource.manager
      .createQueryBuilder(ThreadBan, 'b')
      .where('b.thread_id = :threadId', { threadId })
      .andWhere(all ? 'true' : ACTIVE)
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
  }

  /**
   * The reader's own ban in force in each thread asked for in this request, in one statement per
   * request tick (a thread list asks for many). The latest one if ever two overlap.
   */
  loadMine(loaders: RequestLoaders, userId: string, threadId: string): Promise<MyThreadBan | null> {
    return loaders
      .get(scoped(MY_BAN, userId), async (threadIds) => {
        const bans = await this.dataSource.manager
          .createQueryBuilder(ThreadBan, 'b')
          .where('b.user_id = :userId AND b.thread_id IN (:...threadIds)', {
            userId,
            threadIds: [...threadIds],
          })
          .andWhere(ACTIVE)
          .orderBy('b.created_at', 'ASC')
          .getMany();
        // Oldest first, so the newest ban of a thread is the one left in the map.
        const byThread = new Map(bans.map((b) => [b.threadId, b]));
        return threadIds.map((id) => {
          const ban = byThread.get(id);
          return ban ? { reason: ban.reason, until: ban.expiresAt, since: ban.createdAt } : null;
        });
      })
      .load(threadId);
  }

  /** A person's bans in every thread, newest first (the person view). */
  forUser(userId: string): Promise<ThreadBan[]> {
    return this.dataSource.manager.find(ThreadBan, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  private activeBans(manager: EntityManager, userId: string, threadId: string) {
    return manager
      .createQueryBuilder(ThreadBan, 'b')
      .where('b.thread_id = :threadId AND b.user_id = :userId', { threadId, userId })
      .andWhere(ACTIVE)
      .getMany();
  }
}
