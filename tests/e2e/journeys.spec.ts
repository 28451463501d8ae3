// Moments-that-matter worksheets in a real browser: built by keyboard alone, kept across a reload,
// exported and imported back equal, hostile files shown as text, two tabs merged. Every view under
// axe, the wall print and the CSP are in journeys-views.spec.ts.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTool } from './people';

const URL = '/tools/journeys/';

interface StoredMoment {
  title: string;
  owner: string;
  feeling: number;
  heart: string[];
  stageId: string;
  order: number;
  [key: string]: unknown;
}
interface StoredSheet {
  id: string;
  name: string;
  customer: string;
  stages: { id: string; name: string; order: number }[];
  moments: StoredMoment[];
}

async function storedSheets(page: Page): Promise<StoredSheet[]> {
  const text = await page.evaluate(() => localStorage.getItem('accueil.journeys'));
  return (JSON.parse(text ?? '{"data":{"worksheets":[]}}') as { data: { worksheets: StoredSheet[] } }).data.worksheets;
}

async function press(page: Page, name: string, role: 'button' | 'tab' = 'button') {
  await page.getByRole(role, { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, label: string, text: string, submit = false) {
  await page.getByRole('textbox', { name: label, exact: true }).focus();
  await page.keyboard.type(text);
  if (submit) await page.keyboard.press('Enter');
}

const columnTitles = (page: Page, stage: string) =>
  page.getByRole('list', { name: `Moments in “${stage}”` }).getByRole('heading', { level: 4 });

test('a worksheet built by keyboard alone is intact after a reload', async ({ page }) => {
  await openTool(page, URL);
  await expect(page.getByText('You have no worksheets yet.')).toBeVisible();
  await press(page, 'Start a blank worksheet');
  const nameField = page.getByRole('textbox', { name: 'Worksheet name' });
  await expect(nameField).toBeFocused();
  await page.keyboard.type('Hotel stay');
  await typeInto(page, 'Who the customer is', 'A guest on a short work trip');
  await typeInto(page, 'Add a stage', 'Arriving', true);
  await typeInto(page, 'Add a stage', 'Leaving', true);
  await typeInto(page, 'Add a moment to “Arriving”', 'Check-in queue', true);
  await page.keyboard.type('Finding the room');
  await page.keyboard.press('Enter');
  await typeInto(page, 'Add a moment to “Leaving”', 'The bill', true);
  // A card shows its content first; its move and remove controls open with Edit.
  await expect(page.getByRole('button', { name: 'Move “Finding the room” up' })).toHaveCount(0);
  await press(page, 'Edit “Finding the room”');
  await press(page, 'Move “Finding the room” up');
  await expect(columnTitles(page, 'Arriving')).toHaveText(['Finding the room', 'Check-in queue']);
  await expect(page.getByRole('button', { name: 'Move “Finding the room” up' })).toBeFocused();
  await press(page, 'Edit “The bill”');
  await press(page, 'Move “The bill” to the previous stage');
  await expect(columnTitles(page, 'Arriving')).toHaveText(['Finding the room', 'Check-in queue', 'The bill']);
  // Edit again closes what it opened.
  await press(page, 'Edit “Finding the room”');
  await press(page, 'Edit “The bill”');
  await expect(page.getByRole('group', { name: /^Move or remove/ })).toHaveCount(0);
  await press(page, 'Edit “Check-in queue”');
  const feeling = page.getByRole('combobox', { name: 'How the customer feels (-3 to +3)' });
  await feeling.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(feeling).toHaveValue('-2');
  await page.getByRole('checkbox', { name: 'Empathy' }).focus();
  await page.keyboard.press('Space');
  await typeInto(page, 'Owner', 'Front office');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Hotel stay' })).toBeVisible();
  await expect(columnTitles(page, 'Arriving')).toHaveText(['Finding the room', 'Check-in queue', 'The bill']);
  const [sheet] = await storedSheets(page);
  expect(sheet?.customer).toBe('A guest on a short work trip');
  expect(sheet?.stages.map((stage) => stage.name)).toEqual(['Arriving', 'Leaving']);
  expect(sheet?.moments.find((m) => m.title === 'Check-in queue')).toMatchObject({
    feeling: -2,
    heart: ['empathy'],
    owner: 'Front office',
  });
});

test('a worksheet exported as JSON imports back equal, as a copy', async ({ page }) => {
  await openTool(page, URL);
  await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hotel stay' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download JSON/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('journey-hotel-stay.json');
  const file = readFileSync(await download.path());
  await page.getByRole('button', { name: 'All worksheets' }).click();
  await page.getByLabel('Choose a worksheet file (.json)').setInputFiles({
    name: 'journey-hotel-stay.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await expect(page.getByRole('heading', { name: 'This file holds 1 worksheet' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Keep both: import it as a copy' })).toBeChecked();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Hotel stay (imported)' })).toBeVisible();

  const [original, copy] = await storedSheets(page);
  const comparable = (sheet: StoredSheet | undefined) => {
    const stageNames = new Map(sheet?.stages.map((stage) => [stage.id, stage.name]));
    return {
      customer: sheet?.customer,
      stages: sheet?.stages.map(({ name, order }) => ({ name, order })),
      moments: sheet?.moments.map(({ id: _id, stageId, updatedAt: _at, ...fields }) => ({
        ...fields,
        stage: stageNames.get(stageId),
      })),
    };
  };
  expect(copy?.name).toBe(`${original?.name ?? ''} (imported)`);
  expect(comparable(copy)).toEqual(comparable(original));
});

test('a file with markup in its names is shown as text and runs nothing', async ({ page }) => {
  await openTool(page, URL);
  const hostile = '<img src=x onerror=window.__pwned=1>';
  const now = '2025-03-01T09:30:00.000Z';
  const file = JSON.stringify({
    kind: 'accueil.journeys',
    version: 1,
    data: {
      worksheets: [
        {
          id: 'hostile-1',
          name: hostile,
          customer: '<script>window.__pwned=2</script>',
          stages: [{ id: 's1', name: hostile, order: 0, updatedAt: now }],
          moments: [],
          createdAt: now,
          updatedAt: now,
          detailsUpdatedAt: now,
        },
      ],
    },
  });
  await page.getByLabel('Choose a worksheet file (.json)').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.locator('.import-preview').getByText(hostile, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: hostile })).toBeVisible();
  await page.getByRole('button', { name: `Open “${hostile}”` }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Stage 1 of 1: ${hostile}` })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('two tabs editing different moments both keep their edits', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await openTool(first, URL);
  await first.getByRole('button', { name: 'Start from “Support request”' }).click();
  await expect(first.getByRole('heading', { level: 2, name: 'Support request' })).toBeVisible();
  const address = first.url();
  const second = await context.newPage();
  // Registered before the page's own code, so it can hold back storage events from the app.
  await second.addInitScript(() => {
    const state = window as { holdStorage?: boolean };
    window.addEventListener('storage', (event) => {
      if (state.holdStorage) event.stopImmediatePropagation();
    });
  });
  await openTool(second, address);
  const [sheet] = await storedSheets(first);
  const [one, two] = sheet?.moments ?? [];
  if (!one || !two) throw new Error('the template has moments');

  await first.getByRole('button', { name: `Edit “${one.title}”` }).click();
  await second.getByRole('button', { name: `Edit “${two.title}”` }).click();
  const ownerIn = (page: Page, title: string) =>
    page
      .locator('.moment-card', { has: page.getByRole('heading', { name: title, exact: true }) })
      .getByRole('textbox', { name: 'Owner' });
  // The second tab misses the first tab's save, so it edits a stale copy and saves over it: the
  // first tab must merge that save with its own edit instead of taking it as it is.
  await second.evaluate(() => {
    (window as { holdStorage?: boolean }).holdStorage = true;
  });
  await ownerIn(first, one.title).fill('Owner from tab one');
  await expect.poll(async () => (await storedSheets(first))[0]?.moments[0]?.owner).toBe('Owner from tab one');
  await expect(second.getByText('Owner: Owner from tab one')).toHaveCount(0);
  await second.evaluate(() => {
    (window as { holdStorage?: boolean }).holdStorage = false;
  });
  await ownerIn(second, two.title).fill('Owner from tab two');

  for (const page of [first, second]) {
    await expect
      .poll(async () => (await storedSheets(page))[0]?.moments.slice(0, 2).map((m) => m.owner))
      .toEqual(['Owner from tab one', 'Owner from tab two']);
  }
  // Each tab shows the other's edit on screen, not only in storage.
  const card = (page: Page, title: string) =>
    page.locator('.moment-card', { has: page.getByRole('heading', { name: title, exact: true }) });
  await expect(card(first, two.title).getByText('Owner: Owner from tab two')).toBeVisible();
  await expect(card(second, one.title).getByText('Owner: Owner from tab one')).toBeVisible();
  await first.reload();
  await first.getByRole('button', { name: `Edit “${two.title}”` }).click();
  await expect(ownerIn(first, two.title)).toHaveValue('Owner from tab two');
  await context.close();
});
