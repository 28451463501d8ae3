// Every tool works with the network switched off after one visit to the home page: each tool page
// is first opened offline, its lazy chunks (chart.js, the year-by-year section, the worksheet
// editor, the QR encoder) come from the service worker's precache, and work survives a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { installOffline, watchLoads, type OfflineLoads } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });
// Installing precaches the shell and the tools (about 1.4 MB) before a test can go offline: on a
// busy machine that can take a while.
test.describe.configure({ timeout: 120_000 });

/** A fresh browser with the site installed, then the network cut; the page has never seen a tool. */
async function offlineBrowser(browser: Browser): Promise<{ context: BrowserContext; page: Page; loads: OfflineLoads }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await installOffline(context);
  await context.setOffline(true);
  return { context, page, loads: watchLoads(page) };
}

const chartJs = /^\/_astro\/chart\.[\w-]+\.js$/;
const main = (page: Page) => page.getByRole('main');

/** Nothing failed to load and no tool says a part of it could not be loaded. */
async function expectNothingMissing(page: Page, loads: OfflineLoads): Promise<void> {
  await expect(main(page).getByText(/could not be (loaded|drawn)/)).toHaveCount(0);
  expect(loads.failed).toEqual([]);
}

interface Item {
  id: string;
  statement: string;
}
const heart = parse(readFileSync(join(import.meta.dirname, '../../content/assessments/heart.yaml'), 'utf8')) as {
  dimensions: { label: string; items: Item[] }[];
};
// One rating per dimension; the third statement of Empathy and the fifth of Accountability are reverse scored.
const heartPlan: [number, string[]][] = [
  [5, ['5.0', '3 of 3', '0', '0']], // Honesty
  [4, ['3.3', '3 of 3', '0', '0']], // Empathy: 4, 4 and 6 - 4
  [2, ['2.4', '5 of 5', '0', '0']], // Accountability: 2, 2, 2, 2 and 6 - 2
  [1, ['1.0', '3 of 3', '0', '0']], // Responsibility
  [3, ['3.0', '5 of 5', '0', '0']], // Transparency
];

/** The radio for a rating (1 to 5) on one statement; 2 and 4 are named "2, in between" and so on. */
const ratingRadio = (page: Page, item: Item, rating: number | undefined) =>
  main(page)
    .getByRole('group', { name: item.statement })
    .getByRole('radio', { name: new RegExp(`^${String(rating)}\\b`) });

async function expectHeartScores(page: Page): Promise<void> {
  const table = main(page).getByRole('table', { name: /your scores by dimension/i });
  for (const [d, dimension] of heart.dimensions.entries()) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: dimension.label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(heartPlan[d]?.[1] ?? []);
  }
}

test('an assessment first opened offline is answered, scored with its radar, and kept across a reload', async ({
  browser,
}) => {
  const { context, page, loads } = await offlineBrowser(browser);
  await page.goto('/tools/assess/heart/');
  expect(heart.dimensions).toHaveLength(heartPlan.length);

  for (const [d, dimension] of heart.dimensions.entries()) {
    await expect(main(page).getByText(`Step ${d + 1} of ${heart.dimensions.length}`)).toBeVisible();
    await expect(main(page).getByRole('heading', { level: 2, name: dimension.label })).toBeVisible();
    for (const item of dimension.items) {
      const choice = ratingRadio(page, item, heartPlan[d]?.[0]);
      await choice.check();
      await expect(choice).toBeChecked();
    }
    const last = d === heart.dimensions.length - 1;
    await main(page)
      .getByRole('button', { name: last ? 'See my results' : 'Next', exact: true })
      .click();
  }

  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeFocused();
  await expectHeartScores(page);
  // The radar draws with chart.js, fetched on demand: it must come from the precache.
  await expect.poll(() => loads.fromCache.some((path) => chartJs.test(path))).toBe(true);
  await expect(main(page).locator('canvas[aria-label^="Radar chart of your scores"]')).toBeVisible();
  await expectNothingMissing(page, loads);

  await page.reload();
  // Every statement was answered, so the reloaded page opens on the results again.
  await expectHeartScores(page);
  await main(page).getByRole('button', { name: 'Back to the questions' }).click();
  // Whichever step the questions reopen on, its answers are the ones given before the reload.
  const stepText = await main(page)
    .getByText(/^Step \d+ of \d+$/)
    .innerText();
  const shown = Number(/\d+/.exec(stepText)?.[0]) - 1;
  const dimension = heart.dimensions[shown];
  if (!dimension) throw new Error(`no step ${String(shown + 1)} in the heart assessment`);
  await expect(main(page).getByRole('heading', { level: 2, name: dimension.label })).toBeVisible();
  for (const item of dimension.items) {
    await expect(ratingRadio(page, item, heartPlan[shown]?.[0])).toBeChecked();
  }
  await expectNothingMissing(page, loads);
  await context.close();
});

