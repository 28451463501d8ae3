// The filters on /playbooks/ and /plays/: everything is listed without JavaScript; with it, the
// filters narrow the list, say how many are shown, and keep the choice in the address.
import { expect, test } from '@playwright/test';

test('without JavaScript the playbook index lists every playbook and hides the filters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/playbooks/');
  await expect(page.getByRole('form', { name: 'Filter' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Traits' })).toBeVisible();
  expect(await page.locator('li[data-audience]:visible').count()).toBeGreaterThanOrEqual(31);
  await context.close();
});

test('the playbook index filters by family and audience, keeps the choice in the address, and restores it', async ({
  page,
}) => {
  await page.goto('/playbooks/');
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  const cards = page.locator('li[data-audience]:visible');
  const all = await cards.count();

  await page.getByLabel('Family').selectOption('heart');
  await expect(status).toHaveText('Showing 5 playbooks.');
  await expect(cards).toHaveCount(5);
  await expect(page.getByRole('heading', { level: 2, name: 'Traits' })).toBeHidden();
  expect(new URL(page.url()).search).toBe('?family=heart');

  await page.getByLabel('Written for').selectOption('facilitators');
  const both = await cards.count();
  expect(both).toBeLessThanOrEqual(5);
  await expect(status).toHaveText(`Showing ${both} playbook${both === 1 ? '' : 's'}.`);
  expect(new URL(page.url()).searchParams.get('audience')).toBe('facilitators');

  await page.reload();
  await expect(page.getByLabel('Family')).toHaveValue('heart');
  await expect(cards).toHaveCount(both);

  await page.getByLabel('Family').selectOption('');
  await page.getByLabel('Written for').selectOption('');
  await expect(cards).toHaveCount(all);
  expect(new URL(page.url()).search).toBe('');
});

test('an unknown filter value in the address is ignored, not applied', async ({ page }) => {
  await page.goto('/playbooks/?family=<script>');
  await expect(page.getByLabel('Family')).toHaveValue('');
  expect(await page.locator('li[data-audience]:visible').count()).toBeGreaterThanOrEqual(31);
});

test('the plays index filters by length and group size, and says when nothing matches', async ({ page }) => {
  await page.goto('/plays/');
  const rows = page.locator('tbody tr:visible');
  const all = await rows.count();
  expect(all).toBeGreaterThanOrEqual(40);
  const status = page.locator('[data-filter-status]');

  await page.getByLabel('Length').selectOption('Up to 30 minutes');
  const short = await rows.count();
  expect(short).toBeGreaterThan(0);
  expect(short).toBeLessThan(all);
  await expect(status).toHaveText(`Showing ${short} play${short === 1 ? '' : 's'}.`);
  for (const run of await rows.locator('td:nth-child(3)').allTextContents()) {
    expect(Number.parseInt(run, 10)).toBeLessThanOrEqual(30);
  }
  expect(new URL(page.url()).searchParams.get('length')).toBe('Up to 30 minutes');

  await page.getByLabel('Group').selectOption('Large group (9 or more)');
  const both = await rows.count();
  await expect(status).toHaveText(
    both === 0 ? 'No play matches both filters.' : `Showing ${both} play${both === 1 ? '' : 's'}.`,
  );

  await page.reload();
  await expect(page.getByLabel('Length')).toHaveValue('Up to 30 minutes');
  await expect(rows).toHaveCount(both);
});
