import { EntityManager, IsNull } from 'typeorm';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import type { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { recordModAction } from '../../audit/record-mod-action';
import { Fallacy, QueueItemKind, ReportReason, ReportStatus } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { openQueueItem } from '../queue/open-queue-item';
import { Report } from './report.entity';

export const AUTO_HIDE_REASON = 'Hidden automatically while reports are reviewed';

export interface ReportFields {
  /** Locked by the caller, so reports on one argument apply one at a time. */
  argument: ArgumentEntity;
  /** Null for an automatic report. */
  reporterId: string | null;
  reason: ReportReason;
  fallacy?: Fallacy | null;
  duplicateOfId?: string | null;
  note?: string | null;
  weight: number;
}

/**
 * Files (or, for the same reporter or an open automatic one, replaces) a report with a snapshot of the argument's text,
 * sums the open reports into the argument's queue item, and hides the argument pending review
 * once that sum reaches the threshold (through the argument lifecycle's autoHide).
 */
export async function fileReport(
  manager: EntityManager,
  f: ReportFields,
  hiding: { threshold: number; lifecycle: ArgumentLifecycle },
): Promise<Report> {
  const fields = {
    reason: f.reason,
    fallacy: f.fallacy ?? null,
    duplicateOfId: f.duplicateOfId ?? null,
    note: f.note?.trim() || null,
    snapshot: f.argument.body,
    weight: f.weight,
    status: ReportStatus.OPEN,
    resolvedAt: null,
  };
  // A person has one report per argument; the rules keep one open automatic report, so an
  // author's edits refresh it rather than add weight until their own post hides.
  const existing = await manager.findOne(Report, {
    where: f.reporterId
      ? { reporterId: f.reporterId, argumentId: f.argument.id }
      : { reporterId: IsNull(), argumentId: f.argument.id, status: ReportStatus.OPEN },
  });
  let report: Report;
  if (existing) {
    await manager.update(Report, { id: existing.id }, fields);
    report = Object.assign(existing, fields);
  } else {
    report = await manager.save(
      manager.create(Report, { argumentId: f.argument.id, reporterId: f.reporterId, ...fields }),
    );
  }

  const [{ total, n }]: { total: number; n: number }[] = await manager.query(
    `SELECT coalesce(sum(weight), 0)::float8 AS total, count(*)::int AS n
     FROM reports WHERE argument_id = $1 AND status = 'OPEN'`,
    [f.argument.id],
  );
  await openQueueItem(manager, {
    kind: QueueItemKind.REPORTED,
    threadId: f.argument.threadId,
    argumentId: f.argument.id,
    weight: total,
    reportCount: n,
  });
  if (total >= hiding.threshold && f.argument.status === ArgumentStatus.PUBLISHED) {
    await hiding.lifecycle.autoHide(manager, f.argument, AUTO_HIDE_REASON);
    await recordModAction(manager, {
      actorId: null,
      action: ModAction.AUTO_HIDE,
      targetType: ModTargetType.ARGUMENT,
      targetId: f.argument.id,
      threadId: f.argument.threadId,
      targetUserId: f.argument.authorId,
      reason: `Open reports weigh ${total} (threshold ${hiding.threshold})`,
    });
  }
  return report;
}
