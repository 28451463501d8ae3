// The calculator's bytes (issue 21): what it needs only to read a link or a saved copy (the schema
// and zod) is fetched only when there is one to read, and when it cannot be fetched the reader is
// told so, and neither the address nor the saved copy is overwritten with the usual figures.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openTool } from './people';

const PATH = '/tools/cost-of-inaction/';
const READER = '**/_astro/calculator-saved.*.js';

/** The scripts the page fetches, by file name. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) scripts.push(name);
  });
  return scripts;
}

test('a first visit without a link fetches no link or saved-copy reader, and still writes its link', async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await openTool(page, PATH);
  await expect(page).toHaveURL(/#v=\d+&/);
  await page.getByLabel('Customers', { exact: true }).fill('4321');
  await expect(page).toHaveURL(/&c=4321&/);
  expect(scripts.some((name) => name.startsWith('calculator-saved.'))).toBe(false);
  expect(scripts.some((name) => name.startsWith('zod.'))).toBe(false);
  // The saved copy was written without the reader, and a reload reads it back with it.
  await page.goto(PATH);
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('4,321');
  expect(scripts.some((name) => name.startsWith('calculator-saved.'))).toBe(true);
});

test('a link whose reader cannot be fetched says so, keeps the link, and a reload shows its figures', async ({
  page,
}) => {
  await page.route(READER, (route) => route.abort());
  const link = `${PATH}#v=1&c=5000&cpc=3&h=5`;
  await openTool(page, link);
  const notice = page.getByRole('alert').filter({ hasText: 'Your figures could not be loaded' });
  await expect(notice).toContainText('Nothing you typed is lost.');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectNoAxeViolations(page, 'calculator: reader not loaded');
  // The address still holds the link: nothing wrote the usual figures over it.
  expect(new URL(page.url()).hash).toBe('#v=1&c=5000&cpc=3&h=5');
  await page.unroute(READER);
  await notice.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('5,000');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});

test('a saved copy whose reader cannot be fetched is not overwritten by the usual figures', async ({ page }) => {
  await openTool(page, PATH);
  await page.getByLabel('Customers', { exact: true }).fill('4321');
  await expect(page).toHaveURL(/&c=4321&/);
  await page.route(READER, (route) => route.abort());
  await page.goto(PATH);
  await expect(page.getByRole('alert').filter({ hasText: 'Your figures could not be loaded' })).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('accueil.calculator') ?? '');
  expect(saved).toContain('"customers":4321');
  await page.unroute(READER);
  await page.reload();
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('4,321');
});
