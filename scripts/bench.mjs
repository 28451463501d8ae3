// `npm run bench`: builds the site, then reports build time, bytes per page type, the size of dist/
// and of the search index, and Lighthouse mobile scores when a Chromium is available.
// Writes bench/results.json. Timings are reported, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageTypes } from './lib/budgets.mjs';
import { folderBytes, htmlFileFor, measurePageJs } from './lib/page-weight.mjs';
import { findChromium, quietChromiumFlags } from './chromium.mjs';

const dist = 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function timed(command, args) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed.`);
    process.exit(1);
  }
  return Math.round(performance.now() - start);
}

console.log('Building (astro, then pagefind)…');
const astroMs = timed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
const pagefindMs = timed(process.execPath, ['scripts/index-search.mjs', '--silent']);

const pages = pageTypes
  .filter(({ path }) => existsSync(htmlFileFor(dist, path)))
  .map(({ type, path, budget }) => {
    const js = measurePageJs(dist, path);
    return { type, path, htmlBytes: js.htmlBytes, jsRaw: js.raw, jsGzip: js.gzip, jsBudgetGzip: budget };
  });

async function lighthouseScores() {
  const chromePath = findChromium();
  if (!chromePath) return { skipped: 'no Chromium found (set CHROME_PATH)' };
  const port = 4390;
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        if ((await fetch(`http://localhost:${port}/`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...quietChromiumFlags] });
    const scores = {};
    try {
      for (const { type, path } of pages) {
        const result = await lighthouse(`http://localhost:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        scores[type] = Object.fromEntries(Object.entries(categories).map(([key, value]) => [key, value.score]));
      }
    } finally {
      chrome.kill();
    }
    return scores;
  } finally {
    server.kill();
  }
}

const lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE
  ? { skipped: 'BENCH_SKIP_LIGHTHOUSE is set' }
  : await lighthouseScores();
const results = {
  date: new Date().toISOString(),
  node: process.versions.node,
  buildMs: { astro: astroMs, pagefind: pagefindMs, total: astroMs + pagefindMs },
  distBytes: folderBytes(dist),
  pagefindBytes: folderBytes(join(dist, 'pagefind')),
  pages,
  lighthouse,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nBuild: astro ${(astroMs / 1000).toFixed(1)} s + pagefind ${(pagefindMs / 1000).toFixed(1)} s`);
console.log(`dist/: ${kb(results.distBytes)} · search index: ${kb(results.pagefindBytes)}\n`);
console.table(
  Object.fromEntries(
    pages.map((page) => [
      page.type,
      {
        path: page.path,
        html: kb(page.htmlBytes),
        'JS raw': kb(page.jsRaw),
        'JS gzip': kb(page.jsGzip),
        budget: kb(page.jsBudgetGzip),
        ...(lighthouse[page.type] ?? {}),
      },
    ]),
  ),
);
if (lighthouse.skipped) console.log(`Lighthouse skipped: ${lighthouse.skipped}`);
console.log('Wrote bench/results.json');

/** The README's performance figures, rewritten between its bench markers. */
function readmeSection() {
  const score = (type, key) => {
    const value = lighthouse[type]?.[key];
    return typeof value === 'number' ? value.toFixed(2) : '–';
  };
  const rows = pages.map(
    (page) =>
      `| ${page.type} | \`${page.path}\` | ${kb(page.htmlBytes)} | ${kb(page.jsRaw)} | ${kb(page.jsGzip)} | ${kb(page.jsBudgetGzip)} | ${score(page.type, 'performance')} | ${score(page.type, 'accessibility')} | ${score(page.type, 'best-practices')} | ${score(page.type, 'seo')} |`,
  );
  return [
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)} (Node ${results.node}, 2-core machine):`,
    '',
    `- Clean build: ${(astroMs / 1000).toFixed(1)} s (Astro) + ${(pagefindMs / 1000).toFixed(1)} s (pagefind)`,
    `- \`dist/\`: ${kb(results.distBytes)}; search index: ${kb(results.pagefindBytes)}`,
    '',
    '| page type | page | HTML | JS at load (raw) | JS at load (gzip) | JS budget | LH perf | LH a11y | LH best practices | LH SEO |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    ...(lighthouse.skipped ? ['', `Lighthouse was skipped: ${lighthouse.skipped}.`] : []),
  ].join('\n');
}
if (existsSync('README.md')) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${readmeSection()}\n<!-- bench:end -->`,
  );
  if (updated !== readme) {
    writeFileSync('README.md', updated);
    console.log('Updated the performance section of README.md');
  }
}
