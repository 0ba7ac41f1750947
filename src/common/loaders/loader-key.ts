/** Carries a loader's key and value types; never set at run time. */
declare const loaderTypes: unique symbol;

/**
 * The name of a per-request DataLoader, typed by what it batches (K) and answers (V). Each owner
 * declares its keys as constants, so a misspelt key or a batch answering the wrong type fails to
 * compile, and two owners cannot share one loader by choosing the same string.
 */
export interface LoaderKey<K, V> {
  readonly name: string;
  readonly [loaderTypes]?: { key: (key: K) => void; value: () => V };
}

const declared = new Set<string>();

/** Declares a loader key once, at module load; a second declaration of a name is a bug. */
export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  if (declared.has(name)) throw new Error(`Loader key "${name}" is declared twice`);
  declared.add(name);
  return Object.freeze({ name });
}

/** One of several loaders of a key, e.g. one per reader or per page size: same types, own cache. */
export const scoped = <K, V>(key: LoaderKey<K, V>, scope: string): LoaderKey<K, V> =>
  Object.freeze({ name: `${key.name}:${scope}` });
