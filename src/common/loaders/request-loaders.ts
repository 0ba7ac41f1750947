import DataLoader from 'dataloader';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { isUuid } from '../ids';

/**
 * Per-request DataLoaders, created on first use. Each feature names its loader and supplies the
 * batch function, so relations read in one SQL statement per kind per tick.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
    options?: DataLoader.Options<K, V, string>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, options as DataLoader.Options<K, V, string>);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Batches primary-key look-ups of one entity; a value that is not a UUID resolves to null. */
  byId<T extends { id: string }>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
  ): Promise<T | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.get<string, T | null>(`byId:${entity.name}`, async (ids) =>
      byKeys(
        ids,
        await manager.find(entity, { where: { id: In([...ids]) } as FindOptionsWhere<T> }),
        (row) => row.id,
      ),
    ).load(id);
  }
}

/** Orders batch results to match the keys, with null for missing rows. */
export function byKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map<K, T>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((k) => found.get(k) ?? null);
}

/** Groups batch results per key, keeping the rows' order. */
export function groupByKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