test('the calculator first opened offline recalculates, loads its year-by-year section and keeps the figures', async ({
  browser,
}) => {
  const { context, page, loads } = await offlineBrowser(browser);
  await page.goto('/tools/cost-of-inaction/');
  // The calculator has taken over from the server-rendered page once it writes the figures to the URL.
  await expect(page).toHaveURL(/#v=\d+&/);
  const total = page.locator('.calc-total');
  const before = await total.innerText();
  await page.getByLabel('Customers', { exact: true }).fill('5000');
  await expect(total).not.toHaveText(before);
  await expect(total).toContainText('€165,375');
  await expect(page).toHaveURL(/&c=5000&/);

  await page.locator('#years').scrollIntoViewIfNeeded();
  const years = page.getByRole('table', { name: 'The cost of inaction, year by year' });
  await expect(years.locator('tbody tr')).toHaveCount(5);
  await expect.poll(() => loads.fromCache.some((path) => chartJs.test(path))).toBe(true);
  await expect(page.getByRole('img', { name: /^Bar chart of the cost of inaction/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
  await expectNothingMissing(page, loads);

  // The figures are in the link, so a reload shows them.
  await page.reload();
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue(/^5,?000$/);
  await expect(total).toContainText('€165,375');
  // They are on the device too: the bare address brings them back.
  await page.goto('/tools/cost-of-inaction/');
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue(/^5,?000$/);
  await expect(page).toHaveURL(/&c=5000&/);
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
  await expectNothingMissing(page, loads);
  await context.close();
});

test('a worksheet started from a template offline gets a new moment that survives a reload', async ({ browser }) => {
  const { context, page, loads } = await offlineBrowser(browser);
  await page.goto('/tools/journeys/');
  await expect(page.getByText('You have no worksheets yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hotel stay' })).toBeVisible();
  const booking = page.getByRole('list', { name: 'Moments in “Booking”' }).getByRole('heading', { level: 4 });
  const templateMoments = await booking.allInnerTexts();
  expect(templateMoments.length).toBeGreaterThan(0);
  const added = 'Parking instructions that arrive too late';
  await page.getByRole('textbox', { name: 'Add a moment to “Booking”', exact: true }).fill(added);
  await page.keyboard.press('Enter');
  await expect(booking).toHaveText([...templateMoments, added]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Hotel stay' })).toBeVisible();
  await expect(booking).toHaveText([...templateMoments, added]);
  await expectNothingMissing(page, loads);
  await context.close();
});

test('a workshop session started offline shows its join link and QR code', async ({ browser }) => {
  const { context, page, loads } = await offlineBrowser(browser);
  await page.goto('/tools/workshop/');
  await expect(main(page).getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  await main(page)
    .getByRole('radio', { name: /The engagement chain/ })
    .check();
  await main(page).getByRole('textbox', { name: 'Session name' }).fill('Offline team');
  await main(page).getByRole('button', { name: 'Start the session' }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Offline team' })).toBeVisible();
  const link = await main(page).getByRole('textbox', { name: 'Join link' }).inputValue();
  expect(link).toMatch(/\/tools\/workshop\/#a=chain&join=[A-Za-z0-9_-]{6}$/);
  // The QR code only appears once its encoder has loaded, and it is drawn, not an empty box.
  const qr = main(page).getByRole('img', { name: 'QR code of the join link' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('path[d^="M"]')).toHaveCount(1);
  await expectNothingMissing(page, loads);
  await context.close();
});
