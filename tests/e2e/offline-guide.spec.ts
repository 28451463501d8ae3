// Offline that scales: a first visit keeps only the shell and the tools; pages are kept as they are
// read; "Keep the whole guide on this device" (on /tools/my-data/) downloads every page and search
// piece with visible progress, can be cancelled and removed; an offline search that needs a piece
// the device lacks says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPages, distDir } from './built-site';
import { cachedPaths, installOffline } from './offline-helpers';
import { expectPhoneReady } from './people';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

const guide = JSON.parse(readFileSync(join(distDir, 'offline-guide.json'), 'utf8')) as {
  bytes: number;
  files: string[];
};
const playbooks = builtPages().filter((path) => path.startsWith('/playbooks/') && path.split('/').length === 5);
const main = (page: Page) => page.getByRole('main');
const allPaths = (caches: Record<string, string[]>) => Object.values(caches).flat();

test('a first visit keeps the shell, the tools and what search needs to start, and no playbook page', async ({
  browser,
}) => {
  expect(playbooks.length).toBeGreaterThan(10);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  const paths = allPaths(await cachedPaths(page));
  expect(paths).toEqual(
    expect.arrayContaining([
      '/index.html',
      '/offline/index.html',
      '/search/index.html',
      '/tools/assess/heart/index.html',
      '/tools/cost-of-inaction/index.html',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
    ]),
  );
  expect(paths.filter((path) => path.startsWith('/playbooks/'))).toEqual([]);
  expect(paths.filter((path) => /^\/pagefind\/(index|fragment|filter)\//.test(path))).toEqual([]);
  // Nothing of the whole guide is downloaded until the reader asks for it.
  expect(
    paths.filter((path) => guide.files.includes(path) || guide.files.includes(path.replace(/index\.html$/, ''))),
  ).toEqual([]);
  await context.close();
});

test('a page read online opens offline; a page never read shows the offline page, which says what works', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await page.goto('/playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');
  await context.setOffline(true);

  await page.goto('/playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');

  await page.goto('/playbooks/heart/empathy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on this device yet');
  await expect(main(page).getByRole('link', { name: 'Keep the whole guide on this device' })).toHaveAttribute(
    'href',
    '/tools/my-data/#offline-guide',
  );
  await expect(main(page).getByRole('link', { name: 'Cost-of-inaction calculator' })).toBeVisible();
  // The pages this device has are listed by title, and open.
  const kept = main(page).getByRole('link', { name: 'Honesty', exact: true });
  await expect(kept).toBeVisible();
  await expectNoAxeViolations(page);
  await kept.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');
  await context.close();
});

test('an offline search that needs pieces the device lacks says so and points to keeping the guide', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await context.setOffline(true);
  await page.goto('/search/?q=umbrella');
  const status = main(page).getByRole('status');
  await expect(status).toContainText('This search needs the full guide offline');
  await expect(status.getByRole('link', { name: 'Keep the whole guide on this device' })).toHaveAttribute(
    'href',
    '/tools/my-data/#offline-guide',
  );
  await expect(status).not.toContainText('No results');
  await context.close();
});

test('a search run online works again offline', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  const list = main(page).getByRole('list', { name: 'Search results' });
  const results = list.getByRole('link');
  // Results are drawn as their data arrive, then settle in their final order: compare settled lists.
  const settled = async () => {
    await expect(main(page).getByRole('status')).toContainText(/\d+ results? for “umbrella”/);
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
  };
  await page.goto('/search/?q=umbrella');
  await settled();
  const online = await results.allInnerTexts();
  expect(online.length).toBeGreaterThan(0);
  await context.setOffline(true);
  await page.goto('/search/?q=umbrella');
  await settled();
  await expect(results).toHaveText(online);
  await context.close();
});

test('keeping the whole guide shows its size and progress, can be cancelled, then works offline and can be removed', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await page.goto('/tools/my-data/');
  const section = page.getByRole('region', { name: 'Reading offline' });
  const megabytes = (guide.bytes / 1_000_000).toFixed(1);
  const keep = section.getByRole('button', { name: `Keep the whole guide on this device (${megabytes} MB)` });
  await expect(keep).toBeVisible();
  await expect(section).toContainText(`The whole guide is ${String(guide.files.length)} files, ${megabytes} MB.`);
  await expectPhoneReady(page);

  // One page of the guide is held back until the progress has been seen, and the first try cancelled.
  const held = guide.files.find((file) => file.startsWith('/playbooks/')) ?? '';
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${held}`, async (route) => {
    await gate;
    await route.continue().catch(() => undefined);
  });
  await keep.click();
  const progress = section.getByRole('progressbar', { name: 'Downloading the whole guide' });
  await expect(progress).toBeVisible();
  await expect(section.getByText(new RegExp(`^\\d+ of ${String(guide.files.length)} files$`))).toBeVisible();
  const cancel = section.getByRole('button', { name: 'Cancel the download' });
  await expect(cancel).toBeFocused();
  await cancel.click();
  await expect(section.getByRole('status')).toContainText('Cancelled.');
  await expect(progress).toBeHidden();
  await expect(keep).toBeFocused();

  await keep.click();
  await expect(progress).toBeVisible();
  await expect(section.getByText(new RegExp(`^\\d+ of ${String(guide.files.length)} files$`))).toBeVisible();
  release();
  await expect(section.getByRole('status')).toContainText('The whole guide is on this device');
  const remove = section.getByRole('button', { name: 'Remove the guide from this device' });
  await expect(remove).toBeFocused();
  await expectNoAxeViolations(page);
  await expectPhoneReady(page);
  await page.unroute(`**${held}`);

  // Every file of the guide is on the device.
  const kept = allPaths(await cachedPaths(page));
  expect(guide.files.filter((file) => !kept.includes(file))).toEqual([]);

  await context.setOffline(true);
  // Pages never opened on this device, from every part of the guide.
  const sample = [held, ...playbooks.filter((path) => path !== held).slice(-2), '/glossary/', '/facilitators/'];
  for (const path of sample) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page is not on this device yet');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const word of ['umbrella', 'reachable']) {
    await page.goto(`/search/?q=${word}`);
    await expect(main(page).getByRole('status')).toContainText(new RegExp(`\\d+ results? for “${word}”`));
  }

  // Removing it (offline too) frees every file of the guide and keeps the shell.
  await page.goto('/tools/my-data/');
  await remove.click();
  await expect(section.getByRole('status')).toContainText('The guide was removed from this device');
  await expect(keep).toBeFocused();
  const left = allPaths(await cachedPaths(page));
  expect(guide.files.filter((file) => left.includes(file))).toEqual([]);
  expect(left).toContain('/tools/my-data/index.html');
  await page.goto(playbooks[0] ?? '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on this device yet');
  await context.close();
});

test('with Save-Data on, the guide is not downloaded until the reader says so', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  });
  const page = await context.newPage();
  await page.goto('/tools/my-data/');
  const section = page.getByRole('region', { name: 'Reading offline' });
  await section.getByRole('button', { name: /^Keep the whole guide on this device/ }).click();
  await expect(section.getByRole('status')).toContainText('Your browser asks sites to save data');
  const anyway = section.getByRole('button', { name: 'Download anyway' });
  await expect(anyway).toBeFocused();
  expect(allPaths(await cachedPaths(page)).filter((path) => guide.files.includes(path))).toEqual([]);
  await anyway.click();
  await expect(section.getByRole('status')).toContainText('The whole guide is on this device');
  await context.close();
});
