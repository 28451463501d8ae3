// An update of the site never leaves a broken mix of versions. The test plays a deploy: it serves
// the built site, then a "next version" made from it (every hashed file under a new name, the old
// names gone from the server as after a real deploy, every page marked, and a worker generated for
// it), from its own server, so the shared dist/ is never changed under other tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { distDir } from './built-site';
import { cachedPaths, installOffline, watchLoads } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 240_000 });

const root = join(import.meta.dirname, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The next version of the built site, in a new folder: new names for every hashed file, pages marked. */
function nextVersion(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-next-'));
  cpSync(from, dir, { recursive: true });
  const renamed = new Map<string, string>();
  for (const name of readdirSync(join(dir, '_astro'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const next = name.replace(/\.(js|css)$/, 'n2.$1');
    renameSync(join(dir, '_astro', name), join(dir, '_astro', next));
    renamed.set(name, next);
  }
  const names = [...renamed.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  for (const file of walk(dir)) {
    if (!/\.(html|js|css|json|webmanifest)$/.test(file) || file.includes(`${sep}pagefind${sep}`)) continue;
    const text = readFileSync(file, 'utf8');
    let next = text.replace(pattern, (name) => renamed.get(name) ?? name);
    if (file.endsWith('.html')) next = next.replace('</head>', '<meta name="accueil-version" content="next"></head>');
    if (next !== text) writeFileSync(file, next);
  }
  execFileSync(process.execPath, ['scripts/service-worker.mjs'], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dir },
    stdio: 'ignore',
  });
  return dir;
}

/** True when every stylesheet the page links to loaded with its rules. */
const styled = (page: Page) =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    // A sheet that failed to load (an error page in its place) refuses to show its rules.
    const rules = (link: HTMLLinkElement) => {
      try {
        return link.sheet?.cssRules.length ?? 0;
      } catch {
        return 0;
      }
    };
    return links.length > 0 && links.every((link) => rules(link) > 0);
  });

const version = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="accueil-version"]')?.getAttribute('content') ?? 'first');

/** Checks a page's styles and its external script (the search dialog opens with "/"). */
async function expectWorking(page: Page): Promise<void> {
  expect(await styled(page)).toBe(true);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Accueil' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('after an update: online the new pages, offline the pages kept before it styled and working, and the kept guide brought up to date', async ({
  browser,
}) => {
  const next = nextVersion(distDir);
  let served = distDir;
  const server = await serveStatic({ root: () => served });
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: `http://localhost:${server.port}` });
  try {
    const page = await installOffline(context);
    await page.goto('/playbooks/heart/honesty/');
    await page.goto('/playbooks/heart/empathy/');
    await page.goto('/tools/my-data/');
    const control = page.locator('keep-guide');
    await control.getByRole('button', { name: /^Keep the whole guide on this device/ }).click();
    await expect(control.getByRole('status')).toContainText('The whole guide is on this device');

    // The deploy: the server now has only the next version; the reader accepts the update.
    served = next;
    await page.goto('/');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Accueil is ready.' });
    // The notice shows once the new worker has installed, which downloads the new shell and tools.
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
    expect(await version(page)).toBe('next');

    // Online, a page read before the update comes in its new version, with its own files.
    await page.goto('/playbooks/heart/honesty/');
    expect(await version(page)).toBe('next');
    await expectWorking(page);

    // Offline, a page kept before the update opens as it was, styled, its script working, and
    // nothing it asks for is missing.
    const loads = watchLoads(page);
    // The browser's HTTP cache may still hold the earlier files for a while, but nothing promises
    // it (it is evicted at will): emptied, only what the service worker keeps can answer.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.goto('/playbooks/heart/empathy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empathy');
    expect(await version(page)).toBe('first');
    await expectWorking(page);
    expect(loads.failed).toEqual([]);

    // The kept guide is marked out of date, and one press brings it up to date.
    await context.setOffline(false);
    await page.goto('/tools/my-data/');
    await expect(control).toContainText('from an earlier version of the site');
    await control.getByRole('button', { name: /^Update the guide on this device/ }).click();
    await expect(control.getByRole('status')).toContainText('The whole guide is on this device');
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.goto('/playbooks/heart/empathy/');
    expect(await version(page)).toBe('next');
    await expectWorking(page);
    expect(loads.failed).toEqual([]);
    // The earlier version's files, needed by no kept page any more, are gone from the device.
    await expect
      .poll(async () => (await cachedPaths(page))['accueil-assets']?.filter((path) => !path.includes('n2.')) ?? [])
      .toEqual([]);

    // No page ever asked the server for a file it no longer has.
    expect(server.requests.filter((request) => request.status === 404)).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
