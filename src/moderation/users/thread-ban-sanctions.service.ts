import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { retryOnConflict } from '../../common/database/retry-on-conflict';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { NotificationKind } from '../../notifications/notification-kind';
import { notify, withReason } from '../../notifications/notify';
import { Thread } from '../../threads/thread.entity';
import { ThreadBan } from '../../threads/thread-ban.entity';
import { ThreadBansService } from '../../threads/thread-bans.service';
import { ThreadsService } from '../../threads/threads.service';
import { User } from '../../users/user.entity';
import { assertMaySanction } from './assert-may-sanction';
import { BanFromThreadInput } from './dto/thread-ban.input';

/**
 * Bans from one thread, as moderators give and lift them: checked like any sanction (not one's
 * own account, not an equal or higher role), written under the thread's lock by the owner of
 * `thread_bans`, logged publicly like a suspension, and told to the person.
 */
@Injectable()
export class ThreadBanSanctions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly bans: ThreadBansService,
  ) {}

  ban(mod: User, input: BanFromThreadInput): Promise<ThreadBan> {
    if (input.until && input.until.getTime() <= Date.now()) {
      throw badInput('until', 'until must be in the future');
    }
    const reason = input.reason.trim();
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        // The thread's exclusive lock: a post, vote, stance or report either sees the ban or
        // commits before it.
        await this.threads.lockRow(manager, input.threadId);
        const thread = await findById(manager, Thread, input.threadId);
        if (!thread) throw notFound('Thread', input.threadId);
        const user = await findById(manager, User, input.userId);
        if (!user) throw notFound('User', input.userId);
        assertMaySanction(mod, user);
        const ban = await this.bans.insert(manager, {
          threadId: thread.id,
          userId: user.id,
          bannedById: mod.id,
          reason,
          expiresAt: input.until ?? null,
        });
        await recordModAction(manager, {
          actorId: mod.id,
          action: ModAction.BAN_FROM_THREAD,
          targetType: ModTargetType.USER,
          targetId: user.id,
          threadId: thread.id,
          targetUserId: user.id,
          reason,
          expiresAt: ban.expiresAt,
          details: `ban ${ban.id}${ban.expiresAt ? '' : '; until lifted'}`,
        });
        const until = ban.expiresAt ? ` until ${ban.expiresAt.toISOString()}` : '';
        await notify(manager, [
          {
            recipientId: user.id,
            kind: NotificationKind.THREAD_BANNED,
            message: withReason(
              `A moderator banned you from the thread “${thread.motion}”${until}`,
              reason,
            ),
            threadId: thread.id,
          },
        ]);
        return ban;
      }),
    );
  }

  lift(mod: User, banId: string, reason: string | null): Promise<ThreadBan> {
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const found = await findById(manager, ThreadBan, banId);
        if (!found) throw notFound('ThreadBan', banId);
        await this.threads.lockRow(manager, found.threadId);
        const ban = await this.bans.lift(manager, banId, mod.id, reason);
        const thread = await manager.findOneByOrFail(Thread, { id: ban.threadId });
        await recordModAction(manager, {
          actorId: mod.id,
          action: ModAction.LIFT_THREAD_BAN,
          targetType: ModTargetType.USER,
          targetId: ban.userId,
          threadId: ban.threadId,
          targetUserId: ban.userId,
          reason,
          details: `ban ${ban.id}`,
        });
        await notify(manager, [
          {
            recipientId: ban.userId,
            kind: NotificationKind.THREAD_BAN_LIFTED,
            message: withReason(
              `A moderator lifted your ban from the thread “${thread.motion}”`,
              reason,
            ),
            threadId: ban.threadId,
          },
        ]);
        return ban;
      }),
    );
  }

  forThread(threadId: string, includeEnded: boolean): Promise<ThreadBan[]> {
    return this.bans.forThread(threadId, includeEnded);
  }

  forUser(userId: string): Promise<ThreadBan[]> {
    return this.bans.forUser(userId);
  }
}
