import { EntityManager } from 'typeorm';
import { isUuid } from '../ids';

/**
 * One row by primary key, or null. A value that is not a UUID cannot name a row, so it answers
 * null without a query; `lock` takes the row lock for the rest of the caller's transaction.
 */
export function findById<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  id: string,
  options: { lock?: boolean } = {},
): Promise<T | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  const qb = manager.createQueryBuilder(entity, 'e').where('e.id = :id', { id });
  if (options.lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}
