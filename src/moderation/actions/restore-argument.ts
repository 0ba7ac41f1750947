import { EntityManager } from 'typeorm';
import type { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { ReportStatus } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { resolveArgumentItems } from '../queue/open-queue-item';
import { settleReports } from '../reports/settle-reports';

/**
 * Publishes a removed, hidden or rejected argument again (a RESTORE, or a granted appeal): no
 * longer a duplicate, its open reports dismissed, its queue items closed, the log written.
 */
export async function restoreArgument(
  manager: EntityManager,
  lifecycle: ArgumentLifecycle,
  moderatorId: string,
  arg: ArgumentEntity,
  reason: string | null,
): Promise<void> {
  await lifecycle.restore(manager, arg);
  await settleReports(manager, arg.id, ReportStatus.DISMISSED);
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
