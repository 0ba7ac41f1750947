import { EntityManager } from 'typeorm';
import { ReportStatus } from '../moderation-enums';

/** Closes the open reports on an argument as upheld (a moderator acted) or dismissed. */
export async function settleReports(
  manager: EntityManager,
  argumentId: string,
  status: ReportStatus.UPHELD | ReportStatus.DISMISSED,
): Promise<void> {
  await manager.query(
    `UPDATE reports SET status = $2, resolved_at = now(), updated_at = now()
     WHERE argument_id = $1 AND status = 'OPEN'`,
    [argumentId, status],
  );
}
