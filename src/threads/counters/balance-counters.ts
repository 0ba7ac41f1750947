import { EntityManager } from 'typeorm';

/**
 * The thread's balance (docs/RANKING.md): the summed weights of its top-level PRO and CON
 * arguments. The arguments module works out how a change moves them; only these two write them.
 */

/** Moves the weights by exactly the deltas, in the caller's transaction. */
export async function applyBalanceDelta(
  manager: EntityManager,
  threadId: string,
  pro: number,
  con: number,
): Promise<void> {
  if (pro === 0 && con === 0) return;
  await manager.query(
    `UPDATE threads SET pro_weight = pro_weight + $2, con_weight = con_weight + $3 WHERE id = $1`,
    [threadId, pro, con],
  );
}

/** Sets the weights after the thread's tree was recomputed (a move, a side change). */
export async function setBalance(
  manager: EntityManager,
  threadId: string,
  pro: number,
  con: number,
): Promise<void> {
  await manager.query(`UPDATE threads SET pro_weight = $2, con_weight = $3 WHERE id = $1`, [
    threadId,
    pro,
    con,
  ]);
}
