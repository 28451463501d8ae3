// The policy at work: search runs under it, and the watcher every page is checked with (in
// every-page.spec.ts) does catch what the policy blocks.
import { expect, test } from '@playwright/test';
import { watchViolations } from './policy';

test('search works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=umbrella');
  await expect(page.getByRole('list', { name: 'Search results' }).first().getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the violation watcher catches an inline script the policy blocks', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});
