import { EntityManager, IsNull } from 'typeorm';
import { conflict } from '../../common/errors/app-errors';
import { ArgumentEntity } from '../../arguments/argument.entity';
import type { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { recordModAction } from '../../audit/record-mod-action';
import { Fallacy, QueueItemKind, ReportReason, ReportStatus } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { openQueueItem } from '../queue/open-queue-item';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor } from '../../notifications/notify';
import { Report } from './report.entity';
import { isVisible } from '../../arguments/argument-visibility';

export const AUTO_HIDE_REASON = 'Hidden automatically while reports are reviewed';

/**
 * An established member's argument hides only once reports by accounts past NEW weigh at least
 * this share of the threshold: fresh accounts alone, however many, only put it in the queue.
 */
export const ESTABLISHED_SHARE = 0.5;

/**
 * Whether a moderator approved or restored the argument after its last edit: reports then
 * queue it for another look but no longer hide it, so nobody can undo that decision by
 * reporting again.
 */
async function clearedByModerator(manager: EntityManager, arg: ArgumentEntity): Promise<boolean> {
  const [row]: { at: Date | null }[] = await manager.query(
    `SELECT max(created_at) AS at FROM mod_log
     WHERE target_id = $1 AND action IN ('APPROVE', 'RESTORE') AND actor_id IS NOT NULL`,
    [arg.id],
  );
  if (!row?.at) return false;
  return !arg.editedAt || new Date(row.at) >= arg.editedAt;
}

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
  /** The reporter's account is still NEW (see `mayHide`). */
  reporterNew?: boolean;
  /** The argument's author is past NEW: reports by NEW accounts alone cannot hide it. */
  authorEstablished?: boolean;
}

/** Closed reports a reporter cannot reopen on the same text: a moderator has ruled on them. */
const RULED = [ReportStatus.DISMISSED, ReportStatus.IGNORED];

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
    reporterNew: f.reporterNew ?? false,
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
  if (existing && RULED.includes(existing.status) && existing.snapshot === f.argument.body) {
    throw conflict(
      'A moderator has already reviewed this argument after your report; report it again if its text changes',
      'argumentId',
    );
  }
  let report: Report;
  if (existing) {
    await manager.update(Report, { id: existing.id }, fields);
    report = Object.assign(existing, fields);
  } else {
    report = await manager.save(
      manager.create(Report, { argumentId: f.argument.id, reporterId: f.reporterId, ...fields }),
    );
  }

  const [{ total, n, established }]: { total: number; n: number; established: number }[] =
    await manager.query(
      `SELECT coalesce(sum(weight), 0)::float8 AS total, count(*)::int AS n,
              coalesce(sum(weight) FILTER (WHERE NOT reporter_new), 0)::float8 AS established
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
  if (
    total >= hiding.threshold &&
    isVisible(f.argument) &&
    (!f.authorEstablished || established >= hiding.threshold * ESTABLISHED_SHARE) &&
    !(await clearedByModerator(manager, f.argument))
  ) {
    await hiding.lifecycle.autoHide(manager, f.argument, AUTO_HIDE_REASON);
    await notifyAuthor(
      manager,
      f.argument,
      NotificationKind.ARGUMENT_HIDDEN,
      'Your argument is hidden while a moderator reviews reports about it (you may appeal)',
    );
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
