// Everything Accueil keeps on this device, as raw text by key: read for the error boundary's export
// and the "my data" page's backup, replaced when that page restores a backup or deletes everything.
import { storage, storedKeys } from './storage-engine';
import { STORAGE_PREFIX } from './versioned-store';

/** Every stored Accueil key and its raw text, by key in order; other sites' data is left out. */
export function readAllData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of storedKeys()
    .filter((name) => name.startsWith(STORAGE_PREFIX))
    .sort()) {
    const value = storage.read(key);
    if (value !== undefined) data[key] = value;
  }
  return data;
}

/** Replaces everything Accueil stores with `next` ({} deletes it all), leaving other sites' data alone. */
export function replaceAllData(next: Record<string, string>): void {
  for (const key of Object.keys(readAllData())) if (!(key in next)) storage.remove(key);
  for (const [key, value] of Object.entries(next)) storage.write(key, value);
}
