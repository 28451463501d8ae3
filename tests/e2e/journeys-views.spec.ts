// Moments-that-matter worksheets, every view: axe in both themes (list, editor, columns, curve,
// grid, shortlist, import preview, undo), the landscape wall print, and no CSP violation in use.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openTool } from './people';

const URL = '/tools/journeys/';

test('the wall print is landscape: the columns and the shortlist, no controls', async ({ page }) => {
  await openTool(page, URL);
  await page.getByRole('button', { name: 'Start from “Opening a bank account”' }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.print-columns > li')).toHaveCount(5);
  await expect(sheet.getByText('The moments that matter most')).toBeVisible();
  await expect(sheet.locator('tbody tr')).toHaveCount(5);
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('main button:visible')).toHaveCount(0);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
  }
});

test('using the tool breaks no rule of the Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  await openTool(page, URL);
  await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
  await page.getByRole('button', { name: /^Edit “Checking in late/ }).click();
  await page.getByRole('tab', { name: 'Feeling curve' }).click();
  await expect(page.locator('.curve canvas')).toBeVisible();
  await page.getByRole('tab', { name: 'Shortlist' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV/ }).click()]);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download Markdown/ }).click()]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every view has no axe violations in the ${colorScheme} theme`, async ({ browser }) => {
    // Nine full axe runs over a large page: slow on a busy machine, so this test gets more time.
    test.setTimeout(240_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const check = (state: string) => expectNoAxeViolations(page, state);
    await openTool(page, URL);
    await expect(page.getByText('You have no worksheets yet.')).toBeVisible();
    await check('empty list');
    await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
    await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
    await check('journey columns');
    await page.getByRole('button', { name: /^Edit “Checking in late/ }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
    await check('moment editor');
    await page.getByRole('tab', { name: 'Feeling curve' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('.curve canvas')).toBeVisible();
    await check('feeling curve');
    await page.getByRole('tab', { name: 'Impact × frequency' }).click();
    await expect(page.getByRole('table')).toContainText('Impact 5');
    await check('impact × frequency grid');
    await page.getByRole('tab', { name: 'Shortlist' }).click();
    await expect(page.getByRole('tabpanel').getByText(/The shortlist stops at five on purpose/)).toBeVisible();
    await check('shortlist');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download JSON/ }).click(),
    ]);
    await page.getByRole('button', { name: 'All worksheets' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Hotel stay' })).toBeVisible();
    await check('list of worksheets');
    await page.getByLabel('Choose a worksheet file (.json)').setInputFiles(await download.path());
    await expect(page.getByRole('heading', { name: 'This file holds 1 worksheet' })).toBeVisible();
    await check('import preview');
    await page.getByRole('button', { name: 'Delete “Hotel stay”' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await check('undo after delete');
    await context.close();
  });
}
