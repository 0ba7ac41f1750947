import { EntityManager, FindOptionsWhere, In, Not } from 'typeorm';
import { QueueItemKind, QueueItemStatus } from '../moderation-enums';
import { ModAction } from '../../audit/audit-enums';
import { QueueItem } from './queue-item.entity';
import { publishAfterCommit } from '../../notifications/after-commit';

export const QUEUE_CHANNEL = 'moderation-queue';

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
  const [row]: { id: string; inserted: boolean }[] = await manager.query(
    `INSERT INTO moderation_queue_items (kind, thread_id, argument_id, appeal_id, weight, report_count, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind, argument_id) WHERE status = 'OPEN' AND argument_id IS NOT NULL
     DO UPDATE SET weight = EXCLUDED.weight, report_count = EXCLUDED.report_count, updated_at = now()
     RETURNING id, (xmax = 0) AS inserted`,
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
  // Moderators watching the queue hear of a new item once it has committed.
  if (row.inserted) {
    publishAfterCommit(manager, { channel: QUEUE_CHANNEL, payload: { id: row.id } });
  }
  return row.id;
}

/**
 * Closes the open items that `where` picks, recording who closed them and how (no action when
 * the author withdrew the argument, or an appeal lapsed), and releasing any claim.
 */
export async function resolveQueueItems(
  manager: EntityManager,
  where: FindOptionsWhere<QueueItem>,
  resolvedById: string,
  resolution: ModAction | null,
): Promise<void> {
  await manager.update(
    QueueItem,
    { ...where, status: QueueItemStatus.OPEN },
    {
      status: QueueItemStatus.RESOLVED,
      resolvedById,
      resolvedAt: () => 'now()',
      resolution,
      claimedById: null,
      claimedUntil: null,
    },
  );
}

/** Closes every open item about an argument, appeals (and the kinds `except` names) aside. */
export const resolveArgumentItems = (
  manager: EntityManager,
  argumentId: string,
  resolvedById: string,
  resolution: ModAction | null,
  except: QueueItemKind[] = [],
) =>
  resolveQueueItems(
    manager,
    { argumentId, kind: Not(In([QueueItemKind.APPEAL, ...except])) },
    resolvedById,
    resolution,
  );
