import { EntityManager } from 'typeorm';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { changeArgumentStatus } from '../../arguments/change-argument-status';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor, withReason } from '../../notifications/notify';
import { recordModAction } from '../log/record-mod-action';
import { ModAction, ModTargetType } from '../moderation-enums';
import { resolveArgumentItems } from '../queue/open-queue-item';
import { reverseUpheldReports } from '../reports/settle-reports';

/**
 * Publishes a removed, hidden or rejected argument again (a RESTORE, or a granted appeal): no
 * longer a duplicate, its reports (open or upheld) dismissed, its queue items closed, the log written.
 */
export async function restoreArgument(
  manager: EntityManager,
  moderatorId: string,
  arg: ArgumentEntity,
  reason: string | null,
): Promise<void> {
  await manager.update(ArgumentEntity, { id: arg.id }, { duplicateOfId: null });
  arg.duplicateOfId = null;
  await changeArgumentStatus(manager, arg, ArgumentStatus.PUBLISHED, null);
  await notifyAuthor(
    manager,
    arg,
    NotificationKind.ARGUMENT_RESTORED,
    withReason('A moderator published your argument again', reason),
  );
  await reverseUpheldReports(manager, arg.id);
  await resolveArgumentItems(manager, arg.id, moderatorId, ModAction.RESTORE);
  await recordModAction(manager, {
    actorId: moderatorId,
    action: ModAction.RESTORE,
    targetType: ModTargetType.ARGUMENT,
    targetId: arg.id,
    threadId: arg.threadId,
    targetUserId: arg.authorId,
    reason,
  });
}
