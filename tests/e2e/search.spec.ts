// Search: the dialog from any page, the full page, keyboard use and screen-reader announcements.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('no search code loads until search is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/playbooks/traits/accessible/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('pagefind') || url.includes('search-ui'))).toEqual([]);
});

test('the dialog opens with "/", finds a word from a playbook and follows the result by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Accueil' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: /search the playbooks/i });
  await expect(box).toBeFocused();
  await box.fill('reachable');
  await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “reachable”/);
  const first = dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toHaveText('Accessible');
  // Results sit one heading level below the dialog's title.
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('Accessible');
  await expectNoAxeViolations(page, 'the search dialog with results');
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/playbooks\/traits\/accessible\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessible');
});

test('Ctrl+K opens the dialog and Escape closes it', async ({ page }) => {
  await page.goto('/sources/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Accueil' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search page reads a query from the address and shows title, family and excerpt', async ({ page }) => {
  await page.goto('/search/?q=umbrella');
  const results = page.getByRole('list', { name: 'Search results' }).first();
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('for “umbrella”');
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(results.locator('.search-family').first()).not.toBeEmpty();
  // Under the page's own heading, each result is a second-level heading.
  await expect(results.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzqqxxnothing');
  await expect(page.getByRole('status').first()).toContainText('No results');
});
