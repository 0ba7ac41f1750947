import { EntityManager } from 'typeorm';

/**
 * Sets (±1) or withdraws (0) one user's vote on one argument in one statement, and returns the
 * value it had before (0 for none). Repeating the current value writes nothing. The caller holds
 * the argument's row lock, so votes on one argument apply one after the other.
 */
export async function saveVote(
  manager: EntityManager,
  userId: string,
  argumentId: string,
  value: -1 | 0 | 1,
): Promise<number> {
  const [{ before }]: { before: number }[] = await manager.query(
    `WITH prev AS (SELECT value FROM votes WHERE user_id = $1 AND argument_id = $2),
     removed AS (
       DELETE FROM votes WHERE $3::int = 0 AND user_id = $1 AND argument_id = $2
     ),
     saved AS (
       INSERT INTO votes (user_id, argument_id, value)
       SELECT $1, $2, $3::smallint
       WHERE $3::int <> 0 AND NOT EXISTS (SELECT 1 FROM prev WHERE value = $3::int)
       ON CONFLICT (user_id, argument_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
     )
     SELECT coalesce((SELECT value FROM prev), 0)::int AS before`,
    [userId, argumentId, value],
  );
  return before;
}
