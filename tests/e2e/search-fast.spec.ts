// Search answers at once: the first results are drawn as their data arrive, in rank order, without
// waiting for the data of every page found; screen readers hear the count once, when it is known.
// (npm run bench measures the time from the last key press to the first result link.)
import { expect, test, type Route } from '@playwright/test';

test('the first results show while the data of later ones are still loading, and the count is announced once', async ({
  page,
}) => {
  // Every result's data is a fragment of pagefind's index; hold all but the first screenful.
  const held: Route[] = [];
  let served = 0;
  let holding = true;
  await page.route('**/pagefind/fragment/**', (route) => {
    served += 1;
    if (holding && served > 12) held.push(route);
    else void route.continue();
  });
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: /search the playbooks/i });
  const status = page.getByRole('status').first();
  // Everything the live region says, as a screen reader would hear it.
  await status.evaluate((element) => {
    const said: string[] = [];
    Object.assign(window, { accueilSaid: said });
    new MutationObserver(() => said.push(element.textContent)).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await box.fill('customer');
  const results = page.getByRole('list', { name: 'Search results' }).first();
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  // Drawn, but not settled: nothing is announced yet.
  await expect(status).not.toContainText(/results? for/);

  holding = false;
  for (const route of held.splice(0)) await route.continue();
  await expect(status).toContainText(/\d+ results for “customer”/);
  await expect(results.getByRole('link')).toHaveCount(12);
  await expect(results.locator('[aria-hidden="true"]')).toHaveCount(0);
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  const said = await page.evaluate(() =>
    (window as unknown as { accueilSaid: string[] }).accueilSaid.filter((text) => text.trim() !== ''),
  );
  expect(said.filter((text) => /results? for/.test(text))).toHaveLength(1);
});

test('a reader who moves onto a result while the first ones are drawn stays on it when the list settles', async ({
  page,
}) => {
  // With a filter, only some of pagefind's first results pass it; more come from later batches, so
  // the list is drawn again in its final order once every batch has loaded.
  const held: Route[] = [];
  let served = 0;
  let holding = true;
  await page.route('**/pagefind/fragment/**', (route) => {
    served += 1;
    if (holding && served > 12) held.push(route);
    else void route.continue();
  });
  await page.goto(`/search/?q=customer&family=${encodeURIComponent('HEART values')}`);
  const box = page.getByRole('searchbox', { name: /search the playbooks/i });
  const results = page.getByRole('list', { name: 'Search results' }).first();
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await box.focus();
  await box.press('ArrowDown');
  const chosen = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(chosen).toMatch(/^\/playbooks\//);

  holding = false;
  for (const route of held.splice(0)) await route.continue();
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').first()).toContainText('for “customer”');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(chosen);
});
