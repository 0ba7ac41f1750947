import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors/app-errors';
import { retryOnConflict } from '../../common/database/retry-on-conflict';
import { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ThreadsService } from '../../threads/threads.service';
import {
  carryRemovals,
  ContentDeps,
  lockRemovableContent,
  lockSuspendedContent,
  removeSuspendedContent,
  restoreSuspendedContent,
} from '../outcomes/suspension-content';
import { assertMaySanction } from './assert-may-sanction';
import { findById } from '../../common/database/find-by-id';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { AppealsService } from '../appeals/appeals.service';
import { recordModAction } from '../../audit/record-mod-action';
import { liftSuspension } from '../outcomes/lift-suspension';
import { NotificationKind } from '../../notifications/notification-kind';
import { notify, withReason } from '../../notifications/notify';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { SuspendUserInput, Warning } from './dto/user-moderation.input';

/** A suspension's change, with how many arguments it removed or brought back. */
export interface SuspensionOutcome {
  user: User;
  removed?: number | null;
  restored?: number | null;
}

/** Suspensions and warnings. Nobody acts on their own account or on an equal or higher role. */
@Injectable()
export class UserModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealsService,
    private readonly users: UsersService,
    private readonly threads: ThreadsService,
    lifecycle: ArgumentLifecycle,
  ) {
    this.contentDeps = { lifecycle, threads };
  }

  private readonly contentDeps: ContentDeps;

  /**
   * Suspends an account; with `removeContent`, also removes every argument of theirs readers
   * see or may see (published, hidden, held), as one sanction that lifting restores. The
   * threads and arguments are locked first (in id order), the account last: the order posts,
   * votes and moderator actions take them in.
   */
  suspend(mod: User, input: SuspendUserInput): Promise<SuspensionOutcome> {
    if (input.until && input.until.getTime() <= Date.now()) {
      throw badInput('until', 'until must be in the future');
    }
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        await this.checkTarget(manager, mod, input.userId);
        const content = input.removeContent
          ? await lockRemovableContent(manager, this.threads, input.userId)
          : [];
        const user = await this.lockTarget(manager, mod, input.userId);
        const fields = {
          suspendedAt: new Date(),
          suspendedUntil: input.until ?? null,
          suspensionReason: input.reason.trim(),
        };
        const earlier = user.isSuspended() ? user.suspendedAt : null;
        await this.users.setSuspension(manager, user, fields);
        if (earlier) await carryRemovals(manager, user.id, earlier, fields.suspendedAt);
        const removed = await removeSuspendedContent(
          manager,
          this.contentDeps,
          mod.id,
          { userId: user.id, suspendedAt: fields.suspendedAt, reason: fields.suspensionReason },
          content,
        );
        const details = [
          fields.suspendedUntil ? null : 'permanent',
          input.removeContent ? `${removed} argument${removed === 1 ? '' : 's'} removed` : null,
        ].filter(Boolean);
        await recordModAction(manager, {
          actorId: mod.id,
          action: ModAction.SUSPEND_USER,
          targetType: ModTargetType.USER,
          targetId: user.id,
          targetUserId: user.id,
          reason: fields.suspensionReason,
          expiresAt: fields.suspendedUntil,
          details: details.length ? details.join('; ') : undefined,
        });
        return { user: Object.assign(user, fields), removed: input.removeContent ? removed : null };
      }),
    );
  }

  /** Lifts a suspension; the arguments it removed come back (those nobody acted on since). */
  unsuspend(mod: User, userId: string, reason?: string): Promise<SuspensionOutcome> {
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const target = await this.checkTarget(manager, mod, userId);
        if (!target.isSuspended()) throw badInput('userId', 'This account is not suspended');
        const content = await lockSuspendedContent(manager, this.threads, target);
        const user = await this.lockTarget(manager, mod, userId);
        if (user.suspendedAt?.getTime() !== target.suspendedAt?.getTime()) {
          throw conflict('The suspension changed meanwhile; try again', 'userId');
        }
        const why = reason?.trim() || null;
        const { restored } = await restoreSuspendedContent(
          manager,
          this.contentDeps,
          mod.id,
          why ?? 'Suspension lifted',
          content,
        );
        await this.appeals.lapse(manager, { suspendedUserId: user.id }, mod.id);
        await liftSuspension(manager, this.users, mod.id, user, why, restored);
        return { user, restored };
      }),
    );
  }

  warn(mod: User, userId: string, reason: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockTarget(manager, mod, userId);
      await recordModAction(manager, {
        actorId: mod.id,
        action: ModAction.WARN_USER,
        targetType: ModTargetType.USER,
        targetId: user.id,
        targetUserId: user.id,
        reason: reason.trim(),
      });
      await notify(manager, [
        {
          recipientId: user.id,
          kind: NotificationKind.WARNING,
          message: withReason('A moderator warned you', reason.trim()),
        },
      ]);
      return user;
    });
  }

  /** The warnings a user has received, newest first. */
  async warnings(userId: string): Promise<Warning[]> {
    return this.dataSource.query(
      `SELECT reason, created_at AS "createdAt" FROM mod_log
       WHERE target_user_id = $1 AND action = 'WARN_USER' ORDER BY created_at DESC`,
      [userId],
    );
  }

  private async lockTarget(manager: EntityManager, mod: User, userId: string): Promise<User> {
    const user = await findById(manager, User, userId, { lock: true });
    if (!user) throw notFound('User', userId);
    assertMaySanction(mod, user);
    return user;
  }

  /** The account, unlocked, checked like lockTarget: before locking what it wrote. */
  private async checkTarget(manager: EntityManager, mod: User, userId: string): Promise<User> {
    const user = await findById(manager, User, userId);
    if (!user) throw notFound('User', userId);
    assertMaySanction(mod, user);
    return user;
  }
}
