import { EntityManager, In, IsNull } from 'typeorm';
import type { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor, withReason } from '../../notifications/notify';
import type { ThreadsService } from '../../threads/threads.service';
import { openQueueItem, resolveArgumentItems } from '../queue/open-queue-item';
import { QueueItemKind, ReportStatus } from '../moderation-enums';
import { settleReports } from '../reports/settle-reports';
import { logRestore, restoreArgument } from './restore-argument';
import { SuspensionRemoval } from './suspension-removal.entity';

/** What a suspension-with-removal takes down: whatever of the person's readers see or may see. */
// eslint-disable-next-line no-restricted-syntax -- the states the `remove` transition starts from
const REMOVABLE = [ArgumentStatus.PUBLISHED, ArgumentStatus.HIDDEN, ArgumentStatus.PENDING];

export interface ContentDeps {
  lifecycle: ArgumentLifecycle;
  threads: ThreadsService;
}

/**
 * The person's arguments a suspension would remove, locked in the documented order: every
 * thread they are in (in id order, one statement), then the arguments (in id order). Call it
 * before locking the account, as a post and a vote take the thread, the argument, then the user.
 */
export async function lockRemovableContent(
  manager: EntityManager,
  threads: ThreadsService,
  userId: string,
): Promise<ArgumentEntity[]> {
  const rows: { id: string; thread_id: string }[] = await manager.query(
    `SELECT id, thread_id FROM arguments WHERE author_id = $1 AND status::text = ANY($2::text[])`,
    [userId, REMOVABLE],
  );
  return lockArguments(manager, threads, rows);
}

/**
 * Removes the locked arguments with the suspension's reason, each through the lifecycle
 * (counters, reputation, its reports upheld, its queue items closed, a REMOVE in the log, its
 * author told), and records which ones this suspension removed. Returns how many.
 */
export async function removeSuspendedContent(
  manager: EntityManager,
  deps: ContentDeps,
  moderatorId: string,
  suspension: { userId: string; suspendedAt: Date; reason: string },
  locked: ArgumentEntity[],
): Promise<number> {
  let removed = 0;
  for (const arg of locked) {
    if (!REMOVABLE.includes(arg.status)) continue;
    const statusBefore = arg.status;
    await deps.lifecycle.remove(manager, arg, suspension.reason);
    await settleReports(manager, arg.id, ReportStatus.UPHELD);
    await resolveArgumentItems(manager, arg.id, moderatorId, ModAction.REMOVE);
    const removalLogId = await recordModAction(manager, {
      actorId: moderatorId,
      action: ModAction.REMOVE,
      targetType: ModTargetType.ARGUMENT,
      targetId: arg.id,
      threadId: arg.threadId,
      targetUserId: arg.authorId,
      reason: suspension.reason,
      details: 'removed with its author’s suspension',
    });
    await notifyAuthor(
      manager,
      arg,
      NotificationKind.ARGUMENT_REMOVED,
      withReason('A moderator suspended your account and removed your argument', suspension.reason),
    );
    await manager.insert(SuspensionRemoval, {
      userId: suspension.userId,
      suspendedAt: suspension.suspendedAt,
      argumentId: arg.id,
      statusBefore,
      removalLogId,
      restoredAt: null,
    });
    removed += 1;
  }
  return removed;
}

/** A suspension replaced by a new one (a moderator suspends again) keeps its removals with it. */
export async function carryRemovals(
  manager: EntityManager,
  userId: string,
  from: Date,
  to: Date,
): Promise<void> {
  await manager.update(
    SuspensionRemoval,
    { userId, suspendedAt: from, restoredAt: IsNull() },
    { suspendedAt: to },
  );
}

