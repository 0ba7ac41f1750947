import { EntityManager } from 'typeorm';

/** Moves an author's reputation (the sum of votes on their arguments) by `delta`. */
export async function addReputation(
  manager: EntityManager,
  userId: string,
  delta: number,
): Promise<void> {
  if (delta === 0) return;
  await manager.query(`UPDATE users SET reputation = reputation + $2 WHERE id = $1`, [
    userId,
    delta,
  ]);
}

/**
 * The reputation half of a batch of votes, as a data-modifying CTE body for the batch's one
 * statement: `delta` names a CTE of (author_id, up, down), where an author may have several rows
 * (one per argument of theirs in the batch). Summed per author first: an UPDATE … FROM applies
 * only one of several rows matching the same user. Authors come in id order, as the arguments
 * are locked, so concurrent batches meet them in the same order (a deadlock would be retried).
 */
export const voteReputationSql = (delta: string): string =>
  `UPDATE users u SET reputation = u.reputation + d.change
   FROM (SELECT author_id, sum(up - down)::int AS change FROM ${delta}
         GROUP BY author_id HAVING sum(up - down) <> 0 ORDER BY author_id) d
   WHERE u.id = d.author_id`;
