// After one visit the site works with no network: pages, search, and the installable manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './built-site';
import { installOffline } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });
// Installing precaches the whole site (about 4.5 MB) before a test can go offline: on a busy
// machine that alone can take most of a minute.
test.describe.configure({ timeout: 120_000 });

test('a playbook, search and a search result all work offline after one visit', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await context.setOffline(true);

  await page.goto('/playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');

  await page.goto('/search/?q=umbrella');
  const first = page.getByRole('list', { name: 'Search results' }).first().getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toContain('/playbooks/');
  await context.close();
});

test('the site is installable: a manifest with icons and a service worker', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    icons: { src: string; sizes: string }[];
    start_url: string;
    display: string;
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  expect((await request.get('/sw.js')).ok()).toBe(true);
});

test('the service worker is registered only once the page has loaded, so it never slows a first visit', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { accueilRegistrations: calls });
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
      calls.push(document.readyState);
      return register(...args);
    };
  });
  await page.goto('/tools/cost-of-inaction/');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { accueilRegistrations: string[] }).accueilRegistrations))
    .toEqual(['complete']);
  await page.evaluate(() => navigator.serviceWorker.ready);
});

test('Chromium finds nothing that stops the site being installed', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  const cdp = await context.newCDPSession(page);
  // The same check Chromium runs before it offers "Install app" (what Lighthouse's PWA audit used).
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are private windows, which Chromium never installs from; that is the
  // browser's setting, not the site's, so it is the one finding set aside.
  const found = installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
  expect(found).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
  expect(manifest.errors).toEqual([]);
  await context.close();
});

test('a new deploy is announced without reloading by itself, and reloads on request', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await page.goto('/search/');
  const box = page.getByRole('searchbox').first();
  await box.fill('work in progress');

  // Simulate a deploy: the served service worker changes, and the browser's next check finds it.
  const swFile = join(distDir, 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  writeFileSync(swFile, `${original}\n// next deploy`);
  try {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
  } finally {
    writeFileSync(swFile, original);
  }

  const notice = page.getByRole('status').filter({ hasText: 'A new version of Accueil is ready.' });
  await expect(notice).toBeVisible();
  await expect(box).toHaveValue('work in progress');
  // The reload can finish as soon as the click lands, so the wait starts before the click.
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeHidden();
  await context.close();
});
