import { EntityManager } from 'typeorm';
import { ModAction, QueueItemKind } from '../moderation-enums';

/** Weight of queue items that carry no reports (reported items weigh their reports). */
export const BASE_WEIGHT: Record<QueueItemKind, number> = {
  REPORTED: 0,
  PENDING_POST: 1,
  SEEDED: 0.5,
  APPEAL: 2,
};

export interface QueueItemFields {
  kind: QueueItemKind;
  threadId: string | null;
  argumentId?: string | null;
  appealId?: string | null;
  weight?: number;
  reportCount?: number;
  note?: string | null;
}

/**
 * Opens a queue item, or refreshes the weight of the open one for the same argument and kind
 * (an argument has at most one open item per kind: a unique index says so).
 */
export async function openQueueItem(manager: EntityManager, f: QueueItemFields): Promise<string> {
  const weight = f.weight ?? BASE_WEIGHT[f.kind];
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO moderation_queue_items (kind, thread_id, argument_id, appeal_id, weight, report_count, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind, argument_id) WHERE status = 'OPEN' AND argument_id IS NOT NULL
     DO UPDATE SET weight = EXCLUDED.weight, report_count = EXCLUDED.report_count, updated_at = now()
     RETURNING id`,
    [
      f.kind,
      f.threadId,
      f.argumentId ?? null,
      f.appealId ?? null,
      weight,
      f.reportCount ?? 0,
      f.note ?? null,
    ],
  );
  return row.id;
}

/**
 * Closes every open item about an argument (appeals aside), recording who closed it and how
 * (no action when its author withdrew it).
 */
export async function resolveArgumentItems(
  manager: EntityManager,
  argumentId: string,
  resolvedById: string,
  resolution: ModAction | null,
): Promise<void> {
  await manager.query(
    `UPDATE moderation_queue_items
     SET status = 'RESOLVED', resolved_by_id = $2, resolved_at = now(), resolution = $3,
         claimed_by_id = NULL, claimed_until = NULL, updated_at = now()
     WHERE argument_id = $1 AND status = 'OPEN' AND kind <> 'APPEAL'`,
    [argumentId, resolvedById, resolution],
  );
}
