import { EntityManager } from 'typeorm';

/**
 * Takes the row locks an UPDATE would take (FOR NO KEY UPDATE) on many rows of one table in
 * ascending id order. Every transaction that updates several rows of the same table locks them
 * this way first, so two of them can wait for each other but never deadlock.
 */
export async function lockRowsInOrder(
  manager: EntityManager,
  table: 'arguments',
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
    [[...new Set(ids)]],
  );
}
