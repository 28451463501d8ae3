// Moments-that-matter worksheets as people use them in a real room: on a 320 or 390 px phone, with a
// screen reader (unique ids, every control labelled), after a reload at every step, and from a link
// opened on a device that has never seen the worksheet. The views under axe are in journeys-views.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoBrokenValues,
  expectPhoneReady,
  expectReloadKeeps,
  expectUniqueIdsAndLabels,
  openTool,
} from './people';

const URL = '/tools/journeys/';
const BANK = 'Start from “Opening a bank account”';

/** Opens the bank-account template: five stages, twelve moments. */
async function openTemplate(page: Page) {
  await openTool(page, URL);
  await page.getByRole('button', { name: BANK }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
}

async function openView(page: Page, tab: string) {
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/^Loading the /)).toHaveCount(0);
}

/** Everything a reader sees of the tool: visible text, field values, choices and the selected tab. */
async function screenState(page: Page) {
  await expect(page.getByText(/^Loading the |^Opening your worksheets/)).toHaveCount(0);
  return page.locator('.journeys-app').evaluate((app) => ({
    text: (app as HTMLElement).innerText,
    fields: [...app.querySelectorAll<HTMLInputElement>('input:not([type="file"]), textarea, select')].map((field) =>
      field.type === 'checkbox' || field.type === 'radio'
        ? `${field.id}=${field.checked}`
        : `${field.id}=${field.value}`,
    ),
    tab: app.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '',
  }));
}

/** The checks every state must pass: phone widths, ids and labels, no broken values. */
async function checkState(page: Page, state: string) {
  await expectPhoneReady(page, state);
  await expectUniqueIdsAndLabels(page, state);
  await expectNoBrokenValues(page, state);
}

test('“Next action” is its own field: clicking its label focuses it and moves nothing', async ({ page }) => {
  await openTemplate(page);
  await page.getByRole('button', { name: 'Edit “Choosing an account”' }).click();
  const stage = page.getByRole('list', { name: 'Moments in “Applying”' }).getByRole('heading', { level: 4 });
  await expect(stage).toHaveText(['Choosing an account', 'Asked for a document on the last screen']);
  await page.locator('label', { hasText: /^Next action$/ }).click();
  await expect(page.getByRole('textbox', { name: 'Next action', exact: true })).toBeFocused();
  await expect(stage).toHaveText(['Choosing an account', 'Asked for a document on the last screen']);
  await expectUniqueIdsAndLabels(page, 'a moment open for editing');
});

test('every state of the worksheets fits a phone, with unique ids and a label on every control', async ({ page }) => {
  test.setTimeout(240_000);
  await openTool(page, URL);
  await expect(page.getByText('You have no worksheets yet.')).toBeVisible();
  await checkState(page, 'empty list');

  await page.getByRole('button', { name: BANK }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
  await checkState(page, 'journey columns');

  // Moment forms open in two stages at once, one with a refused (too long) title.
  await page.getByRole('button', { name: 'Edit “Choosing an account”' }).click();
  await page.getByRole('button', { name: 'Edit “A photo check that fails without a reason”' }).click();
  await page.getByRole('textbox', { name: 'Title' }).first().fill('x'.repeat(200));
  await expect(page.locator('.moment-form .error').first()).toBeVisible();
  await checkState(page, 'two moment forms open, one refusing its title');
  await page.getByRole('textbox', { name: 'Title' }).first().fill('Choosing an account');

  // A stage that cannot be removed without moving its moments.
  await page.getByRole('button', { name: 'Edit stage “Applying”' }).click();
  await page.getByRole('button', { name: 'Remove stage “Applying”' }).click();
  await expect(page.getByRole('button', { name: /^Move 2 moments to/ })).toBeVisible();
  await checkState(page, 'stage removal asks where the moments go');
  await page.getByRole('button', { name: 'Keep the stage' }).click();

  for (const tab of ['Feeling curve', 'Impact × frequency', 'Shortlist']) {
    await openView(page, tab);
    await checkState(page, tab);
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download JSON/ }).click(),
  ]);
  await page.emulateMedia({ media: 'print' });
  await expectUniqueIdsAndLabels(page, 'print sheet');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'All worksheets' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Opening a bank account' })).toBeVisible();
  await checkState(page, 'list of worksheets');

  await page.getByLabel('Choose a worksheet file (.json)').setInputFiles(await download.path());
  await expect(page.getByRole('heading', { name: 'This file holds 1 worksheet' })).toBeVisible();
  await checkState(page, 'import preview with a conflict');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Delete “Opening a bank account”' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await checkState(page, 'undo after delete');
});

test('a reload at every step shows what was on screen before', async ({ page }) => {
  test.setTimeout(180_000);
  await openTool(page, URL);
  await expectReloadKeeps(page, screenState, 'empty list');
  await page.getByRole('button', { name: BANK }).click();
  await expect(page.getByRole('tab', { name: 'Journey' })).toBeVisible();
  await expectReloadKeeps(page, screenState, 'journey columns');

  await page.getByRole('button', { name: 'Edit “Waiting for the decision”' }).click();
  await page.getByRole('textbox', { name: 'Owner' }).fill('Account opening team');
  await page.getByRole('combobox', { name: 'How the customer feels (-3 to +3)' }).selectOption('1');
  await page.getByRole('checkbox', { name: 'Empathy' }).check();
  await expectReloadKeeps(page, screenState, 'editing a moment');

  for (const tab of ['Feeling curve', 'Impact × frequency', 'Shortlist']) {
    await openView(page, tab);
    await expectReloadKeeps(page, screenState, tab);
  }
  await page
    .getByRole('textbox', { name: /^Next action for/ })
    .first()
    .fill('Call back within a day');
  await expectReloadKeeps(page, screenState, 'shortlist after an edit');

  await page.getByRole('button', { name: 'All worksheets' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Opening a bank account' })).toBeVisible();
  await expectReloadKeeps(page, screenState, 'list of worksheets');
});

test('a worksheet link opened on another device says where the worksheet is, and breaks nothing', async ({
  page,
  browser,
}) => {
  await openTemplate(page);
  await openView(page, 'Shortlist');
  const link = page.url();
  expect(link).toMatch(/#open=/);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await openTool(fresh, link);
  await expect(fresh.getByRole('alert')).toContainText('not on this device');
  await expect(fresh.getByRole('heading', { level: 2, name: 'Your worksheets' })).toBeVisible();
  await checkState(fresh, 'a worksheet link on a fresh device');
  await other.close();
});

test('the feeling curve marks its stages, in the chart’s description and in its table', async ({ page }) => {
  await openTemplate(page);
  await openView(page, 'Feeling curve');
  const stages = ['Applying', 'Proving who they are', 'Getting started', 'First statement', 'The first problem'];
  await expect(page.locator('.curve canvas')).toHaveAttribute(
    'aria-label',
    new RegExp(`12 moments in 5 stages \\(${stages.join(', ')}\\)`),
  );
  await expect(page.getByRole('table').locator('th[scope="rowgroup"]')).toHaveText(
    stages.map((stage, index) => `Stage ${String(index + 1)}: ${stage}`),
  );
  // Each group holds its stage's moments: the two -2 moments sit together under "Proving who they are".
  await expect(page.getByRole('table').locator('tbody').nth(1).getByRole('rowheader')).toHaveText([
    'Stage 2: Proving who they are',
    'A photo check that fails without a reason',
    'Asked where the money comes from',
    'Waiting for the decision',
  ]);
});
