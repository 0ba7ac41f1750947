import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { ROLE_RANK } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { AppealsService } from '../appeals/appeals.service';
import { recordModAction } from '../../audit/record-mod-action';
import { liftSuspension } from '../outcomes/lift-suspension';
import { NotificationKind } from '../../notifications/notification-kind';
import { notify, withReason } from '../../notifications/notify';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { SuspendUserInput, Warning } from './dto/user-moderation.input';

/** Suspensions and warnings. Nobody acts on their own account or on an equal or higher role. */
@Injectable()
export class UserModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealsService,
    private readonly users: UsersService,
  ) {}

  suspend(mod: User, input: SuspendUserInput): Promise<User> {
    if (input.until && input.until.getTime() <= Date.now()) {
      throw badInput('until', 'until must be in the future');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockTarget(manager, mod, input.userId);
      const fields = {
        suspendedAt: new Date(),
        suspendedUntil: input.until ?? null,
        suspensionReason: input.reason.trim(),
      };
      await this.users.setSuspension(manager, user, fields);
      await recordModAction(manager, {
        actorId: mod.id,
        action: ModAction.SUSPEND_USER,
        targetType: ModTargetType.USER,
        targetId: user.id,
        targetUserId: user.id,
        reason: fields.suspensionReason,
        expiresAt: fields.suspendedUntil,
        details: fields.suspendedUntil ? undefined : 'permanent',
      });
      return Object.assign(user, fields);
    });
  }

  unsuspend(mod: User, userId: string, reason?: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockTarget(manager, mod, userId);
      if (!user.isSuspended()) throw badInput('userId', 'This account is not suspended');
      await this.appeals.lapse(manager, { suspendedUserId: user.id }, mod.id);
      return liftSuspension(manager, this.users, mod.id, user, reason?.trim() || null);
    });
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
    if (user.id === mod.id) throw forbidden('You cannot moderate your own account');
    if (ROLE_RANK[user.role] >= ROLE_RANK[mod.role]) {
      throw forbidden(
        `A ${mod.role.toLowerCase()} cannot act on a ${user.role.toLowerCase()}’s account`,
      );
    }
    return user;
  }
}
