import { EntityManager } from 'typeorm';
import { NotificationKind } from '../../notifications/notification-kind';
import { notify } from '../../notifications/notify';
import { ReportStatus } from '../moderation-enums';

/** Closes the open reports on an argument: upheld (agree), dismissed (disagree) or ignored. */
export async function settleReports(
  manager: EntityManager,
  argumentId: string,
  status: ReportStatus.UPHELD | ReportStatus.DISMISSED | ReportStatus.IGNORED,
): Promise<void> {
  // An UPDATE … RETURNING answers [rows, count] through TypeORM.
  const [closed]: [{ reporter_id: string | null; thread_id: string }[], number] =
    await manager.query(
      `UPDATE reports r SET status = $2, resolved_at = now(), updated_at = now()
     FROM arguments a
     WHERE r.argument_id = $1 AND r.status = 'OPEN' AND a.id = r.argument_id
     RETURNING r.reporter_id, a.thread_id`,
      [argumentId, status],
    );
  // Each reporter learns the outcome of their report.
  await notify(
    manager,
    closed
      .filter((r) => r.reporter_id)
      .map((r) => ({
        recipientId: r.reporter_id!,
        kind: OUTCOME[status].kind,
        message: OUTCOME[status].message,
        argumentId,
        threadId: r.thread_id,
      })),
  );
}

const OUTCOME = {
  UPHELD: {
    kind: NotificationKind.REPORT_UPHELD,
    message: 'A moderator agreed with your report and acted on it',
  },
  DISMISSED: {
    kind: NotificationKind.REPORT_DISMISSED,
    message: 'A moderator reviewed your report and left the argument up',
  },
  IGNORED: {
    kind: NotificationKind.REPORT_IGNORED,
    message: 'A moderator closed your report without acting on it',
  },
};

/**
 * A removal reversed (RESTORE, or a granted appeal): the reports that led to it were wrong
 * after all, so they count as dismissed and no longer raise their reporters' weight.
 */
export async function reverseUpheldReports(
  manager: EntityManager,
  argumentId: string,
): Promise<void> {
  await manager.query(
    `UPDATE reports SET status = 'DISMISSED', resolved_at = now(), updated_at = now()
     WHERE argument_id = $1 AND status IN ('OPEN', 'UPHELD')`,
    [argumentId],
  );
}
