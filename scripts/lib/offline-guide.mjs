// What the service worker keeps, split in two: the shell every visitor's browser precaches (a
// constant size, whatever the number of pages) and "the whole guide", which a reader downloads
// only when they ask for it (/tools/my-data/). scripts/service-worker.mjs uses both; the caches'
// names are in src/lib/offline-caches.ts, shared by the worker and the pages.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the list of the whole guide is written, relative to dist/. */
export const GUIDE_LIST = 'offline-guide.json';
/** The page shown for an address that is neither cached nor reachable. */
export const OFFLINE_PAGE = 'offline/index.html';

/** Pages in the shell: home, search, the offline and 404 pages, and every tool page. */
const shellPage = /^(index\.html|404\.html|offline\/index\.html|search\/index\.html|tools\/(.+\/)?index\.html)$/;
/** Pagefind's pieces, loaded as words are searched. */
const searchPiece = /^pagefind\/(index|fragment|filter)\//;

/**
 * Glob patterns (relative to dist/) of the precache: the layouts' CSS and scripts, icons, the
 * manifest, the shell's pages with the tools, and what pagefind needs to start (its script, worker,
 * entry, metadata and the WebAssembly of each language the index has), never its index pieces.
 * @param {string} dist
 * @returns {string[]}
 */
export function shellPatterns(dist) {
  const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');
  /** @type {string[]} */
  let wasm = ['*'];
  if (existsSync(entryFile)) {
    const entry = /** @type {{ languages?: Record<string, { wasm?: string | null }> }} */ (
      JSON.parse(readFileSync(entryFile, 'utf8'))
    );
    wasm = Object.values(entry.languages ?? {})
      .map((language) => language.wasm ?? 'unknown')
      .filter((name, index, all) => all.indexOf(name) === index);
  }
  return [
    '_astro/**/*',
    'icons/**/*',
    'favicon.svg',
    'manifest.webmanifest',
    'index.html',
    '404.html',
    OFFLINE_PAGE,
    'search/index.html',
    'tools/**/index.html',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.*.pf_meta',
    ...wasm.map((name) => `pagefind/wasm.${name}.pagefind`),
  ];
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * "The whole guide": every page outside the shell and every piece of the search index, as the
 * addresses the browser asks for, with their total size in bytes (as stored on the device) and a
 * version that changes whenever any of them does (so a guide kept before an update is known to be
 * out of date).
 * @param {string} dist
 * @returns {{ bytes: number, version: string, files: string[] }}
 */
export function guideList(dist) {
  /** @type {{ url: string, path: string, bytes: number }[]} */
  const found = [];
  for (const file of walk(dist)) {
    const path = relative(dist, file).split(sep).join('/');
    const page = path.endsWith('.html') && !path.startsWith('pagefind/') && !shellPage.test(path);
    if (!page && !searchPiece.test(path)) continue;
    const url = `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
    found.push({ url, path, bytes: statSync(file).size });
  }
  found.sort((a, b) => a.url.localeCompare(b.url));
  const hash = createHash('sha256');
  for (const file of found) hash.update(`${file.url}\0`).update(readFileSync(join(dist, file.path)));
  return {
    bytes: found.reduce((sum, file) => sum + file.bytes, 0),
    version: hash.digest('hex').slice(0, 16),
    files: found.map((file) => file.url),
  };
}
