import { Injectable } from '@nestjs/common';
import { retryOnConflict } from '../../common/database/retry-on-conflict';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ThreadStatus } from '../../threads/thread-status.enum';
import { Thread } from '../../threads/thread.entity';
import { ThreadsService } from '../../threads/threads.service';
import { User } from '../../users/user.entity';
import { AppealsService } from '../appeals/appeals.service';
import { recordModAction } from '../../audit/record-mod-action';
import { AppealStatus, QueueItemKind, QueueItemStatus, ReportStatus } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { resolveArgumentItems, resolveQueueItems } from '../queue/open-queue-item';
import { assertImpartial } from '../review/assert-impartial';
import { QueueItem } from '../queue/queue-item.entity';
import { settleReports } from '../reports/settle-reports';
import { ThreadActivityKind } from '../../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../../realtime/thread-events';
import { PostingGate } from '../rules/posting-gate.service';
import { argumentTexts } from '../../arguments/argument-texts';
import { restoreArgument } from '../outcomes/restore-argument';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor, withReason } from '../../notifications/notify';
import { isVisible } from '../../arguments/argument-visibility';
import { threadIdOf } from '../../arguments/thread-of';
import {
  ModerateAction,
  ModerateInput,
  ModeratePayload,
  NEGATIVE_ACTIONS,
} from './dto/moderate.input';
import {
  BULK_ACTIONS,
  ModerateItemResult,
  ModerateItemsInput,
  ModerateItemsPayload,
} from './dto/moderate-items.input';
import { GraphQLError } from 'graphql';

const THREAD_ACTIONS = new Set([
  ModerateAction.LOCK_THREAD,
  ModerateAction.UNLOCK_THREAD,
  ModerateAction.SET_SLOW_MODE,
]);

