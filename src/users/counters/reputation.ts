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
