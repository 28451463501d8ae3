// `npm run bench`: builds the site, then reports build time, bytes per page type, the size of dist/
// and of the search index, and Lighthouse mobile scores when a Chromium is available. A scale step
// then builds the real site and a 1,000-playbook synthetic one, to show how the figures grow.
// Writes bench/results.json. Timings are reported, never asserted.
// BENCH_SKIP_LIGHTHOUSE=1 skips Lighthouse; BENCH_SKIP_SCALE=1 skips the scale step;
// BENCH_ONLY=scale runs the scale step alone; BENCH_SCALE_PAGES sets its playbook count (1000);
// BENCH_LIGHTHOUSE_RUNS sets the Lighthouse runs per page whose median is reported (5).
// At each size the scale step also measures, in Chromium against the site served with compression:
// a first visit to the home page (bytes and requests in 30 s, empty cache, service worker
// allowed), the size of "the whole guide", search latency (last key press to first result link,
// median), and the build's wall time and peak memory (/usr/bin/time). BENCH_SCALE_SIZES=real or
// =large runs one size only; BENCH_KEEP_SCALE=1 keeps the built projects in the temp folder.
// A Starlight step (scripts/lib/bench-starlight.mjs) then builds a minimal Starlight site with the
// same synthetic playbooks and measures it the same way; BENCH_ONLY=starlight runs it alone and
// BENCH_SKIP_STARLIGHT=1 skips it (it installs Starlight with npm into the temp folder once).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageTypes } from './lib/budgets.mjs';
import { folderBytes, htmlFileFor, measurePageJs } from './lib/page-weight.mjs';
import { writeSyntheticContent } from './lib/synthetic-content.mjs';
import { findChromium, quietChromiumFlags } from './chromium.mjs';
import { firstVisit, searchLatency, wholeGuide } from './lib/bench-offline.mjs';
import { starlightBench } from './lib/bench-starlight.mjs';

// The main build honours DIST_DIR like the rest of the build, so parallel runs keep apart.
const dist = process.env.DIST_DIR ?? 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const count = (n) => n.toLocaleString('en-GB');

const only = process.env.BENCH_ONLY;
if (only && only !== 'scale' && only !== 'starlight') {
  console.error(`BENCH_ONLY="${only}" is not known; the values are "scale" and "starlight".`);
  process.exit(1);
}
const runScale = only === 'scale' || (!only && !process.env.BENCH_SKIP_SCALE);
const runStarlight = only === 'starlight' || (!only && !process.env.BENCH_SKIP_STARLIGHT);
const scalePages = Number(process.env.BENCH_SCALE_PAGES ?? 1000);
if (!Number.isInteger(scalePages) || scalePages < 1) {
  console.error(`BENCH_SCALE_PAGES="${process.env.BENCH_SCALE_PAGES}" is not a whole number of playbooks.`);
  process.exit(1);
}
const scaleSizes = (process.env.BENCH_SCALE_SIZES ?? 'real,large').split(',');
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};

function timed(command, args) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed.`);
    process.exit(1);
  }
  return Math.round(performance.now() - start);
}

/** Lighthouse runs per page; the README reports their median. */
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5) || 1);

/** The median of numbers, unrounded (Lighthouse scores are fractions). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function lighthouseScores(pages) {
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
        const runs = [];
        for (let run = 0; run < lighthouseRuns; run += 1) {
          const result = await lighthouse(`http://localhost:${port}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          runs.push(result?.lhr.categories ?? {});
        }
        // One Lighthouse run varies by several points on a shared machine; its authors advise the
        // median of several runs. The range of the performance scores is kept beside it.
        const keys = Object.keys(runs[0] ?? {});
        scores[type] = Object.fromEntries(
          keys.map((key) => [key, median(runs.map((categories) => categories[key]?.score ?? 0))]),
        );
        const performance = runs.map((categories) => categories.performance?.score ?? 0);
        scores[type].performanceRange = [Math.min(...performance), Math.max(...performance)];
      }
    } finally {
      chrome.kill();
    }
    return scores;
  } finally {
    server.kill();
  }
}

