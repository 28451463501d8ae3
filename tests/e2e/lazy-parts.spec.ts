// A part of a tool that is fetched when first shown says, in the one shared notice, when it cannot
// be fetched (flaky Wi-Fi): what could not load, that nothing typed is lost, and a reload button.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady } from './people';

test('self-assessment results that cannot be loaded say so in the shared notice', async ({ page }) => {
  await page.route('**/_astro/ResultsPanel.*.js', (route) => route.abort());
  await page.goto('/tools/assess/seven-traits/');
  await page.getByRole('button', { name: 'Saved results and import' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Your results could not be loaded' });
  await expect(notice).toContainText('Nothing you typed is lost.');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectNoAxeViolations(page, 'assess: results not loaded');
  await expectPhoneReady(page, 'assess: results not loaded');
});
