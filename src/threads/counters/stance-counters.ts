import { EntityManager } from 'typeorm';

/** Changes to a thread's stance counters, by counter. */
export interface StanceCountDeltas {
  agree?: number;
  disagree?: number;
  undecided?: number;
  changedToAgree?: number;
  changedToDisagree?: number;
}

const COLUMN: Record<keyof StanceCountDeltas, string> = {
  agree: 'agree_count',
  disagree: 'disagree_count',
  undecided: 'undecided_count',
  changedToAgree: 'changed_to_agree_count',
  changedToDisagree: 'changed_to_disagree_count',
};

/** Moves a thread's stance counters by exactly the deltas, in one statement of the caller's transaction. */
export async function applyStanceCounts(
  manager: EntityManager,
  threadId: string,
  deltas: StanceCountDeltas,
): Promise<void> {
  const sets = (Object.entries(deltas) as [keyof StanceCountDeltas, number][])
    .filter(([, d]) => d !== 0)
    .map(([key, d]) => `${COLUMN[key]} = ${COLUMN[key]} + ${Math.trunc(d)}`);
  if (sets.length === 0) return;
  await manager.query(`UPDATE threads SET ${sets.join(', ')} WHERE id = $1`, [threadId]);
}
