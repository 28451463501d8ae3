// Pagefind's index for the search UI (search-ui.ts): loaded once, when a reader first searches, and
// the service worker's reports of index pieces it could neither find on the device nor fetch
// (src/service-worker/sw.ts), since pagefind drops a missing piece silently.
import { base, withBase } from '../lib/base';
import { SEARCH_CHANNEL } from '../lib/offline-caches';

export interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
/** Search pieces the service worker could neither find on the device nor fetch, as it reports them. */
let missingPieces = 0;
let channel: BroadcastChannel | undefined;

/** How many missing pieces the service worker has reported so far. */
export const missingPieceCount = (): number => missingPieces;

/** Listens to the service worker's reports (src/service-worker/sw.ts): pagefind drops a missing index piece silently. */
export function listenForMissingPieces(): void {
  if (channel || !('BroadcastChannel' in window)) return;
  channel = new BroadcastChannel(SEARCH_CHANNEL);
  channel.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type === 'missing') missingPieces += 1;
  });
}

/** Resolves once every report the service worker sent so far has arrived (it answers after them). */
export function reportsArrived(): Promise<void> {
  const open = channel;
  if (!open || !navigator.serviceWorker.controller) return Promise.resolve();
  const id = Math.random();
  return new Promise((resolve) => {
    const answered = (event: MessageEvent<{ type?: string; id?: number }>) => {
      if (event.data.type !== 'pong' || event.data.id !== id) return;
      open.removeEventListener('message', answered);
      resolve();
    };
    open.addEventListener('message', answered);
    open.postMessage({ type: 'ping', id });
    // A worker from before this version never answers; the search does not wait for it.
    setTimeout(resolve, 2000);
  });
}

/** Loads pagefind once, set up for this site; a failed load is tried again on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  // A runtime URL keeps Vite from bundling the index, which only exists after `npm run build`.
  const url = withBase('/pagefind/pagefind.js');
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // Favour words close to what was typed, so "responsible" finds Responsible before Responsibility.
    await pagefind.options({
      ranking: { termSimilarity: 6, pageLength: 0.5 },
      // Results' addresses, under the path the site is served from (BASE_PATH).
      baseUrl: base,
      // A fixed tag per build instead of a timestamp, so the service worker can answer offline.
      metaCacheTag: import.meta.env.BUILD_ID,
    });
    await pagefind.init();
    return pagefind;
  });
  pagefindPromise.catch(() => {
    // A failed load (offline before the index was cached) is tried again on the next search.
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

/** Lets pagefind fetch the index pieces a term needs while the reader is still typing. */
export function preloadIndex(term: string): void {
  void pagefindPromise?.then((pagefind) => pagefind.preload(term)).catch(() => undefined);
}
