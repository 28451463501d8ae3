// A persisted nanostore whose stored text is decoded through a versioned format before it is
// trusted. Corrupt or newer data never blanks a tool: the store starts clean, the raw text is kept
// under a backup key, and $storageProblems tells the tool so it can say so and offer a download.
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { storage } from './storage-engine';
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from '../core/versioned';

/** Stored data that could not be read, kept so the reader can download it. */
export interface StorageProblem {
  /** The storage key of the data that failed. */
  key: string;
  /** The key the raw text is kept under. */
  backupKey: string;
  /** A sentence for the reader. */
  message: string;
}

/** Problems found while loading stored data, by storage key. */
export const $storageProblems = atom<Record<string, StorageProblem>>({});

/** All keys Accueil stores start with this, so "export everything" and "delete" find them. */
export const STORAGE_PREFIX = 'accueil.';

/** Forgets a problem and its backup once the reader has dealt with it. */
export function dismissStorageProblem(key: string): void {
  const problem = $storageProblems.get()[key];
  if (problem) storage.remove(problem.backupKey);
  const { [key]: _removed, ...rest } = $storageProblems.get();
  $storageProblems.set(rest);
}

/** The raw text of a problem's backup, for download. */
export function readStorageBackup(key: string): string | undefined {
  const problem = $storageProblems.get()[key];
  return problem ? storage.read(problem.backupKey) : undefined;
}

function recordProblem(key: string, raw: string, message: string): void {
  const backupKey = `${STORAGE_PREFIX}backup.${key.replace(STORAGE_PREFIX, '')}`;
  storage.write(backupKey, raw);
  $storageProblems.set({ ...$storageProblems.get(), [key]: { key, backupKey, message } });
}

/** How a versioned store treats stored data. */
export interface VersionedStoreOptions {
  /**
   * Writes data of an earlier version back in today's version as soon as it is loaded, so it is
   * upgraded once, and a tab still running an earlier build reads it as newer and does not
   * rewrite it without the fields it does not know. Off: the upgrade is written with the next change.
   */
  saveUpgradeOnLoad?: boolean;
}

/** Creates a store persisted under `key` in the given format; `initial` when empty or unreadable. */
export function versionedStore<T>(
  key: string,
  spec: FormatSpec<T>,
  initial: T,
  options: VersionedStoreOptions = {},
): WritableAtom<T> {
  // Set by decode, which persistentAtom calls while it is created (and again on other tabs' writes).
  const loaded = { upgraded: false };
  const store = persistentAtom<T>(key, initial, {
    encode: (value) => encodeVersioned(spec, value),
    decode: (text) => {
      const decoded = decodeVersioned(spec, text);
      if (decoded.status === 'ok') {
        loaded.upgraded = decoded.migratedFrom !== undefined;
        return decoded.value;
      }
      if (decoded.status !== 'empty') {
        const message = `${describeDecodeFailure(decoded) ?? 'Saved data could not be read.'} The tool has started fresh; your old data is kept so you can download it.`;
        recordProblem(key, text, message);
      }
      return initial;
    },
  });
  // Here it describes the text stored when the page loaded.
  if (options.saveUpgradeOnLoad && loaded.upgraded) store.set(store.get());
  return store;
}
