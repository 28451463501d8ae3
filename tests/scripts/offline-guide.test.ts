// The build splits the site in two: the shell every first visit precaches (constant, whatever the
// number of pages) and "the whole guide" (every other page and every search piece), listed with
// its size for the reader who asks to keep it. Checked on a small made-up dist/.
import { execFile } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_LIST, guideList, shellPatterns } from '../../scripts/lib/offline-guide.mjs';

const root = join(import.meta.dirname, '../..');
const dist = mkdtempSync(join(tmpdir(), 'accueil-offline-guide-'));

/** Files of the made-up site and their sizes in bytes. */
const files: Record<string, number> = {
  'index.html': 300,
  '404.html': 200,
  'offline/index.html': 210,
  'search/index.html': 220,
  'tools/index.html': 230,
  'tools/assess/heart/index.html': 240,
  'tools/cost-of-inaction/index.html': 250,
  'playbooks/index.html': 400,
  'playbooks/heart/honesty/index.html': 1000,
  'playbooks/heart/empathy/index.html': 1100,
  'glossary/index.html': 900,
  '_astro/Base.abc123.css': 50,
  '_astro/chart.def456.js': 60,
  'icons/icon-192.png': 70,
  'favicon.svg': 10,
  'manifest.webmanifest': 20,
  'robots.txt': 5,
  'pagefind/pagefind.js': 80,
  'pagefind/pagefind-worker.js': 81,
  'pagefind/pagefind.en-gb_1a2b.pf_meta': 82,
  'pagefind/wasm.en-gb.pagefind': 83,
  'pagefind/wasm.unknown.pagefind': 84,
  'pagefind/pagefind-ui.js': 85,
  'pagefind/pagefind-component-ui.js': 86,
  'pagefind/index/en-gb_aa.pf_index': 500,
  'pagefind/index/en-gb_bb.pf_index': 510,
  'pagefind/fragment/en-gb_cc.pf_fragment': 120,
  'pagefind/filter/en-gb_dd.pf_filter': 130,
};

beforeAll(() => {
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(size));
  }
  writeFileSync(
    join(dist, 'pagefind/pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { 'en-gb': { hash: 'en-gb_1a2b', wasm: 'en-gb', page_count: 5 } } }),
  );
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

const guideFiles = [
  '/glossary/',
  '/pagefind/filter/en-gb_dd.pf_filter',
  '/pagefind/fragment/en-gb_cc.pf_fragment',
  '/pagefind/index/en-gb_aa.pf_index',
  '/pagefind/index/en-gb_bb.pf_index',
  '/playbooks/',
  '/playbooks/heart/empathy/',
  '/playbooks/heart/honesty/',
];

describe('the whole guide', () => {
  it('lists every page outside the shell and every search piece, by address, with their total size', () => {
    const guide = guideList(dist);
    expect(guide.files).toEqual(guideFiles);
    expect(guide.bytes).toBe(900 + 130 + 120 + 500 + 510 + 400 + 1100 + 1000);
  });

  it('has a version that changes when a file of the guide changes, and only then', () => {
    const before = guideList(dist).version;
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(dist, 'robots.txt'), 'changed, but not part of the guide');
    expect(guideList(dist).version).toBe(before);
    const page = join(dist, 'playbooks/heart/honesty/index.html');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, `${text.slice(1)}y`);
    expect(guideList(dist).version).not.toBe(before);
    writeFileSync(page, text);
    expect(guideList(dist).version).toBe(before);
  });
});

const shell = () => new Set(globSync(shellPatterns(dist), { cwd: dist }));

describe('the shell', () => {
  it('holds the layouts’ files, icons, manifest, the home, search, offline and 404 pages and every tool page', () => {
    expect([...shell()].sort()).toEqual(
      [
        '404.html',
        '_astro/Base.abc123.css',
        '_astro/chart.def456.js',
        'favicon.svg',
        'icons/icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'offline/index.html',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind.en-gb_1a2b.pf_meta',
        'pagefind/pagefind.js',
        // Only the WebAssembly of the index's language; pagefind's bundled UIs are never used.
        'pagefind/wasm.en-gb.pagefind',
        'search/index.html',
        'tools/assess/heart/index.html',
        'tools/cost-of-inaction/index.html',
        'tools/index.html',
      ].sort(),
    );
  });

  it('shares no file with the whole guide', () => {
    const shellUrls = [...shell()].map((path) => `/${path.replace(/index\.html$/, '')}`);
    expect(shellUrls.filter((url) => guideFiles.includes(url))).toEqual([]);
  });
});

describe('scripts/service-worker.mjs', () => {
  it('writes the list beside a worker whose precache holds the shell only', async () => {
    await promisify(execFile)(process.execPath, [join(root, 'scripts/service-worker.mjs')], {
      cwd: root,
      env: { ...process.env, DIST_DIR: dist },
    });
    expect(JSON.parse(readFileSync(join(dist, GUIDE_LIST), 'utf8'))).toEqual(guideList(dist));
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    // Registered without type: 'module' (src/scripts/site-frame.ts): it must run as a classic script.
    expect(() => new Script(worker, { filename: 'sw.js' })).not.toThrow();
    expect(worker).not.toMatch(/^\s*(import|export)\b|\bimport\s*\(|\bimport\.meta\b/m);
    // injectManifest put the precache's list in place of self.__WB_MANIFEST: the shell, each file once.
    expect(worker).not.toContain('__WB_MANIFEST');
    const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((found) => found[1]);
    expect(precached.sort()).toEqual([...shell()].sort());
    expect(
      precached.filter((url) => /^(playbooks|glossary)\/|pf_index|pf_fragment|pf_filter|pagefind-ui/.test(url ?? '')),
    ).toEqual([]);
  }, 60_000);
});
