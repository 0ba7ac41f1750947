import { EntityManager } from 'typeorm';
import { ModAction, ModTargetType } from './audit-enums';
import { ModLogEntry } from './mod-log-entry.entity';

export interface ModActionRecord {
  /** Null for automatic actions. */
  actorId: string | null;
  action: ModAction;
  targetType: ModTargetType;
  targetId: string;
  threadId?: string | null;
  targetUserId?: string | null;
  reason?: string | null;
  details?: string | null;
  before?: string | null;
  after?: string | null;
  expiresAt?: Date | null;
}

/** Appends one entry to the moderation log, in the caller's transaction; returns its id. */
export async function recordModAction(
  manager: EntityManager,
  record: ModActionRecord,
): Promise<string> {
  const { identifiers } = await manager.insert(ModLogEntry, {
    actorId: record.actorId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    threadId: record.threadId ?? null,
    targetUserId: record.targetUserId ?? null,
    reason: record.reason ?? null,
    details: record.details ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
    expiresAt: record.expiresAt ?? null,
    // Statement time, so entries of one transaction keep their order.
    createdAt: () => 'clock_timestamp()',
  });
  return String(identifiers[0].id);
}