/**
 * `moderate`: one entry point for every action on a queue item, an argument or a thread. Each
 * runs in one transaction with its counters, closes the queue items it settles, and writes the
 * moderation log. Nothing is ever deleted: statuses change, text stays.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealsService,
    private readonly gate: PostingGate,
    private readonly events: ThreadEvents,
    private readonly lifecycle: ArgumentLifecycle,
    private readonly threads: ThreadsService,
  ) {}

  async moderate(mod: User, input: ModerateInput): Promise<ModeratePayload> {
    if (!input.itemId && !input.argumentId && !input.threadId) {
      throw badInput('itemId', 'Give the itemId, argumentId or threadId to act on');
    }
    const reason = input.reason?.trim() || null;
    if (
      NEGATIVE_ACTIONS.has(input.action) &&
      !(input.action === ModerateAction.SET_SLOW_MODE && input.slowModeSeconds === 0) &&
      !reason
    ) {
      throw badInput('reason', `${input.action} needs a reason`);
    }
    // A moderator's edit of a held post must pass the BLOCK rules like anyone's text.
    if (input.body !== undefined) await this.gate.checkEdit(mod, argumentTexts(input.body));
    let wasVisible = false;
    // Run again when PostgreSQL aborts it as deadlocked against a post or a report in the thread.
    const payload: ModeratePayload = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const item = input.itemId ? await this.lockItem(manager, mod, input.itemId) : null;
        if (item?.kind === QueueItemKind.APPEAL) {
          const appeal = await this.appeals.decide(manager, mod, item, input.action, reason);
          return { item: await this.resolveItem(manager, item, mod, input.action), appeal };
        }
        if (THREAD_ACTIONS.has(input.action)) {
          const thread = await this.threadAction(manager, mod, input, item, reason);
          return { item, thread };
        }
        const argumentId = input.argumentId ?? item?.argumentId;
        if (!argumentId) throw badInput('argumentId', `${input.action} needs an argument`);
        const threadId = await threadIdOf(manager, argumentId);
        if (!threadId) throw notFound('Argument', argumentId);
        // The thread before the argument, the order a post takes them in (thread, then ancestors).
        await this.threads.lockRow(manager, threadId);
        const arg = await findById(manager, ArgumentEntity, argumentId, { lock: true });
        if (!arg) throw notFound('Argument', argumentId);
        if (arg.authorId === mod.id) throw forbidden('You cannot moderate your own argument');
        if (!item) await assertNotClaimedByOther(manager, mod, arg.id);
        wasVisible = isVisible(arg);
        const argument = await this.argumentAction(manager, mod, input, arg, reason);
        const resolved = item
          ? await manager.findOneOrFail(QueueItem, { where: { id: item.id } })
          : null;
        return { item: resolved, argument };
      }),
    );
    this.announce(payload, wasVisible);
    return payload;
  }

  /**
   * One action on many queue items: each item is decided in a transaction of its own, exactly as
   * `moderate` would (checks, claims, counters, log), so one refused item leaves the others
   * done. The input is checked as a whole first: nothing happens when it is bad.
   */
  async moderateItems(mod: User, input: ModerateItemsInput): Promise<ModerateItemsPayload> {
    if (!(BULK_ACTIONS as readonly ModerateAction[]).includes(input.action)) {
      throw badInput('action', `Bulk actions are ${BULK_ACTIONS.join(', ')}`);
    }
    if (NEGATIVE_ACTIONS.has(input.action) && !input.reason?.trim()) {
      throw badInput('reason', `${input.action} needs a reason`);
    }
    const results: ModerateItemResult[] = [];
    for (const itemId of input.itemIds) {
      try {
        const { item } = await this.moderate(mod, {
          itemId,
          action: input.action,
          reason: input.reason,
        });
        results.push({ itemId, ok: true, item: item ?? null, errorCode: null, errorMessage: null });
      } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        const code = typeof e.extensions.code === 'string' ? e.extensions.code : 'BAD_USER_INPUT';
        results.push({ itemId, ok: false, item: null, errorCode: code, errorMessage: e.message });
      }
    }
    return { results };
  }

  /** Live updates for what the action changed, once it has committed. */
  private announce(payload: ModeratePayload, wasVisible: boolean): void {
    const { argument, thread, appeal } = payload;
    if (thread) this.events.publish(thread.id, ThreadActivityKind.THREAD_UPDATED);
    if (argument) {
      const nowVisible = isVisible(argument);
      this.events.publishVisibility(argument.threadId, argument.id, wasVisible, nowVisible);
    }
    if (appeal?.status === AppealStatus.GRANTED && appeal.argumentId && payload.item?.threadId) {
      this.events.publish(
        payload.item.threadId,
        ThreadActivityKind.ARGUMENT_ADDED,
        appeal.argumentId,
      );
    }
  }

  /** The item, locked; refused when resolved, claimed by someone else, or about the moderator. */
  private async lockItem(manager: EntityManager, mod: User, itemId: string): Promise<QueueItem> {
    const item = await findById(manager, QueueItem, itemId, { lock: true });
    if (!item) throw notFound('QueueItem', itemId);
    if (item.status !== QueueItemStatus.OPEN) {
      throw conflict('This item has already been resolved', 'itemId');
    }
    if (item.claimedById && item.claimedById !== mod.id && item.claimedUntil! > new Date()) {
      throw conflict(
        `Another moderator claimed this item until ${item.claimedUntil!.toISOString()}`,
        'itemId',
      );
    }
    await assertImpartial(manager, mod, item);
    return item;
  }

  private async resolveItem(
    manager: EntityManager,
    item: QueueItem,
    mod: User,
    action: ModerateAction,
  ): Promise<QueueItem> {
    await resolveQueueItems(manager, { id: item.id }, mod.id, action as unknown as ModAction);
    return manager.findOneOrFail(QueueItem, { where: { id: item.id } });
  }

  private async argumentAction(
    manager: EntityManager,
    mod: User,
    input: ModerateInput,
    arg: ArgumentEntity,
    reason: string | null,
  ): Promise<ArgumentEntity> {
    const log = (
      action: ModAction,
      extra: { details?: string; before?: string; after?: string } = {},
    ) =>
      recordModAction(manager, {
        actorId: mod.id,
        action,
        targetType: ModTargetType.ARGUMENT,
        targetId: arg.id,
        threadId: arg.threadId,
        targetUserId: arg.authorId,
        reason,
        ...extra,
      });
    const settle = async (
      action: ModAction,
      reports: ReportStatus.UPHELD | ReportStatus.DISMISSED | ReportStatus.IGNORED,
    ) => {
      await settleReports(manager, arg.id, reports);
      // An edit still held aside keeps its own queue item for a moderator to decide.
      const held = await this.lifecycle.waitingEdit(manager, arg.id);
      await resolveArgumentItems(
        manager,
        arg.id,
        mod.id,
        action,
        held ? [QueueItemKind.PENDING_POST] : [],
      );
    };
    if ((input.body !== undefined || input.side) && input.action !== ModerateAction.APPROVE) {
      throw badInput('body', 'body and side go with APPROVE of a held or seeded post');
    }

    switch (input.action) {
      case ModerateAction.APPROVE: {
        const wasPublished = isVisible(arg);
        const heldEdit = await this.lifecycle.waitingEdit(manager, arg.id);
        const revised = await this.lifecycle.approve(manager, arg, mod.id, {
          body: input.body,
          side: input.side,
        });
        if (heldEdit) {
          await notifyAuthor(
            manager,
            arg,
            NotificationKind.ARGUMENT_APPROVED,
            'A moderator approved your edit: it is published',
          );
        } else if (!wasPublished) {
          await notifyAuthor(
            manager,
            arg,
            NotificationKind.ARGUMENT_APPROVED,
            'A moderator approved your argument: it is published',
          );
        }
        await settle(ModAction.APPROVE, ReportStatus.DISMISSED);
        // An appeal of the hiding has nothing left to decide.
        await this.appeals.lapse(manager, { argumentId: arg.id }, mod.id);
        await log(ModAction.APPROVE, revised);
        break;
      }
      case ModerateAction.REJECT: {
        if (await this.lifecycle.waitingEdit(manager, arg.id)) {
          await this.rejectEdit(manager, mod, arg, reason);
          break;
        }
        await this.lifecycle.reject(manager, arg, reason);
        await notifyAuthor(
          manager,
          arg,
          NotificationKind.ARGUMENT_REJECTED,
          withReason('A moderator turned down your post', reason),
        );
        await settle(ModAction.REJECT, ReportStatus.UPHELD);
        await log(ModAction.REJECT);
        break;
      }
      case ModerateAction.REMOVE: {
        await this.lifecycle.remove(manager, arg, reason);
        await notifyAuthor(
          manager,
          arg,
          NotificationKind.ARGUMENT_REMOVED,
          withReason('A moderator removed your argument', reason),
        );
        await settle(ModAction.REMOVE, ReportStatus.UPHELD);
        await log(ModAction.REMOVE);
        break;
      }
      case ModerateAction.RESTORE: {
        await restoreArgument(manager, this.lifecycle, mod.id, arg, reason);
        await this.appeals.lapse(manager, { argumentId: arg.id }, mod.id);
        break;
      }
      case ModerateAction.IGNORE: {
        const [{ open }]: { open: number }[] = await manager.query(
          `SELECT count(*)::int AS open FROM reports WHERE argument_id = $1 AND status = 'OPEN'`,
          [arg.id],
        );
        if (open === 0) throw badInput('action', 'The argument has no open reports to ignore');
        // Nobody agreed with the reports: an argument they hid is shown again.
        if (arg.status === ArgumentStatus.HIDDEN)
          await this.lifecycle.approve(manager, arg, mod.id, {}, true);
        await settle(ModAction.IGNORE, ReportStatus.IGNORED);
        await log(ModAction.IGNORE);
        break;
      }
      case ModerateAction.MARK_DUPLICATE: {
        if (!input.duplicateOfId)
          throw badInput('duplicateOfId', 'MARK_DUPLICATE needs duplicateOfId');
        const original = await findById(manager, ArgumentEntity, input.duplicateOfId);
        if (!original || original.threadId !== arg.threadId || original.id === arg.id) {
          throw badInput(
            'duplicateOfId',
            'duplicateOfId must be another argument in the same thread',
          );
        }
        await this.lifecycle.markDuplicate(manager, arg, original, reason);
        await notifyAuthor(
          manager,
          arg,
          NotificationKind.ARGUMENT_REMOVED,
          withReason('A moderator removed your argument as a duplicate', reason),
        );
        await settle(ModAction.MARK_DUPLICATE, ReportStatus.UPHELD);
        await log(ModAction.MARK_DUPLICATE, { details: `duplicate of ${original.id}` });
        break;
      }
      case ModerateAction.MOVE: {
        const newParent = await this.newParentFor(manager, arg, input);
        const from = arg.parentId ?? 'the motion';
        const moved = await this.lifecycle.move(manager, arg, newParent);
        await resolveArgumentItems(manager, arg.id, mod.id, ModAction.MOVE);
        await log(ModAction.MOVE, { details: `from ${from} to ${newParent?.id ?? 'the motion'}` });
        return moved;
      }
      default:
        throw badInput('action', `${input.action} does not apply to an argument`);
    }
    return manager.findOneOrFail(ArgumentEntity, { where: { id: arg.id } });
  }

  /**
   * REJECT of an edit held aside: the argument keeps its published version (and its status and
   * reports); the author learns why; the edit's queue item closes; the log keeps both texts.
   */
  private async rejectEdit(
    manager: EntityManager,
    mod: User,
    arg: ArgumentEntity,
    reason: string | null,
  ): Promise<void> {
    const held = await this.lifecycle.rejectEdit(manager, arg, mod.id, reason);
    await notifyAuthor(
      manager,
      arg,
      NotificationKind.ARGUMENT_REJECTED,
      withReason('A moderator turned down your edit; the published version stays', reason),
    );
    await resolveQueueItems(
      manager,
      { argumentId: arg.id, kind: QueueItemKind.PENDING_POST },
      mod.id,
      ModAction.REJECT,
    );
    await recordModAction(manager, {
      actorId: mod.id,
      action: ModAction.REJECT,
      targetType: ModTargetType.ARGUMENT,
      targetId: arg.id,
      threadId: arg.threadId,
      targetUserId: arg.authorId,
      reason,
      details: 'held edit turned down; the published version stays',
      before: arg.body,
      after: held.body,
    });
  }

  private async newParentFor(
    manager: EntityManager,
    arg: ArgumentEntity,
    input: ModerateInput,
  ): Promise<ArgumentEntity | null> {
    if (input.toMotion) {
      if (input.newParentId)
        throw badInput('newParentId', 'Give newParentId or toMotion, not both');
      if (!arg.parentId) throw badInput('toMotion', 'The argument is already on the motion');
      return null;
    }
    if (!input.newParentId) throw badInput('newParentId', 'MOVE needs newParentId or toMotion');
    const parent = await findById(manager, ArgumentEntity, input.newParentId);
    if (!parent || parent.threadId !== arg.threadId) {
      throw badInput('newParentId', 'newParentId must be an argument in the same thread');
    }
    if (parent.id === arg.id || parent.ancestorIds.includes(arg.id)) {
      throw badInput('newParentId', 'An argument cannot move under itself or its own replies');
    }
    if (parent.id === arg.parentId) throw badInput('newParentId', 'That is already its parent');
    return parent;
  }

  private async threadAction(
    manager: EntityManager,
    mod: User,
    input: ModerateInput,
    item: QueueItem | null,
    reason: string | null,
  ): Promise<Thread> {
    let threadId = input.threadId ?? item?.threadId ?? null;
    if (!threadId && input.argumentId) {
      threadId = await threadIdOf(manager, input.argumentId);
    }
    if (!threadId) throw badInput('threadId', `${input.action} needs a thread`);
    switch (input.action) {
      case ModerateAction.LOCK_THREAD:
        await this.threads.changeStatus(manager, mod.id, threadId, ThreadStatus.LOCKED, reason, [
          ThreadStatus.OPEN,
        ]);
        break;
      case ModerateAction.UNLOCK_THREAD:
        await this.threads.changeStatus(manager, mod.id, threadId, ThreadStatus.OPEN, reason, [
          ThreadStatus.LOCKED,
        ]);
        break;
      default:
        if (input.slowModeSeconds === undefined) {
          throw badInput('slowModeSeconds', 'SET_SLOW_MODE needs slowModeSeconds');
        }
        await this.threads.setSlowMode(manager, mod.id, threadId, input.slowModeSeconds, reason);
    }
    return manager.findOneOrFail(Thread, { where: { id: threadId } });
  }
}

/**
 * Acting by argumentId must respect a claim like acting by itemId does: another moderator's
 * live claim on any open item about the argument refuses the action.
 */
async function assertNotClaimedByOther(
  manager: EntityManager,
  mod: User,
  argumentId: string,
): Promise<void> {
  const [claimed]: { claimed_until: Date }[] = await manager.query(
    `SELECT claimed_until FROM moderation_queue_items
     WHERE argument_id = $1 AND status = 'OPEN' AND claimed_by_id IS NOT NULL
       AND claimed_by_id <> $2 AND claimed_until > now()
     LIMIT 1`,
    [argumentId, mod.id],
  );
  if (claimed) {
    throw conflict(
      `Another moderator claimed this argument's queue item until ${new Date(claimed.claimed_until).toISOString()}`,
      'argumentId',
    );
  }
}
