// One store per id (an assessment, say), created on first use and shared by every caller after.
import type { WritableAtom } from 'nanostores';

/** A lookup that returns the store for an id, calling `create` the first time that id is asked for. */
export function storesById<T>(): (id: string, create: () => WritableAtom<T>) => WritableAtom<T> {
  const stores = new Map<string, WritableAtom<T>>();
  return (id, create) => {
    const store = stores.get(id) ?? create();
    stores.set(id, store);
    return store;
  };
}
