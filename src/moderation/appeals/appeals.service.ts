import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuthService } from '../../auth/auth.service';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-errors';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { uniqueViolation } from '../../common/database/unique-violation';
import { findById } from '../../common/database/find-by-id';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ROLE_RANK } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { recordModAction } from '../../audit/record-mod-action';
import { AppealStatus, QueueItemKind } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { restoreArgument } from '../outcomes/restore-argument';
import { liftSuspension } from '../outcomes/lift-suspension';
import { lockSuspendedContent, restoreSuspendedContent } from '../outcomes/suspension-content';
import { ThreadsService } from '../../threads/threads.service';
import { openQueueItem, resolveQueueItems } from '../queue/open-queue-item';
import { QueueItem } from '../queue/queue-item.entity';
import { Appeal } from './appeal.entity';
import { NotificationKind } from '../../notifications/notification-kind';
import { notify, withReason } from '../../notifications/notify';
import {
  AppealRemovalInput,
  AppealSuspensionInput,
  SuspensionCredentialsInput,
} from './dto/appeal.input';
import { Suspension } from './dto/suspension.model';

/** Decisions an author may appeal: a removal, a rejection, or being hidden on reports. */
const APPEALABLE = [ArgumentStatus.REMOVED, ArgumentStatus.REJECTED, ArgumentStatus.HIDDEN];