/** The arguments the person's current suspension removed and not yet restored, locked in order. */
export async function lockSuspendedContent(
  manager: EntityManager,
  threads: ThreadsService,
  user: { id: string; suspendedAt: Date | null },
): Promise<{ removals: SuspensionRemoval[]; locked: ArgumentEntity[] }> {
  if (!user.suspendedAt) return { removals: [], locked: [] };
  const removals = await manager.find(SuspensionRemoval, {
    where: { userId: user.id, suspendedAt: user.suspendedAt, restoredAt: IsNull() },
  });
  if (removals.length === 0) return { removals, locked: [] };
  const rows: { id: string; thread_id: string }[] = await manager.query(
    `SELECT id, thread_id FROM arguments WHERE id = ANY($1::uuid[])`,
    [removals.map((r) => r.argumentId)],
  );
  return { removals, locked: await lockArguments(manager, threads, rows) };
}

/**
 * Lifting the suspension (directly or by a granted appeal): each argument it removed comes back
 * as it was — published (a hidden one too, as RESTORE does) or, a held post, to the queue —
 * unless someone has acted on it since (its last log entry is no longer this removal). Returns
 * how many came back and how many were left as they are.
 */
export async function restoreSuspendedContent(
  manager: EntityManager,
  deps: ContentDeps,
  moderatorId: string,
  reason: string,
  content: { removals: SuspensionRemoval[]; locked: ArgumentEntity[] },
): Promise<{ restored: number; kept: number }> {
  const byId = new Map(content.locked.map((a) => [a.id, a]));
  const lastEntries: { target_id: string; id: string }[] = content.removals.length
    ? await manager.query(
        `SELECT DISTINCT ON (target_id) target_id, id FROM mod_log
         WHERE target_type = 'ARGUMENT' AND target_id = ANY($1::uuid[])
         ORDER BY target_id, created_at DESC`,
        [content.removals.map((r) => r.argumentId)],
      )
    : [];
  const last = new Map(lastEntries.map((e) => [e.target_id, e.id]));
  let restored = 0;
  for (const removal of content.removals) {
    const arg = byId.get(removal.argumentId);
    const untouched =
      arg?.status === ArgumentStatus.REMOVED && last.get(arg.id) === removal.removalLogId;
    if (!arg || !untouched) continue;
    if (removal.statusBefore === ArgumentStatus.PENDING) {
      await requeue(manager, deps.lifecycle, moderatorId, arg, reason);
    } else {
      await restoreArgument(manager, deps.lifecycle, moderatorId, arg, reason);
    }
    await manager.update(SuspensionRemoval, { id: removal.id }, { restoredAt: new Date() });
    restored += 1;
  }
  return { restored, kept: content.removals.length - restored };
}

/** A held post the suspension removed waits for a moderator again, as it did before. */
async function requeue(
  manager: EntityManager,
  lifecycle: ArgumentLifecycle,
  moderatorId: string,
  arg: ArgumentEntity,
  reason: string,
): Promise<void> {
  await lifecycle.requeue(manager, arg);
  await openQueueItem(manager, {
    kind: QueueItemKind.PENDING_POST,
    threadId: arg.threadId,
    argumentId: arg.id,
    note: 'Back in the queue: the suspension that removed it was lifted',
  });
  await notifyAuthor(
    manager,
    arg,
    NotificationKind.ARGUMENT_HELD,
    'Your suspension was lifted: your held post waits for a moderator again',
  );
  await logRestore(
    manager,
    moderatorId,
    arg,
    reason,
    'back in the queue, as before the suspension',
  );
}

async function lockArguments(
  manager: EntityManager,
  threads: ThreadsService,
  rows: { id: string; thread_id: string }[],
): Promise<ArgumentEntity[]> {
  if (rows.length === 0) return [];
  await threads.lockRows(
    manager,
    rows.map((r) => r.thread_id),
  );
  return manager
    .createQueryBuilder(ArgumentEntity, 'a')
    .where({ id: In(rows.map((r) => r.id)) })
    .orderBy('a.id')
    .setLock('pessimistic_write')
    .getMany();
}
