// The side-by-side figures of `npm run bench`: a minimal Starlight site with the same synthetic
// playbooks, built and measured the way Accueil is (build wall time and peak memory, a first visit,
// search latency from the last key press to the first result link with Starlight's pagefind UI).
// Starlight is installed into its own folder under the temp directory, never into this project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { findChromium, quietChromiumFlags } from '../chromium.mjs';
import { firstVisit, median, searchQueries } from './bench-offline.mjs';
import { serveStatic } from './static-server.mjs';
import { writeSyntheticContent } from './synthetic-content.mjs';

/** Where Starlight is installed for the bench (kept between runs, so it installs once). */
export const starlightHome = join(tmpdir(), 'starlight-bench');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Installs astro and @astrojs/starlight into `starlightHome` with npm, unless they are there. */
function install() {
  if (existsSync(join(starlightHome, 'node_modules/@astrojs/starlight/package.json'))) return;
  mkdirSync(starlightHome, { recursive: true });
  writeFileSync(join(starlightHome, 'package.json'), '{"name":"starlight-bench","private":true,"type":"module"}\n');
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', 'astro', '@astrojs/starlight'],
    {
      cwd: starlightHome,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
    },
  );
  if (npm.status !== 0) throw new Error('npm could not install Starlight for the bench');
}

/** The synthetic playbooks as Starlight docs: the same titles, summaries and prose (MDX tags dropped). */
function writeSite(total) {
  const content = join(starlightHome, 'synthetic');
  rmSync(content, { recursive: true, force: true });
  writeSyntheticContent(content, total);
  const docs = join(starlightHome, 'src/content/docs');
  rmSync(join(starlightHome, 'src'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (const file of walk(join(content, 'playbooks')).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(file, 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title: (.*)$/m.exec(front)?.[1] ?? 'Untitled';
    const summary = /^summary: (.*)$/m.exec(front)?.[1] ?? '';
    const prose = body.replace(/^import .*$/gm, '').replace(/<[^>]+\/>/g, '');
    const target = join(docs, 'playbooks', relative(join(content, 'playbooks'), file).replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `---\ntitle: ${title}\ndescription: ${summary}\n---\n\n${prose}`);
  }
  writeFileSync(
    join(docs, 'index.md'),
    '---\ntitle: Bench\ndescription: The synthetic playbooks.\n---\n\nThe guide.\n',
  );
  writeFileSync(
    join(starlightHome, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(
    join(starlightHome, 'astro.config.mjs'),
    "import { defineConfig, passthroughImageService } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ image: { service: passthroughImageService() }, integrations: [starlight({ title: 'Bench' })] });\n",
  );
}

/** Search latency with Starlight's pagefind UI, measured as for Accueil. */
async function searchLatency(dist) {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: 'no Chromium found' };
  const server = await serveStatic({ root: dist });
  const browser = await chromium.launch({ executablePath, args: quietChromiumFlags });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${server.port}/`);
    await page.locator('button[data-open-modal]').first().click();
    const box = page.locator('.pagefind-ui__search-input').first();
    await box.waitFor({ timeout: 60_000 });
    const samplesMs = [];
    for (const query of searchQueries) {
      await box.fill('');
      await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'detached' });
      await box.evaluate((input) => {
        const times = { last: 0, first: 0 };
        Object.assign(window, { benchTimes: times });
        input.addEventListener('keydown', () => {
          times.last = performance.now();
          times.first = 0;
        });
        new MutationObserver(() => {
          if (times.last > 0 && times.first === 0 && document.querySelector('.pagefind-ui__result-link')) {
            times.first = performance.now();
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await box.pressSequentially(query, { delay: 40 });
      await page.waitForFunction(() => window.benchTimes.first > 0, undefined, { timeout: 60_000 });
      const { first, last } = await page.evaluate(() => window.benchTimes);
      samplesMs.push(Math.round(first - last));
      await page.waitForTimeout(1500);
    }
    return { medianMs: median(samplesMs), samplesMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Builds and measures a Starlight site of `total` synthetic playbooks. */
export async function starlightBench(total) {
  install();
  writeSite(total);
  const dist = join(starlightHome, 'dist');
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(starlightHome, '.astro'), { recursive: true, force: true });
  // Astro's cache (the content layer's store of rendered pages) lives in node_modules/.astro: left
  // there, a second bench of the same seeded content skipped rendering, 20 s against 31 s clean.
  rmSync(join(starlightHome, 'node_modules/.astro'), { recursive: true, force: true });
  const report = join(starlightHome, '.peak');
  const start = performance.now();
  const time = existsSync('/usr/bin/time');
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--silent'];
  const build = time
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, process.execPath, ...args], {
        cwd: starlightHome,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      })
    : spawnSync(process.execPath, args, { cwd: starlightHome, stdio: ['ignore', 'ignore', 'inherit'] });
  const buildMs = Math.round(performance.now() - start);
  if (build.status !== 0) throw new Error('The Starlight build failed');
  const pages = walk(dist).filter((file) => file.endsWith('.html')).length;
  return {
    pagesBuilt: pages,
    buildMs,
    peakMemoryKiB: time ? Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) : null,
    firstVisit: await firstVisit(dist, 30),
    search: await searchLatency(dist),
  };
}
