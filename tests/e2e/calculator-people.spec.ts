// The calculator as people use it in a real room (issue 14): on a 320 or 390 px phone, reloading at
// any step, sharing a link from a half-finished form, and editing a lower field with the total in
// view. What the address, the saved copy and a link say must always be what the screen shows.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  expectNoBrokenValues,
  expectNoSidewaysScroll,
  expectPhoneReady,
  expectReloadKeeps,
  expectUniqueIdsAndLabels,
  openTool,
} from './people';

const PATH = '/tools/cost-of-inaction/';

async function openCalculator(page: Page, hash = ''): Promise<void> {
  await openTool(page, `${PATH}${hash}`);
  await expect(page).toHaveURL(/#v=\d+&/);
}

const customers = (page: Page) => page.getByLabel('Customers', { exact: true });
const totalBar = (page: Page) => page.getByRole('complementary', { name: 'Total so far' });

/** What a reader sees of the calculator: every box, every choice, the total and every message. */
async function readScreen(page: Page) {
  const app = page.locator('.calc-app');
  return {
    fields: await app
      .locator('input[type="text"]:not([readonly]), select')
      .evaluateAll((fields) => fields.map((field) => `${field.id}=${(field as HTMLInputElement).value}`)),
    checked: await app.locator('input[type="radio"]:checked').evaluateAll((radios) => radios.map((radio) => radio.id)),
    errors: await app.locator('.calc-field .error').allInnerTexts(),
    total: await totalBar(page).innerText(),
  };
}

/** Grants the clipboard and puts a marker in it, so a test can see whether the page wrote to it. */
async function markClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied'));
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openElsewhere(browser: Browser, link: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, link);
  return { page, close: () => context.close() };
}

for (const typed of ['1e309', '12,5']) {
  test(`"${typed}" in Customers (en-GB) stays on screen, in the address, after a reload and in a link elsewhere`, async ({
    page,
    browser,
  }) => {
    await openCalculator(page);
    await markClipboard(page);
    await customers(page).fill('1');
    await expect(page).toHaveURL(/&c=1&/);
    await customers(page).fill(typed);
    await expect(customers(page)).toHaveAttribute('aria-invalid', 'true');
    // The address says what the box says, never "1", the last keystroke that parsed.
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain(`&c=${typed}&`);
    expect(page.url()).not.toContain('&c=1&');
    await expect(totalBar(page)).toContainText('fix 1 input to see it');

    // No link is offered that would show other figures: the button says why instead.
    const copy = page.getByRole('button', { name: 'Copy link to these figures' });
    await expect(copy).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('#calc-share-blocked')).toHaveText(/Fix the highlighted field before sharing/);
    // aria-disabled keeps the button focusable, so a keyboard or screen-reader user hears why.
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.calc-status')).toHaveText(/Fix the highlighted field before sharing/);
    expect(await readClipboard(page)).toBe('nothing copied');
    await expectPhoneReady(page, `${typed} in Customers`);
    await expectNoBrokenValues(page);

    // A reload, with the address or without it, shows the same box, message and total.
    await expectReloadKeeps(page, readScreen, `reload with ${typed} in Customers`);
    await expect(customers(page)).toHaveValue(typed);
    await openTool(page, PATH);
    await expect(customers(page)).toHaveValue(typed);
    await expect(customers(page)).toHaveAttribute('aria-invalid', 'true');

    // A colleague who opens the address sees the same figure with its message, never a substitute.
    const colleague = await openElsewhere(browser, page.url());
    await expect(customers(colleague.page)).toHaveValue(typed);
    await expect(customers(colleague.page)).toHaveAttribute('aria-invalid', 'true');
    await expect(colleague.page.locator('#calc-customers-error')).toBeVisible();
    await expect(colleague.page.getByRole('alert')).toContainText('shown as written for you to fix: Customers');
    await expect(colleague.page.getByRole('list', { name: 'Headline results' })).toHaveCount(0);
    await colleague.close();

    // Once fixed, the link is offered again and opens the same figures elsewhere.
    await customers(page).fill('777');
    await expect(copy).not.toHaveAttribute('aria-disabled');
    await copy.click();
    await expect(page.locator('.calc-status')).toHaveText(/Link copied/);
    const link = await readClipboard(page);
    expect(link).toContain('&c=777&');
    const shown = await readScreen(page);
    const opened = await openElsewhere(browser, link);
    await expect(customers(opened.page)).toHaveValue('777');
    await expect.poll(() => readScreen(opened.page)).toEqual(shown);
    await opened.close();
  });
}

test('a reload at every step of the tool shows what was on screen before it', async ({ page }) => {
  await openCalculator(page);
  const steps: [string, () => Promise<unknown>][] = [
    ['typing a figure', () => customers(page).fill('12,345')],
    ['choosing an option', () => page.getByLabel('As an amount per new customer').check()],
    ['typing in a field the choice uses', () => page.getByLabel('Cost to win one new customer').fill('410')],
    ['choosing a currency', () => page.getByLabel('Currency').selectOption('USD')],
    ['choosing a number format', () => page.getByLabel('Number format').selectOption('fr-FR')],
    ['typing in the new format', () => page.getByLabel('Contacts per customer per year').fill('2,5')],
    ['typing an improvement', () => page.getByLabel('Cut waiting by').fill('35')],
    ['typing a figure that cannot be used', () => page.getByLabel('Years to look ahead').fill('21')],
    ['typing an improvement that cannot be used', () => page.getByLabel('Cut waiting by').fill('abc')],
    [
      'fixing both',
      async () => {
        await page.getByLabel('Years to look ahead').fill('3');
        await page.getByLabel('Cut waiting by').fill('15');
      },
    ],
  ];
  for (const [step, act] of steps) {
    await act();
    await expect(page).not.toHaveURL(/&c=20000&/);
    // At once, before the address (written at most every 250 ms) has caught up with the screen.
    await expectReloadKeeps(page, readScreen, `a reload right after ${step}`);
    await expectNoBrokenValues(page, step);
  }
  await expect(page.getByLabel('Years to look ahead')).toHaveValue('3');
  await expect(page.getByLabel('Number format')).toHaveValue('fr-FR');
});