/** The main bench: one build of the real site, bytes per page type, Lighthouse; its README text. */
async function pageBench() {
  console.log('Building (astro, pagefind, then the service worker, as npm run build does)…');
  const astroMs = timed(process.execPath, ['scripts/astro-build.mjs', '--silent']);
  const pagefindMs = timed(process.execPath, ['scripts/index-search.mjs', '--silent']);
  // Measured pages must be the pages that ship: without it the page's registration of /sw.js fails.
  const serviceWorkerMs = timed(process.execPath, ['scripts/service-worker.mjs']);
  const pages = pageTypes
    .filter(({ path }) => existsSync(htmlFileFor(dist, path)))
    .map(({ type, path, budget }) => {
      const js = measurePageJs(dist, path);
      return { type, path, htmlBytes: js.htmlBytes, jsRaw: js.raw, jsGzip: js.gzip, jsBudgetGzip: budget };
    });
  const lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE
    ? { skipped: 'BENCH_SKIP_LIGHTHOUSE is set' }
    : await lighthouseScores(pages);
  const results = {
    date: new Date().toISOString(),
    node: process.versions.node,
    buildMs: {
      astro: astroMs,
      pagefind: pagefindMs,
      serviceWorker: serviceWorkerMs,
      total: astroMs + pagefindMs + serviceWorkerMs,
    },
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    pages,
    lighthouse,
  };
  console.log(
    `\nBuild: astro ${seconds(astroMs)} + pagefind ${seconds(pagefindMs)} + service worker ${seconds(serviceWorkerMs)}`,
  );
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
  const score = (type, key) => {
    const value = lighthouse[type]?.[key];
    return typeof value === 'number' ? value.toFixed(2) : '–';
  };
  const range = (type) => {
    const [low, high] = lighthouse[type]?.performanceRange ?? [];
    return typeof low === 'number' && low !== high ? ` (${low.toFixed(2)}–${high.toFixed(2)})` : '';
  };
  const rows = pages.map(
    (page) =>
      `| ${page.type} | \`${page.path}\` | ${kb(page.htmlBytes)} | ${kb(page.jsRaw)} | ${kb(page.jsGzip)} | ${kb(page.jsBudgetGzip)} | ${score(page.type, 'performance')}${range(page.type)} | ${score(page.type, 'accessibility')} | ${score(page.type, 'best-practices')} | ${score(page.type, 'seo')} |`,
  );
  const readme = [
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)} (Node ${results.node}, 2-core machine):`,
    '',
    `- Clean build: ${seconds(astroMs)} (Astro) + ${seconds(pagefindMs)} (pagefind) + ${seconds(serviceWorkerMs)} (service worker)`,
    `- \`dist/\`: ${kb(results.distBytes)}; search index: ${kb(results.pagefindBytes)}`,
    '',
    `Lighthouse (mobile, its default simulated slow phone and network): the median of ${lighthouseRuns} runs per page, with the range of the performance scores in brackets when they differ.`,
    '',
    '| page type | page | HTML | JS at load (raw) | JS at load (gzip) | JS budget | LH perf | LH a11y | LH best practices | LH SEO |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    ...(lighthouse.skipped ? ['', `Lighthouse was skipped: ${lighthouse.skipped}.`] : []),
  ].join('\n');
  return { results, readme };
}

/** HTML pages in a built site, the search index excepted. */
function htmlPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
}

/**
 * Builds a project copy from scratch (astro, pagefind, service worker, as `npm run build` does),
 * timing each step by the wall clock. Its own .astro/, cache and dist keep it apart from this
 * checkout, whose .astro/content-modules.mjs would otherwise list the temporary content.
 */
