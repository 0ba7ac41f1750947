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
 * The reputation half of a vote, as a data-modifying CTE body for the vote's one statement:
 * `delta` names a CTE of (author_id, up, down).
 */
export const voteReputationSql = (delta: string): string =>
  `UPDATE users u SET reputation = u.reputation + d.up - d.down
   FROM ${delta} d WHERE u.id = d.author_id AND d.up <> d.down`;
