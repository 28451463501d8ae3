// The storage behind every persisted store. localStorage can be missing (some private modes), refuse
// writes (quota full) or throw on access; none of that may break a tool or lose what is on screen.
// Writes that fail are kept in memory for this tab and reported through $storageHealth.
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';

/** Whether this device is keeping what the reader types. */
export type StorageHealth =
  { state: 'ok' } | { state: 'unavailable'; message: string } | { state: 'full'; message: string; key: string };

/** The current storage health; tools show a notice and offer an export when it is not ok. */
export const $storageHealth = atom<StorageHealth>({ state: 'ok' });

function openLocalStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = '__accueil_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

const local = typeof window === 'undefined' ? undefined : openLocalStorage();
const memory = new Map<string, string>();

if (typeof window !== 'undefined' && !local) {
  $storageHealth.set({
    state: 'unavailable',
    message:
      'This browser is not letting Accueil save anything (private browsing may do this). Your work stays on screen until you close the tab: export it to keep it.',
  });
}

function read(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return local?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  if (!local) {
    memory.set(key, value);
    return;
  }
  try {
    local.setItem(key, value);
    memory.delete(key);
    const health = $storageHealth.get();
    if (health.state === 'full' && health.key === key) $storageHealth.set({ state: 'ok' });
  } catch {
    memory.set(key, value);
    $storageHealth.set({
      state: 'full',
      key,
      message:
        'This device’s storage is full, so your latest changes are not saved yet. They are still on screen: export them now, or free some space and keep working.',
    });
  }
}

function remove(key: string): void {
  memory.delete(key);
  try {
    local?.removeItem(key);
  } catch {
    // Nothing to undo: the key is gone from memory and storage cannot be reached.
  }
}

/** Keys currently stored, in storage and in the in-memory fallback. */
export function storedKeys(): string[] {
  const keys = new Set(memory.keys());
  try {
    if (local) for (let i = 0; i < local.length; i += 1) keys.add(local.key(i) ?? '');
  } catch {
    // Unreadable storage has no keys we can list.
  }
  keys.delete('');
  return [...keys];
}

/** The engine handed to @nanostores/persistent: reads and writes never throw. */
const engine = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_target, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    ownKeys: () => storedKeys(),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  },
) as PersistentStore;

setPersistentEngine(engine, windowPersistentEvents);

/** Direct access for code that manages backups and exports. */
export const storage = { read, write, remove };