function cleanBuild(project) {
  const env = {
    ...process.env,
    ACCUEIL_CONTENT: join(project, 'content'),
    DIST_DIR: join(project, 'dist'),
    ASTRO_CACHE_DIR: join(project, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Peak memory (maximum resident set, KiB) of each step, from GNU time when the machine has it.
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const peaks = [];
  const step = (args) => {
    const start = performance.now();
    const report = join(project, '.peak');
    const [command, commandArgs] = time
      ? [time, ['-f', '%M', '-o', report, process.execPath, ...args]]
      : [process.execPath, args];
    const result = spawnSync(command, commandArgs, { cwd: project, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`Scale build failed in ${project}: node ${args.join(' ')}`);
    if (time) peaks.push(Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)));
    return Math.round(performance.now() - start);
  };
  const astro = step(['scripts/astro-build.mjs', '--silent']);
  const pagefind = step(['scripts/index-search.mjs', '--silent']);
  const serviceWorker = step(['scripts/service-worker.mjs']);
  return {
    astro,
    pagefind,
    serviceWorker,
    total: astro + pagefind + serviceWorker,
    peakMemoryKiB: time ? Math.max(...peaks) : null,
  };
}

/** Builds one site (the real content, or `total` playbooks with synthetic ones) and measures it. */
async function scaleRun(total) {
  const project = mkdtempSync(join(tmpdir(), 'accueil-scale-'));
  try {
    for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'])
      cpSync(name, join(project, name), { recursive: true });
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
    const content = join(project, 'content');
    if (total) writeSyntheticContent(content, total);
    else cpSync('content', content, { recursive: true });
    const ids = readdirSync(join(content, 'playbooks'), { recursive: true })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, ''));
    console.log(`Scale: clean build with ${ids.length} playbooks…`);
    const buildMs = cleanBuild(project);
    const out = join(project, 'dist');
    const weights = ids.map((id) => measurePageJs(out, `/playbooks/${id}/`));
    const pagesBuilt = htmlPages(out).length;
    console.log(`Scale: a first visit (30 s), the whole guide and search latency at ${ids.length} playbooks…`);
    const visit = await firstVisit(out, 30);
    const guide = wholeGuide(out);
    const search = await searchLatency(out);
    return {
      playbooks: ids.length,
      pagesBuilt,
      buildMs,
      secondsPerPage: Number((buildMs.total / 1000 / pagesBuilt).toFixed(4)),
      distBytes: folderBytes(out),
      pagefindBytes: folderBytes(join(out, 'pagefind')),
      playbookHtmlBytesMedian: Math.round(median(weights.map((weight) => weight.htmlBytes))),
      playbookJsGzipMedian: Math.round(median(weights.map((weight) => weight.gzip))),
      firstVisit: visit,
      wholeGuide: guide,
      search,
    };
  } finally {
    if (process.env.BENCH_KEEP_SCALE) console.log(`Kept ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

/** The scale step: the real site, then `scalePages` playbooks, each built clean; its README text. */
async function scaleBench() {
  const real = scaleSizes.includes('real') ? await scaleRun(0) : previous.scale?.real;
  const large = scaleSizes.includes('large') ? await scaleRun(scalePages) : previous.scale?.large;
  if (!real || !large) throw new Error('BENCH_SCALE_SIZES left out a size that bench/results.json does not have yet.');
  const scale = {
    date: new Date().toISOString(),
    node: process.versions.node,
    real,
    large,
    // Above 1, each page costs more to build in the large site than in the small one.
    growth: Number((large.secondsPerPage / real.secondsPerPage).toFixed(2)),
    // The fixed cost of a build (start-up, bundling) hides in the ratio; this is the cost of one more page.
    marginalMsPerPage: Math.round(
      (large.buildMs.total - real.buildMs.total) / Math.max(1, large.pagesBuilt - real.pagesBuilt),
    ),
  };
  const rows = [
    ['playbooks / HTML pages built', (run) => `${count(run.playbooks)} / ${count(run.pagesBuilt)}`],
    [
      'clean build (astro + pagefind + service worker)',
      (run) =>
        `${seconds(run.buildMs.total)} (${seconds(run.buildMs.astro)} + ${seconds(run.buildMs.pagefind)} + ${seconds(run.buildMs.serviceWorker)})`,
    ],
    ['build time per page built', (run) => `${(run.secondsPerPage * 1000).toFixed(0)} ms`],
    ['build peak memory (largest step)', (run) => (run.buildMs.peakMemoryKiB ? mib(run.buildMs.peakMemoryKiB) : '–')],
    [
      'first visit to the home page (30 s, compressed, with the service worker)',
      (run) =>
        run.firstVisit?.bytes === undefined
          ? '–'
          : `${kb(run.firstVisit.bytes)} in ${count(run.firstVisit.requests)} requests`,
    ],
    [
      '"the whole guide" (kept on request): stored / over the wire',
      (run) =>
        run.wholeGuide
          ? `${count(run.wholeGuide.files)} files, ${kb(run.wholeGuide.bytes)} / ${kb(run.wholeGuide.transferBytes)}`
          : '–',
    ],
    [
      'search: last key press to first result link (median)',
      (run) =>
        run.search?.medianMs === undefined
          ? '–'
          : `${Math.round(run.search.medianMs)} ms (${run.search.samplesMs.length} searches)`,
    ],
    ['search index (`pagefind/`)', (run) => kb(run.pagefindBytes)],
    ['HTML per playbook page (median)', (run) => kb(run.playbookHtmlBytesMedian)],
    ['JS at load per playbook page (gzip, median)', (run) => kb(run.playbookJsGzipMedian)],
  ];
  console.table(Object.fromEntries(rows.map(([label, cell]) => [label, { real: cell(real), large: cell(large) }])));
  console.log(`Growth: time per page at ${large.playbooks} playbooks ÷ at ${real.playbooks} = ${scale.growth}`);
  console.log(`Each extra page added ${scale.marginalMsPerPage} ms to the build.`);
  const readme = [
    `**Budgets at scale**, measured on ${scale.date.slice(0, 10)}: the real site, and the same site with synthetic`,
    `playbooks added up to ${count(large.playbooks)} (\`scripts/lib/synthetic-content.mjs\`), each a clean build.`,
    '',
    `| | real site | ${count(large.playbooks)} playbooks |`,
    '|---|---|---|',
    ...rows.map(([label, cell]) => `| ${label} | ${cell(real)} | ${cell(large)} |`),
    '',
    `Build time per page at ${count(large.playbooks)} playbooks ÷ per page at ${real.playbooks}: **${scale.growth}**`,
    `(1 or less: build time grows no worse than linearly with the number of pages). Each extra page added ${scale.marginalMsPerPage} ms.`,
  ].join('\n');
  return { scale, readme };
}

const page = only ? undefined : await pageBench();
const scaled = runScale ? await scaleBench() : undefined;
if (!runScale) console.log('Scale step skipped (BENCH_SKIP_SCALE or BENCH_ONLY); the previous scale figures are kept.');
let starlight = previous.starlight;
if (runStarlight) {
  console.log(`Starlight: a minimal site with ${scalePages} synthetic playbooks, built and measured the same way…`);
  try {
    starlight = { date: new Date().toISOString(), playbooks: scalePages, ...(await starlightBench(scalePages)) };
    console.log(starlight);
  } catch (error) {
    console.log(`Starlight step not done: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const results = { ...(page?.results ?? previous), scale: scaled?.scale ?? previous.scale, starlight };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');

// The README's figures sit between its bench markers; the scale table has markers of its own
// inside them, so each step rewrites its own part and a skipped step keeps its previous text.
const scaleMarkers = /<!-- bench-scale:start -->[\s\S]*?<!-- bench-scale:end -->/;
if (existsSync('README.md')) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme.replace(/<!-- bench:start -->\n?([\s\S]*?)\n?<!-- bench:end -->/, (_, inner) => {
    const main = page?.readme ?? inner.replace(scaleMarkers, '').trim();
    const scale = scaled
      ? `<!-- bench-scale:start -->\n${scaled.readme}\n<!-- bench-scale:end -->`
      : scaleMarkers.exec(inner)?.[0];
    return `<!-- bench:start -->\n${[main, scale].filter(Boolean).join('\n\n')}\n<!-- bench:end -->`;
  });
  if (updated !== readme) {
    writeFileSync('README.md', updated);
    console.log('Updated the performance section of README.md');
  }
}
