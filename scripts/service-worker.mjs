// Builds dist/sw.js after the build and the search index: src/service-worker/sw.ts compiled by
// Rolldown into one minified classic script, then Workbox's injectManifest puts the precache's list
// in it. A first visit precaches only the shell: the layouts' CSS and scripts, icons, the manifest,
// the home, search, offline and 404 pages, every tool page with its code, and what search needs to
// start. Its size does not grow with the number of playbooks. Every other page is cached as it is
// read, and search's index pieces as searches load them; dist/offline-guide.json lists "the whole
// guide" for readers who ask to keep all of it (the control on /tools/my-data/).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { injectManifest } from 'workbox-build';
import { GUIDE_LIST, OFFLINE_PAGE, guideList, shellPatterns } from './lib/offline-guide.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const swDest = `${dist}/sw.js`;
// The path the site is served under (BASE_PATH, as astro.config.mjs reads it), for the list's
// addresses. The worker needs none: it finds the base from its own address.
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const found = guideList(dist);
const guide = { ...found, files: found.files.map((url) => `${base}${url.slice(1)}`) };
writeFileSync(`${dist}/${GUIDE_LIST}`, JSON.stringify(guide));

// One classic script (site-frame.ts registers it without type: 'module'), with Workbox's
// development checks and logs left out.
await build({
  input: fileURLToPath(new URL('../src/service-worker/sw.ts', import.meta.url)),
  platform: 'browser',
  tsconfig: fileURLToPath(new URL('../src/service-worker/tsconfig.json', import.meta.url)),
  transform: {
    define: { 'process.env.NODE_ENV': '"production"', OFFLINE_PAGE: JSON.stringify(OFFLINE_PAGE) },
  },
  output: { file: swDest, format: 'iife', minify: true, sourcemap: false },
  logLevel: 'warn',
});

const { count, size, warnings } = await injectManifest({
  swSrc: swDest,
  swDest,
  globDirectory: dist,
  globPatterns: shellPatterns(dist),
  globIgnores: ['sw.js', 'workbox-*.js'],
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  // Hashed file names in _astro/ need no extra revision (the list's addresses are relative to dist/).
  dontCacheBustURLsMatching: /^_astro\//,
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
console.log(`The whole guide, kept on request: ${guide.files.length} files (${(guide.bytes / 1024).toFixed(0)} KB).`);
