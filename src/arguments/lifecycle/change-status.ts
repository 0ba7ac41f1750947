import { EntityManager } from 'typeorm';
import { applyVisibilityDelta, refreshParticipantCount } from '../counters/argument-counters';
import { ArgumentStatus } from '../argument-enums';
import { ArgumentEntity } from '../argument.entity';

/**
 * Moves an argument to another status in the caller's transaction, adjusting every counter when
 * it becomes visible or stops being visible. The text is never touched.
 */
export async function changeArgumentStatus(
  manager: EntityManager,
  arg: ArgumentEntity,
  status: ArgumentStatus,
  statusReason: string | null,
): Promise<ArgumentEntity> {
  const wasVisible = arg.status === ArgumentStatus.PUBLISHED;
  const willBeVisible = status === ArgumentStatus.PUBLISHED;
  await manager.update(ArgumentEntity, { id: arg.id }, { status, statusReason });
  if (wasVisible !== willBeVisible) {
    await applyVisibilityDelta(manager, arg, willBeVisible ? 1 : -1);
    await refreshParticipantCount(manager, arg.threadId);
  }
  return Object.assign(arg, { status, statusReason });
}