/** Once per decision, the person affected may appeal; a different moderator decides. */
@Injectable()
export class AppealsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly lifecycle: ArgumentLifecycle,
    private readonly users: UsersService,
    private readonly threads: ThreadsService,
  ) {}

  /** Batches appeal look-ups made while resolving one request. */
  load(loaders: RequestLoaders, id: string): Promise<Appeal | null> {
    return loaders.byId(this.dataSource.manager, Appeal, id);
  }

  async appealRemoval(actor: User, input: AppealRemovalInput): Promise<Appeal> {
    return this.create(async (manager) => {
      const arg = await findById(manager, ArgumentEntity, input.argumentId);
      if (!arg) throw notFound('Argument', input.argumentId);
      if (arg.authorId !== actor.id) throw forbidden('Only its author can appeal a removal');
      if (!APPEALABLE.includes(arg.status)) {
        throw badInput('argumentId', 'Only a removed, rejected or hidden argument can be appealed');
      }
      const actedById = await this.lastActor(manager, arg.id, [
        ModAction.REMOVE,
        ModAction.MARK_DUPLICATE,
        ModAction.REJECT,
        ModAction.AUTO_HIDE,
      ]);
      const appeal = await manager.save(
        manager.create(Appeal, {
          appellantId: actor.id,
          argumentId: arg.id,
          actedById,
          message: input.message.trim(),
        }),
      );
      await openQueueItem(manager, {
        kind: QueueItemKind.APPEAL,
        threadId: arg.threadId,
        argumentId: arg.id,
        appealId: appeal.id,
      });
      return appeal;
    });
  }

  async appealSuspension(input: AppealSuspensionInput, ip: string): Promise<Appeal> {
    const user = await this.suspendedAccount(input, ip);
    return this.create(async (manager) => {
      const actedById = await this.lastActor(manager, user.id, [ModAction.SUSPEND_USER]);
      const appeal = await manager.save(
        manager.create(Appeal, {
          appellantId: user.id,
          suspendedAt: user.suspendedAt,
          actedById,
          message: input.message.trim(),
        }),
      );
      await openQueueItem(manager, {
        kind: QueueItemKind.APPEAL,
        threadId: null,
        appealId: appeal.id,
      });
      return appeal;
    });
  }

  /** What a suspended person, who cannot sign in, may know: the suspension and their appeal. */
  async suspensionOf(input: SuspensionCredentialsInput, ip: string): Promise<Suspension> {
    const user = await this.suspendedAccount(input, ip);
    const appeal = await this.dataSource.manager.findOne(Appeal, {
      where: { appellantId: user.id, argumentId: IsNull(), suspendedAt: user.suspendedAt! },
    });
    return {
      suspendedAt: user.suspendedAt!,
      until: user.suspendedUntil,
      reason: user.suspensionReason,
      appeal,
    };
  }

  private async suspendedAccount(input: SuspensionCredentialsInput, ip: string): Promise<User> {
    const user = await this.auth.verifyCredentials(input.login, input.password, ip);
    if (!user.isSuspended()) throw badInput('login', 'This account is not suspended');
    return user;
  }

  /**
   * Decides an appeal from its queue item: APPROVE grants it (the argument is restored or the
   * suspension lifted), REJECT denies it. Neither the appellant nor the moderator who made the
   * decision under appeal may decide it.
   */
  async decide(
    manager: EntityManager,
    mod: User,
    item: QueueItem,
    action: string,
    reason: string | null,
  ): Promise<Appeal> {
    const appeal = await findById(manager, Appeal, item.appealId!, { lock: true });
    if (!appeal) throw notFound('Appeal', item.appealId!);
    // Who may not decide it (the appellant, the moderator who acted) was checked with the item.
    if (action !== 'APPROVE' && action !== 'REJECT') {
      throw badInput('action', 'An appeal is decided with APPROVE (grant) or REJECT (deny)');
    }
    if (!appeal.argumentId) await assertOutranks(manager, mod, appeal.appellantId);
    if (!(await this.stillStands(manager, appeal))) {
      // A suspension that has run out: nothing is left to grant or deny.
      Object.assign(appeal, {
        status: AppealStatus.LAPSED,
        decidedById: mod.id,
        decidedAt: new Date(),
      });
      return manager.save(appeal);
    }
    const granted = action === 'APPROVE';
    if (granted) await this.undo(manager, mod, appeal, reason);
    Object.assign(appeal, {
      status: granted ? AppealStatus.GRANTED : AppealStatus.DENIED,
      decidedById: mod.id,
      decisionReason: reason,
      decidedAt: new Date(),
    });
    await manager.save(appeal);
    await notify(manager, [
      {
        recipientId: appeal.appellantId,
        kind: granted ? NotificationKind.APPEAL_GRANTED : NotificationKind.APPEAL_DENIED,
        message: withReason(`A moderator ${granted ? 'granted' : 'denied'} your appeal`, reason),
        argumentId: appeal.argumentId,
        threadId: item.threadId,
      },
    ]);
    await recordModAction(manager, {
      actorId: mod.id,
      action: granted ? ModAction.GRANT_APPEAL : ModAction.DENY_APPEAL,
      targetType: ModTargetType.APPEAL,
      targetId: appeal.id,
      threadId: item.threadId,
      targetUserId: appeal.appellantId,
      reason,
    });
    return appeal;
  }

  /**
   * Closes the open appeals of a decision that has just been reversed by other means (a
   * moderator restored the argument, or lifted the suspension), with their queue items.
   */
  async lapse(
    manager: EntityManager,
    decision: { argumentId: string } | { suspendedUserId: string },
    byId: string,
  ): Promise<void> {
    const open = await manager.find(Appeal, {
      where:
        'argumentId' in decision
          ? { argumentId: decision.argumentId, status: AppealStatus.OPEN }
          : {
              appellantId: decision.suspendedUserId,
              argumentId: IsNull(),
              status: AppealStatus.OPEN,
            },
    });
    if (open.length === 0) return;
    const ids = open.map((a) => a.id);
    await manager.update(
      Appeal,
      { id: In(ids) },
      { status: AppealStatus.LAPSED, decidedById: byId, decidedAt: new Date() },
    );
    await resolveQueueItems(manager, { appealId: In(ids) }, byId, null);
  }

  /** Whether the decision under appeal still stands: the removal, or that same suspension. */
  private async stillStands(manager: EntityManager, appeal: Appeal): Promise<boolean> {
    if (appeal.argumentId) {
      const arg = await findById(manager, ArgumentEntity, appeal.argumentId);
      return !!arg && APPEALABLE.includes(arg.status);
    }
    const user = await findById(manager, User, appeal.appellantId);
    return !!user?.isSuspended() && user.suspendedAt?.getTime() === appeal.suspendedAt?.getTime();
  }

  mine(user: User): Promise<Appeal[]> {
    return this.dataSource.manager.find(Appeal, {
      where: { appellantId: user.id },
      order: { createdAt: 'DESC' },
    });
  }

  /** Reverses the appealed decision. */
  private async undo(
    manager: EntityManager,
    mod: User,
    appeal: Appeal,
    reason: string | null,
  ): Promise<void> {
    if (appeal.argumentId) {
      const arg = await findById(manager, ArgumentEntity, appeal.argumentId, { lock: true });
      if (arg && APPEALABLE.includes(arg.status)) {
        await restoreArgument(manager, this.lifecycle, mod.id, arg, reason ?? 'Appeal granted');
      }
      return;
    }
    // What the suspension removed is locked (threads, then arguments) before the account.
    const target = await findById(manager, User, appeal.appellantId);
    const sameSuspension = (u: User | null) =>
      !!u && u.suspendedAt?.getTime() === appeal.suspendedAt?.getTime();
    if (!sameSuspension(target)) return;
    const content = await lockSuspendedContent(manager, this.threads, target!);
    const user = await findById(manager, User, appeal.appellantId, { lock: true });
    if (!sameSuspension(user)) return;
    const why = reason ?? 'Appeal granted';
    const deps = { lifecycle: this.lifecycle, threads: this.threads };
    const { restored } = await restoreSuspendedContent(manager, deps, mod.id, why, content);
    await liftSuspension(manager, this.users, mod.id, user!, why, restored);
  }

  /** Who made the latest decision of these kinds about a target (null if nobody did). */
  private async lastActor(
    manager: EntityManager,
    targetId: string,
    actions: ModAction[],
  ): Promise<string | null> {
    const [row]: { actor_id: string | null }[] = await manager.query(
      `SELECT actor_id FROM mod_log WHERE target_id = $1 AND action::text = ANY($2::text[])
       ORDER BY created_at DESC LIMIT 1`,
      [targetId, actions],
    );
    return row?.actor_id ?? null;
  }

  /** One appeal per decision: the unique index turns a second one into CONFLICT. */
  private async create(work: (manager: EntityManager) => Promise<Appeal>): Promise<Appeal> {
    try {
      return await this.dataSource.transaction(work);
    } catch (e) {
      if (uniqueViolation(e)) {
        throw conflict('You have already appealed this decision');
      }
      throw e;
    }
  }
}

/** A suspension appeal is decided by someone who could have lifted the suspension directly. */
async function assertOutranks(manager: EntityManager, mod: User, appellantId: string) {
  const appellant = await findById(manager, User, appellantId);
  if (appellant && ROLE_RANK[appellant.role] >= ROLE_RANK[mod.role]) {
    throw forbidden(
      `A ${mod.role.toLowerCase()} cannot act on a ${appellant.role.toLowerCase()}’s account`,
    );
  }
}
