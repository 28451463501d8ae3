// Generates dist/sw.js with Workbox after the build and the search index. A first visit precaches
// only the shell: the layouts' CSS and scripts, icons, the manifest, the home, search, offline and
// 404 pages, every tool page with its code, and what search needs to start. Its size does not grow
// with the number of playbooks. Every other page is cached as it is read, and search's index
// pieces as searches load them; dist/offline-guide.json lists "the whole guide" for readers who
// ask to keep all of it (the control on /tools/my-data/).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { generateSW, getManifest } from 'workbox-build';
import {
  ASSET_CACHE,
  GUIDE_CACHE,
  GUIDE_LIST,
  OFFLINE_PAGE,
  PAGE_CACHE,
  SEARCH_CACHE,
  SEARCH_CHANNEL,
  guideList,
  shellPatterns,
} from './lib/offline-guide.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
// The path the site is served under (BASE_PATH, as astro.config.mjs reads it): the worker's scope is
// its own folder, and its precache URLs are relative to it; the absolute addresses below get the base.
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const found = guideList(dist);
const guide = { ...found, files: found.files.map((url) => `${base}${url.slice(1)}`) };
writeFileSync(`${dist}/${GUIDE_LIST}`, JSON.stringify(guide));

const files = {
  globDirectory: dist,
  globPatterns: shellPatterns(dist),
  globIgnores: ['sw.js', 'workbox-*.js'],
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
};
// This version's hashed files, which the precache serves; any other /_astro/ file is an earlier
// version's, kept for the pages on the device that still need it (see the code added below).
const { manifestEntries = [] } = await getManifest(files);
const current = manifestEntries.map((entry) => `/${entry.url}`).filter((url) => url.startsWith('/_astro/'));

const { count, size, warnings } = await generateSW({
  ...files,
  swDest: `${dist}/sw.js`,
  // Each precached file's revision is its content hash, so a deploy replaces exactly what changed.
  directoryIndex: 'index.html',
  // pagefind adds ?ts=<metaCacheTag> to its entry file; the cached copy answers any tag.
  ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
  // Hashed file names in /_astro/ need no extra revision.
  dontCacheBustURLsMatching: /\/_astro\//,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      // An earlier version's styles and scripts, asked for by a page kept on the device before an
      // update (this version's are answered by the precache before this rule is reached). They
      // are copied here when a new version installs, and dropped once no kept page needs them.
      urlPattern: /\/_astro\//,
      handler: 'CacheFirst',
      options: { cacheName: ASSET_CACHE, cacheableResponse: { statuses: [200] } },
    },
    {
      // Pages: the network's copy whenever it answers within 3 s, so a reader online never gets
      // a stale page; the copy kept from their last visit otherwise; the offline page if none.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: PAGE_CACHE,
        networkTimeoutSeconds: 3,
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}` },
      },
    },
    {
      // Search's index pieces are named by their content hash: a cached piece is never stale.
      urlPattern: /\/pagefind\/(index|fragment|filter)\/[^/]+$/,
      handler: 'CacheFirst',
      options: {
        cacheName: SEARCH_CACHE,
        cacheableResponse: { statuses: [200] },
        // A piece neither on the device nor reachable: pagefind drops a missing index piece without
        // a word, so the worker tells the search UI (src/scripts/search-ui.ts), which says so.
        plugins: [
          {
            handlerDidError: ({ request }) => {
              self.accueilSearch.postMessage({ type: 'missing', url: request.url });
              return Promise.resolve(undefined);
            },
          },
        ],
      },
    },
    {
      // The list of the whole guide, for the control that keeps it (and removes it, even offline).
      urlPattern: /\/offline-guide\.json$/,
      handler: 'NetworkFirst',
      options: { cacheName: GUIDE_CACHE, networkTimeoutSeconds: 3, cacheableResponse: { statuses: [200] } },
    },
  ],
  // A new version waits until the reader chooses to reload, so work in progress is never cut off.
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
// The channel of those reports. The search UI asks "is that all?" once a search ends offline; the
// answer leaves after every report sent before it, so none is missed.
appendFileSync(
  `${dist}/sw.js`,
  `\nself.accueilSearch=new BroadcastChannel(${JSON.stringify(SEARCH_CHANNEL)});` +
    `self.accueilSearch.onmessage=(e)=>{if(e.data&&e.data.type==='ping')self.accueilSearch.postMessage({type:'pong',id:e.data.id});};\n`,
);
// No broken mix of versions after an update: an earlier version's styles and scripts stay on the
// device while a page kept there needs them (scripts/lib/sw-keep-versions.js says how).
const keepVersions = readFileSync(new URL('./lib/sw-keep-versions.js', import.meta.url), 'utf8');
appendFileSync(
  `${dist}/sw.js`,
  `\n${keepVersions}\naccueilKeepVersions(new Set(${JSON.stringify(current)}),${JSON.stringify(ASSET_CACHE)},${JSON.stringify(PAGE_CACHE)});\n`,
);
for (const warning of warnings) console.warn(warning);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
console.log(`The whole guide, kept on request: ${guide.files.length} files (${(guide.bytes / 1024).toFixed(0)} KB).`);
