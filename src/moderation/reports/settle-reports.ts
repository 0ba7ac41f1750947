import { EntityManager } from 'typeorm';
import { ReportStatus } from '../moderation-enums';

/** Closes the open reports on an argument: upheld (agree), dismissed (disagree) or ignored. */
export async function settleReports(
  manager: EntityManager,
  argumentId: string,
  status: ReportStatus.UPHELD | ReportStatus.DISMISSED | ReportStatus.IGNORED,
): Promise<void> {
  await manager.query(
    `UPDATE reports SET status = $2, resolved_at = now(), updated_at = now()
     WHERE argument_id = $1 AND status = 'OPEN'`,
    [argumentId, status],
  );
}

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
