import DataLoader from 'dataloader';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { isUuid } from '../ids';
import { LoaderKey, loaderKey, scoped } from './loader-key';

const BY_ID = loaderKey<string, unknown>('common.byId');

/**
 * Per-request DataLoaders, created on first use. Each feature declares its loader's typed key
 * (loaderKey) and supplies the batch function, so relations read in one SQL statement per kind
 * per tick.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    key: LoaderKey<K, V>,
    batch: (keys: readonly K[]) => Promise<readonly (NoInfer<V> | Error)[]>,
    options?: DataLoader.Options<K, NoInfer<V>, unknown>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(key.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, options);
      this.loaders.set(key.name, loader as DataLoader<unknown, unknown>);
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
    const byId = scoped(BY_ID as LoaderKey<string, T | null>, entity.name);
    return this.get(byId, async (ids) =>
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
