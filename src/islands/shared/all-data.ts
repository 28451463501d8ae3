// Everything Accueil keeps on this device, as one JSON text: used by the error boundary's export
// and by the "my data" page.
import { storage, storedKeys } from '../../stores/storage-engine';
import { STORAGE_PREFIX } from '../../stores/versioned-store';

/** All stored Accueil keys and their raw text. */
export function collectAllData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of storedKeys()
    .filter((name) => name.startsWith(STORAGE_PREFIX))
    .sort()) {
    const value = storage.read(key);
    if (value !== undefined) data[key] = value;
  }
  return data;
}
