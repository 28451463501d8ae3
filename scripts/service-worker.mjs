// Generates dist/sw.js with Workbox after the build and the search index: it precaches every page,
// asset and the pagefind index, so the site works offline after one visit.
import { generateSW } from 'workbox-build';

const dist = process.env.DIST_DIR ?? 'dist';
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,svg,png,ico,webmanifest,json,xml,txt,wasm,pf_meta,pf_index,pf_fragment,pagefind}'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: `${dist}/sw.js`,
  // Pages are served from the cache; each file's revision is its content hash, so a deploy
  // replaces exactly what changed.
  directoryIndex: 'index.html',
  // pagefind adds ?ts=<metaCacheTag> to its entry file; the cached copy answers any tag.
  ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
  // Hashed file names in /_astro/ need no extra revision.
  dontCacheBustURLsMatching: /\/_astro\//,
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  // A new version waits until the reader chooses to reload, so work in progress is never cut off.
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