test('every state of the tool fits 320 and 390 px, with 24 px targets and unique ids and labels', async ({ page }) => {
  await openCalculator(page);
  await expectPhoneReady(page, 'the usual figures');
  await page.getByLabel('Number format').selectOption('fr-FR');
  await page.getByLabel('Currency').selectOption('CHF');
  await expectPhoneReady(page, 'French format, Swiss francs');
  await customers(page).fill('abc');
  await page.getByLabel('Cut waiting by').fill('300');
  await expectPhoneReady(page, 'two fields to fix');
  await customers(page).fill('999999999');
  await page.getByLabel('Cut waiting by').fill('20');
  // The chart, the tables and both companions drawn.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.locator('#years').scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-years')).toBeVisible();
  await page.locator('#actuals').scrollIntoViewIfNeeded();
  await page.locator('#value-formula').scrollIntoViewIfNeeded();
  await expect(page.getByText(/^Likely choice:/)).toBeVisible();
  await expectPhoneReady(page, 'everything drawn, large figures');
  await page.getByRole('button', { name: 'Reset to the usual figures' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expectPhoneReady(page, 'after a reset, with its undo');
  await expectNoBrokenValues(page);
});

test('the total stays in view while a lower field is edited, and never covers the focused field', async ({ page }) => {
  for (const [size, typed] of [
    [{ width: 390, height: 700 }, '20000'],
    [{ width: 1280, height: 800 }, '30000'],
  ] as const) {
    await page.setViewportSize(size);
    await openCalculator(page);
    const replacement = page.getByLabel('Cost to replace one person');
    // By keyboard, from the field before it, as a reader moving down the form would (past that
    // field's "Give a range" button).
    await page.getByLabel('Frontline people who leave each year').focus();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('button', { name: 'Give a range for Frontline people who leave each year' }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(replacement).toBeFocused();
    const before = await totalBar(page).innerText();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    await expect(totalBar(page)).not.toHaveText(before);
    const bar = await totalBar(page).boundingBox();
    const field = await replacement.boundingBox();
    expect(bar, 'the total bar is on screen').not.toBeNull();
    expect(field).not.toBeNull();
    if (!bar || !field) return;
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThanOrEqual(size.height);
    expect(field.y, 'the focused field is below the bar, not under it').toBeGreaterThanOrEqual(bar.y + bar.height);
    await expect(totalBar(page)).toContainText('in the first year');
    // The cards say the same total as the bar.
    const first = (await totalBar(page).locator('strong').first().innerText()).trim();
    await expect(page.locator('.calc-total')).toContainText(first);
  }
});

test('the chart’s axis writes amounts as the tables do, in the chosen number format', async ({ page }) => {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    Object.assign(window, { drawnTexts: drawn });
    const { prototype } = CanvasRenderingContext2D;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'fillText');
    const fillText = descriptor?.value as CanvasRenderingContext2D['fillText'];
    prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, width?: number) {
      drawn.push(text);
      if (width === undefined) fillText.call(this, text, x, y);
      else fillText.call(this, text, x, y, width);
    };
  });
  await openCalculator(page, '#v=1&lc=fr-FR&cur=EUR');
  await page.locator('#years').scrollIntoViewIfNeeded();
  const amounts = async () =>
    (await page.evaluate(() => (window as unknown as { drawnTexts: string[] }).drawnTexts)).filter((text) =>
      text.endsWith('€'),
    );
  await expect.poll(async () => (await amounts()).length).toBeGreaterThan(3);
  const labels = await amounts();
  // The table writes "1 244 895 €"; a canvas draws Intl's narrow no-break space with no width, so
  // the axis must group thousands with a space the canvas draws.
  await expect(page.locator('.calc-years tbody td').first()).toHaveText(/^\d{3}\s\d{3}\s€$/);
  for (const label of labels) expect(label).toMatch(/^\d{1,3}(\u00a0\d{3})*\u00a0€$/);
  expect(labels.some((label) => /\d\u00a0\d{3}\u00a0€/.test(label))).toBe(true);
});

test('human quantities are said as a person would say them', async ({ page }) => {
  await openCalculator(page);
  const cards = page.getByRole('list', { name: 'Headline results' });
  await expect(cards).toContainText('less than a hundredth of a lifetime');
  await expect(cards).not.toContainText('0.0068');
  await page.getByLabel('Frontline people', { exact: true }).fill('36');
  await expect(cards).toContainText('to replace about 11 people who leave');
  await expect(cards).not.toContainText('10.8');
  await expectUniqueIdsAndLabels(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
});
