// Back up, restore and delete everything Accueil keeps on the device.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openTool } from './people';

const journeys = JSON.stringify({ kind: 'accueil.journeys', version: 1, data: { worksheets: [], tombstones: [] } });

test('export everything, delete with undo, then restore from the backup', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, '/tools/my-data/');
  await page.evaluate((value) => {
    localStorage.setItem('accueil.theme', 'dark');
    localStorage.setItem('accueil.journeys', value);
    localStorage.setItem('someone-else', 'keep me');
  }, journeys);
  await page.reload();
  await expect(page.getByText('2 saved items: Journey worksheets, Colour theme.')).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const file = await (await download).path();
  const backup = readFileSync(file, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({
    kind: 'accueil.backup',
    data: { entries: { 'accueil.journeys': journeys } },
  });

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Nothing is stored on this device yet.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('keep me');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('2 saved items')).toBeVisible();

  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await page.getByLabel('Choose an Accueil backup file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /This backup was made on/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText('2 saved items')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('accueil.journeys'))).toBe(journeys);
  await context.close();
});

test('a file that is not a backup is refused with a clear message and changes nothing', async ({ page }) => {
  await openTool(page, '/tools/my-data/');
  await page.evaluate(() => {
    localStorage.setItem('accueil.theme', 'light');
  });
  await page.reload();
  await page.getByLabel('Choose an Accueil backup file').setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('<img src=x onerror="window.__pwned=1">'),
  });
  await expect(page.getByRole('alert')).toContainText('could not be read because it is not valid JSON');
  await expect(page.getByLabel('Choose an Accueil backup file')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => localStorage.getItem('accueil.theme'))).toBe('light');
  await expectNoAxeViolations(page);
});
