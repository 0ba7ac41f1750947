import { EntityManager } from 'typeorm';
import { applyVisibilityDelta, refreshParticipantCount } from '../counters/argument-counters';
import { ArgumentStatus } from '../argument-enums';
import { ArgumentEntity } from '../argument.entity';
import { isVisible } from '../argument-visibility';

/** The users' owner of reputation (UsersService.addReputation), handed in by the lifecycle. */
export interface ReputationWriter {
  add(manager: EntityManager, userId: string, delta: number): Promise<void>;
}

/**
 * Moves an argument to another status in the caller's transaction, adjusting every counter when
 * it becomes visible or stops being visible, and the author's reputation when it is removed or
 * restored. The text is never touched.
 */
export async function changeArgumentStatus(
  manager: EntityManager,
  arg: ArgumentEntity,
  status: ArgumentStatus,
  statusReason: string | null,
  reputation: ReputationWriter,
): Promise<ArgumentEntity> {
  const wasVisible = isVisible(arg);
  const willBeVisible = isVisible({ status });
  await manager.update(ArgumentEntity, { id: arg.id }, { status, statusReason });
  const wasRemoved = arg.status === ArgumentStatus.REMOVED;
  const willBeRemoved = status === ArgumentStatus.REMOVED;
  if (wasRemoved !== willBeRemoved && arg.authorId) {
    // Votes on a removed argument stop counting towards its author's reputation (and trust).
    const [{ score }]: { score: number }[] = await manager.query(
      `SELECT score FROM arguments WHERE id = $1`,
      [arg.id],
    );
    await reputation.add(manager, arg.authorId, (willBeRemoved ? -1 : 1) * Number(score));
  }
  if (wasVisible !== willBeVisible) {
    await applyVisibilityDelta(manager, arg, willBeVisible ? 1 : -1);
    await refreshParticipantCount(manager, arg.threadId);
  }
  return Object.assign(arg, { status, statusReason });
}
