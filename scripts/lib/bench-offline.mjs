// What a reader's device pays, measured in a real browser against a built site served with
// compression (scripts/lib/static-server.mjs), for `npm run bench`: the bytes and requests of a
// first visit to the home page (empty cache, service worker allowed, 30 s), the size of "the whole
// guide", and search latency from the last key press to the first result link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, quietChromiumFlags } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

/** Words found in the real pages and, through their word chain, in the synthetic ones. */
export const searchQueries = ['customer', 'honesty', 'feedback', 'empathy', 'promise', 'journey', 'trust', 'listen'];

/** The median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function withBrowser(dist, work) {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: 'no Chromium found (set CHROME_PATH)' };
  const server = await serveStatic({ root: dist });
  const browser = await chromium.launch({ executablePath, args: quietChromiumFlags });
  try {
    return await work(browser, `http://localhost:${server.port}`, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A first visit to the home page with an empty cache: everything the server sent in `seconds`
 * (the page, then whatever the service worker fetches once it starts), compressed as served.
 * @returns {Promise<{ bytes: number, requests: number, seconds: number } | { skipped: string }>}
 */
export function firstVisit(dist, seconds = 30) {
  return withBrowser(dist, async (browser, origin, server) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const start = server.requests.length;
    await page.goto(`${origin}/`);
    await page.waitForTimeout(seconds * 1000);
    const seen = server.requests.slice(start);
    await context.close();
    return { bytes: seen.reduce((sum, request) => sum + request.bytes, 0), requests: seen.length, seconds };
  });
}

/**
 * "The whole guide" as the build lists it: files, bytes as stored on the device, and bytes over
 * the wire with brotli (quality 5, as the bench's server sends them).
 */
export function wholeGuide(dist) {
  const guide = JSON.parse(readFileSync(join(dist, 'offline-guide.json'), 'utf8'));
  let transferBytes = 0;
  for (const url of guide.files) {
    const file = join(dist, url.endsWith('/') ? `${url}index.html` : url);
    const body = readFileSync(file);
    transferBytes += /\.(html|json)$|\/$/.test(url)
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length
      : body.length;
  }
  return { files: guide.files.length, bytes: guide.bytes, transferBytes };
}

/**
 * Search latency on the search page: for each query, the box is emptied, the query typed key by
 * key, and the time from its last key press to the first result link on screen is kept.
 * @returns {Promise<{ medianMs: number, samplesMs: number[] } | { skipped: string }>}
 */
export function searchLatency(dist, queries = searchQueries, path = '/search/') {
  return withBrowser(dist, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}${path}`);
    const box = page.getByRole('searchbox').first();
    const list = page.getByRole('list', { name: 'Search results' }).first();
    // Ready once pagefind has started (its filters are drawn), as for a reader who opened the
    // page and put the cursor in the box (which loads the search code and the index's entry).
    await box.focus();
    await page.locator('[data-filters-box]').first().waitFor({ state: 'visible', timeout: 60_000 });
    const samplesMs = [];
    for (const query of queries) {
      await box.fill('');
      await list.locator('a').first().waitFor({ state: 'detached' });
      await box.evaluate((input) => {
        const results = input.closest('form')?.querySelector('[data-search-results]');
        const times = { last: 0, first: 0 };
        Object.assign(window, { benchTimes: times });
        // Each key press starts the wait again: a link drawn by a search of fewer letters, before
        // the last key, does not count (a newer search replaces the list before drawing its own).
        input.addEventListener('keydown', () => {
          times.last = performance.now();
          times.first = 0;
        });
        const observer = new MutationObserver(() => {
          if (times.last > 0 && times.first === 0 && results?.querySelector('a')) {
            times.first = performance.now();
          }
        });
        if (results) observer.observe(results, { childList: true, subtree: true });
      });
      await box.pressSequentially(query, { delay: 40 });
      await page.waitForFunction(() => window.benchTimes.first > 0, undefined, { timeout: 60_000 });
      // A search of the whole word may follow a drawn search of its first letters: wait for it.
      await page
        .getByRole('status')
        .first()
        .filter({ hasText: `for “${query}”` })
        .waitFor({ timeout: 60_000 });
      const { first, last } = await page.evaluate(() => window.benchTimes);
      samplesMs.push(Math.round(first - last));
    }
    return { medianMs: median(samplesMs), samplesMs };
  });
}
