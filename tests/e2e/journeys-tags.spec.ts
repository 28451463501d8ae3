// From a weak dimension to the journey moments that test it: `#tag=trait:accessible` lists, across
// the worksheets on this device, the moments tagged with that trait or HEART value, highest
// priority first, each opening its worksheet with the moment's editor open.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady, openTool } from './people';

test('a trait’s moments are listed across worksheets and each opens in its worksheet', async ({ page }) => {
  await openTool(page, '/tools/journeys/');
  await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();

  await page.goto('/tools/journeys/#tag=trait:accessible');
  const section = page.getByRole('region', { name: 'Moments that test Accessible' });
  // Priority 16 before priority 6.
  await expect(section.getByRole('listitem')).toHaveText([
    /^Checking in late after a long day in “Hotel stay”: priority 16, feeling \+1, owner Front office manager\.$/,
    /^Leaving bags for the afternoon in “Hotel stay”: priority 6/,
  ]);
  await expectNoAxeViolations(page, 'moments by tag');
  await expectPhoneReady(page, 'moments by tag');

  await section.getByRole('link', { name: 'Leaving bags for the afternoon' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Hotel stay/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit “Leaving bags for the afternoon”' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.goBack();
  await expect(section).toBeVisible();
  await section.getByRole('link', { name: 'Show only the worksheets' }).click();
  await expect(section).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Open “Hotel stay”/ })).toBeVisible();
});

test('a value no moment carries says how to tag one; an unknown tag is ignored', async ({ page }) => {
  await openTool(page, '/tools/journeys/#tag=heart:accountability');
  await expect(page.getByRole('region', { name: 'Moments that test Accountability' })).toContainText(
    'No moment in the worksheets on this device is tagged Accountability yet.',
  );
  await openTool(page, '/tools/journeys/#tag=trait:<script>');
  await expect(page.getByRole('region', { name: /^Moments that test/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /worksheets/i }).first()).toBeVisible();
});
