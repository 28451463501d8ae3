// Worksheets an earlier build stored (format version 1) open with every moment, its spread, pin
// and review date, and are written back once as version 2, which a tab of an earlier build reads
// as newer and leaves alone instead of rewriting without the fields it does not know.
import { expect, test, type Page } from '@playwright/test';
import { sheetOfThree, versionOne, withSessionFields } from '../core/journey/version-samples';
import { expectNoBrokenValues, openTool } from './people';

const sheet = withSessionFields(sheetOfThree());
const stored = versionOne({ worksheets: [sheet], tombstones: [] });

async function storedEnvelope(page: Page): Promise<{ kind: string; version: number; data: unknown }> {
  const text = await page.evaluate(() => localStorage.getItem('accueil.journeys'));
  return JSON.parse(text ?? 'null') as { kind: string; version: number; data: unknown };
}

const momentTitles = (page: Page, stage: string) =>
  page.getByRole('list', { name: `Moments in “${stage}”` }).getByRole('heading', { level: 4 });

async function expectEveryMoment(page: Page): Promise<void> {
  await expect(momentTitles(page, 'Arriving')).toHaveText(['a1', 'a2']);
  await expect(momentTitles(page, 'Leaving')).toHaveText(['b1']);
  await page.getByRole('tab', { name: 'Shortlist' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('.pinned')).toContainText('Pinned: Guests <b>complain</b>');
  await expect(panel.getByText('Agreed in a session on 2026-02-14 by 3 people; seen happen by 2.')).toBeVisible();
  await expect(panel.getByLabel('Review by, for “a1”')).toHaveValue('2026-03-31');
  await expectNoBrokenValues(page);
  await page.getByRole('tab', { name: 'Journey' }).click();
}

test('a version 1 worksheet opens with its moments intact and is kept as version 2 across a reload', async ({
  page,
}) => {
  // What an earlier build left on the device, put there before the worksheets page first opens.
  await page.goto('/tools/');
  await page.evaluate((text) => {
    localStorage.setItem('accueil.journeys', text);
  }, stored);
  await openTool(page, `/tools/journeys/#open=${sheet.id}`);
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
  await expectEveryMoment(page);
  expect(await storedEnvelope(page)).toEqual({
    kind: 'accueil.journeys',
    version: 2,
    data: { worksheets: [sheet], tombstones: [] },
  });

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
  await expectEveryMoment(page);
  expect((await storedEnvelope(page)).version).toBe(2);
});
