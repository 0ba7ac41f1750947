import { EntityManager } from 'typeorm';

/**
 * Stores a thread's fitted bridging scores (the arguments module owns the column): the given
 * arguments get their score, every other argument of the thread none. One transaction.
 */
export async function storeBridgingScores(
  manager: EntityManager,
  threadId: string,
  scores: ReadonlyMap<string, number>,
): Promise<void> {
  const ids = [...scores.keys()];
  await manager.transaction(async (tx) => {
    await tx.query(
      `UPDATE arguments SET bridging_score = NULL
       WHERE thread_id = $1 AND bridging_score IS NOT NULL AND NOT (id = ANY($2::uuid[]))`,
      [threadId, ids],
    );
    if (ids.length > 0) {
      await tx.query(
        `UPDATE arguments a SET bridging_score = x.score
         FROM unnest($1::uuid[], $2::float8[]) AS x(id, score) WHERE a.id = x.id`,
        [ids, ids.map((id) => scores.get(id)!)],
      );
    }
  });
}
