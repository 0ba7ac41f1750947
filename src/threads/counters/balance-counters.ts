import { EntityManager } from 'typeorm';

/**
 * The thread's balance (docs/RANKING.md): the summed weights of its top-level PRO and CON
 * arguments. The arguments module rolls its tree up; only this writes the result.
 */

/** Stores the balance the thread's arguments roll up to, in the caller's transaction. */
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
