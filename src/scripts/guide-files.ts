// The whole guide's files on this device: the build's list of them (dist/offline-guide.json, written
// by scripts/lib/offline-guide.mjs), which of them the service worker's runtime caches hold, and the
// version of the guide last kept whole, so a guide kept before an update is known to be out of date.
// The control that downloads and removes the guide is keep-guide.ts.

import { withBase } from '../lib/base';
import { GUIDE_CACHE, PAGE_CACHE, SEARCH_CACHE } from '../lib/offline-caches';

const LIST_URL = withBase('/offline-guide.json');
/** Where the version of the guide last kept whole is noted (in GUIDE_CACHE). */
const KEPT_VERSION_URL = withBase('/offline-guide-kept.json');

export interface Guide {
  bytes: number;
  /** Changes whenever any file of the guide does (empty from a list older than versions). */
  version: string;
  files: string[];
}

/** The cache a file of the guide belongs in. */
export const cacheFor = (url: string): string => (url.startsWith(withBase('/pagefind/')) ? SEARCH_CACHE : PAGE_CACHE);

/** Reads the build's list, refusing anything that is not one. */
export async function loadGuide(): Promise<Guide> {
  const response = await fetch(LIST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${LIST_URL} answered ${String(response.status)}`);
  const data = (await response.json()) as Partial<Guide>;
  const files = Array.isArray(data.files) ? data.files.filter((f) => typeof f === 'string' && f.startsWith('/')) : [];
  if (typeof data.bytes !== 'number' || !Number.isFinite(data.bytes) || files.length === 0) {
    throw new Error('the list of the guide is not readable');
  }
  return { bytes: data.bytes, version: typeof data.version === 'string' ? data.version : '', files };
}

/** The version of the guide last kept whole on this device, if any. */
export async function keptVersion(): Promise<string | undefined> {
  if (!(await caches.has(GUIDE_CACHE))) return undefined;
  const response = await (await caches.open(GUIDE_CACHE)).match(KEPT_VERSION_URL);
  if (!response) return undefined;
  try {
    const data = (await response.json()) as { version?: unknown };
    return typeof data.version === 'string' ? data.version : undefined;
  } catch {
    return undefined;
  }
}

/** Notes the version of the guide now kept whole, or that none is. */
export async function noteKeptVersion(version: string | undefined): Promise<void> {
  const cache = await caches.open(GUIDE_CACHE);
  if (version === undefined) await cache.delete(KEPT_VERSION_URL);
  else
    await cache.put(
      KEPT_VERSION_URL,
      new Response(JSON.stringify({ version }), { headers: { 'content-type': 'application/json' } }),
    );
}

/** Drops search pieces of earlier versions (pieces are named by content, so the list names every current one). */
export async function dropEarlierSearchPieces(guide: Guide): Promise<void> {
  if (!(await caches.has(SEARCH_CACHE))) return;
  const current = new Set(guide.files);
  const cache = await caches.open(SEARCH_CACHE);
  for (const request of await cache.keys()) {
    if (!current.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

/** The guide's files already on this device. */
export async function keptFiles(guide: Guide): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const name of [PAGE_CACHE, SEARCH_CACHE]) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) kept.add(new URL(request.url).pathname);
  }
  return new Set(guide.files.filter((file) => kept.has(file)));
}

/** Deletes the guide's files from this device and forgets its version; returns how many were there. */
export async function removeGuideFiles(guide: Guide): Promise<number> {
  let removed = 0;
  for (const file of guide.files) {
    if (!(await caches.has(cacheFor(file)))) continue;
    const cache = await caches.open(cacheFor(file));
    if (await cache.delete(file)) removed += 1;
  }
  await noteKeptVersion(undefined);
  return removed;
}
