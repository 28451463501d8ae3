// After one visit the shell works with no network (home, search, tools, the installable manifest),
// and every page read online opens again offline. tests/e2e/offline-guide.spec.ts covers what a
// first visit keeps, the offline page and keeping the whole guide.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './built-site';
import { installOffline } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });
// Installing precaches the shell and the tools (about 1.4 MB) before a test can go offline: on a
// busy machine that can take a while.
test.describe.configure({ timeout: 120_000 });

test('a playbook, a search and its result read online all work offline, as does the home page', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await page.goto('/playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');
  await page.goto('/search/?q=umbrella');
  const first = page.getByRole('list', { name: 'Search results' }).first().getByRole('link').first();
  await expect(first).toBeVisible();
  const result = await first.getAttribute('href');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(true);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');

  await page.goto('/search/?q=umbrella');
  await expect(first).toHaveAttribute('href', result ?? '');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page is not on this device yet');
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
  // The change stays until the reloaded page has registered again: restoring it earlier would be a
  // second deploy, announced in its turn now that the shell installs in a moment.
  const swFile = join(distDir, 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  writeFileSync(swFile, `${original}\n// next deploy`);
  try {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });

    const notice = page.getByRole('status').filter({ hasText: 'A new version of Accueil is ready.' });
    await expect(notice).toBeVisible();
    await expect(box).toHaveValue('work in progress');
    // The reload can finish as soon as the click lands, so the wait starts before the click.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeHidden();
  } finally {
    writeFileSync(swFile, original);
  }
  await context.close();
});
