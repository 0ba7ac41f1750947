import { EntityManager } from 'typeorm';
import { isUuid } from '../common/ids';

/**
 * The thread an argument belongs to, by one column (no row lock): what a caller needs to take
 * the thread's lock before the argument's, the documented order (docs/OPERATIONS.md).
 */
export async function threadIdOf(
  manager: EntityManager,
  argumentId: string,
): Promise<string | null> {
  if (!isUuid(argumentId)) return null;
  const [row]: { thread_id: string }[] = await manager.query(
    `SELECT thread_id FROM arguments WHERE id = $1`,
    [argumentId],
  );
  return row?.thread_id ?? null;
}
