import { EntityManager } from 'typeorm';
import type { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor, withReason } from '../../notifications/notify';
import { resolveArgumentItems } from '../queue/open-queue-item';
import { QueueItemKind } from '../moderation-enums';
import { reverseUpheldReports } from '../reports/settle-reports';

/**
 * Publishes a removed, hidden or rejected argument again (a RESTORE, or a granted appeal): no
 * longer a duplicate, its reports (open or upheld) dismissed, its queue items closed, the log written.
 */
export async function restoreArgument(
  manager: EntityManager,
  lifecycle: ArgumentLifecycle,
  moderatorId: string,
  arg: ArgumentEntity,
  reason: string | null,
): Promise<void> {
  await lifecycle.restore(manager, arg);
  await notifyAuthor(
    manager,
    arg,
    NotificationKind.ARGUMENT_RESTORED,
    withReason('A moderator published your argument again', reason),
  );
  await reverseUpheldReports(manager, arg.id);
  // An edit held aside on a hidden argument is not decided by restoring it.
  const held = await lifecycle.waitingEdit(manager, arg.id);
  const except = held ? [QueueItemKind.PENDING_POST] : [];
  await resolveArgumentItems(manager, arg.id, moderatorId, ModAction.RESTORE, except);
  await logRestore(manager, moderatorId, arg, reason);
}

/**
 * The mod-log entry of an argument brought back: by a RESTORE, a granted appeal, or a lifted
 * suspension (`details` says how, e.g. back in the queue rather than published).
 */
export function logRestore(
  manager: EntityManager,
  moderatorId: string,
  arg: ArgumentEntity,
  reason: string | null,
  details?: string,
): Promise<string> {
  return recordModAction(manager, {
    actorId: moderatorId,
    action: ModAction.RESTORE,
    targetType: ModTargetType.ARGUMENT,
    targetId: arg.id,
    threadId: arg.threadId,
    targetUserId: arg.authorId,
    reason,
    details,
  });
}
