// The service worker, compiled by scripts/service-worker.mjs (Rolldown, one classic script) into
// dist/sw.js, where Workbox's injectManifest puts the precache's list in place of
// self.__WB_MANIFEST. A first visit precaches only the shell (scripts/lib/offline-guide.mjs says
// which files); every other page is cached as it is read, search's index pieces as searches load
// them, and "the whole guide" when a reader asks to keep it (src/scripts/keep-guide.ts).
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSET_CACHE, GUIDE_CACHE, PAGE_CACHE, SEARCH_CACHE, SEARCH_CHANNEL } from '../lib/offline-caches';
import { keepVersions } from './keep-versions';

declare const self: ServiceWorkerGlobalScope;
/** The offline page, relative to the site's base (scripts/lib/offline-guide.mjs), put in place when the worker is compiled. */
declare const OFFLINE_PAGE: string;

/** A field of a message, when it is an object that has it. */
const field = (data: unknown, name: string): unknown =>
  typeof data === 'object' && data !== null && name in data ? (data as Record<string, unknown>)[name] : undefined;

/** The site's base, as the worker's own address tells it (the worker sits at the base). */
const scope = new URL('./', self.location.href).href;
const manifest = self.__WB_MANIFEST;

// A new version waits until the reader chooses to reload (src/scripts/site-frame.ts asks), so work
// in progress is never cut off; once active, it takes over the open pages at once.
self.addEventListener('message', (event) => {
  if (field(event.data, 'type') === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

// The shell. Each file's revision is its content hash, so a deploy replaces exactly what changed;
// pagefind adds ?ts=<metaCacheTag> to its entry file, and the cached copy answers any tag.
precacheAndRoute(manifest, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/] });
cleanupOutdatedCaches();

// The channel of reports on search pieces. The search UI (src/scripts/search-index.ts) asks "is that
// all?" once a search ends offline; the answer leaves after every report sent before it, so none is missed.
const channel = new BroadcastChannel(SEARCH_CHANNEL);
channel.onmessage = ({ data }: MessageEvent<unknown>) => {
  if (field(data, 'type') === 'ping') channel.postMessage({ type: 'pong', id: field(data, 'id') });
};

/** Only complete answers are kept. */
const ok = () => new CacheableResponsePlugin({ statuses: [200] });

// An earlier version's styles and scripts, asked for by a page kept on the device before an update
// (this version's are answered by the precache before this rule is reached). They are copied here
// when a new version installs, and dropped once no kept page needs them (keep-versions.ts).
registerRoute(/\/_astro\//, new CacheFirst({ cacheName: ASSET_CACHE, plugins: [ok()] }));

// Pages: the network's copy whenever it answers within 3 s, so a reader online never gets a stale
// page; the copy kept from their last visit otherwise; the offline page if none.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: PAGE_CACHE,
    networkTimeoutSeconds: 3,
    plugins: [ok(), new PrecacheFallbackPlugin({ fallbackURL: new URL(OFFLINE_PAGE, scope).pathname })],
  }),
);

// Search's index pieces are named by their content hash: a cached piece is never stale. A piece
// neither on the device nor reachable: pagefind drops a missing piece without a word, so the worker
// tells the search UI (src/scripts/search-ui.ts), which says so.
registerRoute(
  /\/pagefind\/(index|fragment|filter)\/[^/]+$/,
  new CacheFirst({
    cacheName: SEARCH_CACHE,
    plugins: [
      ok(),
      {
        handlerDidError: ({ request }) => {
          channel.postMessage({ type: 'missing', url: request.url });
          return Promise.resolve(undefined);
        },
      },
    ],
  }),
);

// The list of the whole guide, for the control that keeps it (and removes it, even offline).
registerRoute(
  /\/offline-guide\.json$/,
  new NetworkFirst({ cacheName: GUIDE_CACHE, networkTimeoutSeconds: 3, plugins: [ok()] }),
);

// No broken mix of versions after an update (keep-versions.ts says how).
const versions = keepVersions({ caches: self.caches, scope, manifest, assets: ASSET_CACHE, pages: PAGE_CACHE });
self.addEventListener('install', (event) => {
  event.waitUntil(versions.keepEarlier());
});
self.addEventListener('activate', (event) => {
  event.waitUntil(versions.prune());
});
self.addEventListener('message', (event) => {
  if (field(event.data, 'type') === 'PRUNE_ASSETS') event.waitUntil(versions.prune());
});
