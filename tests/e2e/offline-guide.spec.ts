// Offline that scales: a first visit keeps only the shell and the tools; pages and searches are
// kept as they are read; a page never read shows the offline page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPages, distDir } from './built-site';
import { cachedPaths, installOffline } from './offline-helpers';

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
  await expect(main(page).getByRole('link', { name: 'Cost-of-inaction calculator' })).toBeVisible();
  // The pages this device has are listed by title, and open.
  const kept = main(page).getByRole('link', { name: 'Honesty', exact: true });
  await expect(kept).toBeVisible();
  await expectNoAxeViolations(page);
  await kept.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');
  await context.close();
});

test('a search run online works again offline', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await page.goto('/search/?q=umbrella');
  const results = main(page).getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  const online = await results.allInnerTexts();
  await context.setOffline(true);
  await page.goto('/search/?q=umbrella');
  await expect(main(page).getByRole('status')).toContainText(/\d+ results? for “umbrella”/);
  await expect(results).toHaveText(online);
  await context.close();
});
