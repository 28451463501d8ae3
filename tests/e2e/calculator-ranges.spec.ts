// Ranges on the calculator's inputs (issue 21): given by keyboard, checked with clear messages and
// nothing lost, carried in the link, shown as the likely total with its 10th-90th percentile range
// in a sentence and a table, printed, and fitting a phone. The simulation's code loads only once a
// range exists.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, openTool } from './people';

const PATH = '/tools/cost-of-inaction/';

async function openCalculator(page: Page, hash = ''): Promise<void> {
  await openTool(page, `${PATH}${hash}`);
  await expect(page).toHaveURL(/#v=\d+&/);
}

/** The scripts the page fetches, by file name. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) scripts.push(name);
  });
  return scripts;
}

/** Reads an amount in en-GB, short or long: "€340K" → 340000, "€373,500" → 373500. */
function amount(text: string | undefined): number {
  const match = /([\d,.]+)\s*([KMBkmb])?/.exec(text ?? '');
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[(match?.[2] ?? '').toUpperCase()] ?? 1;
  return Number((match?.[1] ?? '').replace(/,/g, '')) * scale;
}

/** Reads the amounts of the range sentence, e.g. "between €1.1M and €1.6M in the first year, most likely €1.3M". */
function sentenceParts(text: string): RegExpMatchArray | null {
  return /between (\S+) and (\S+) in the first year, most likely (\S+?);/.exec(text);
}

test('a range is given by keyboard alone, and the results show its likely total and range', async ({ page }) => {
  const scripts = watchScripts(page);
  await openCalculator(page);
  const likelyTotal = await page.locator('.calc-total .calc-big').first().innerText();
  expect(scripts.some((name) => name.startsWith('RangeResults.'))).toBe(false);

  const toggle = page.getByRole('button', { name: 'Give a range for Customers', exact: true });
  for (let presses = 0; presses < 80 && !(await toggle.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  const low = page.getByLabel('Low for Customers', { exact: true });
  await expect(low).toBeFocused();
  await expect(low).toHaveValue('20,000');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('15000');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('High for Customers', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('30000');

  const result = page.getByRole('region', { name: 'How sure is the total?' });
  await expect(result).toContainText('in the first year, most likely');
  const parts = sentenceParts(await result.innerText());
  expect(parts).not.toBeNull();
  // The likely figure is the single-figure total, and the range runs around it.
  const likely = amount(likelyTotal.replace(/in the first year/, ''));
  expect(amount(parts?.[3])).toBeCloseTo(likely, 1 - Math.floor(Math.log10(likely)));
  expect(amount(parts?.[1])).toBeLessThanOrEqual(likely * 1.05);
  expect(amount(parts?.[2])).toBeGreaterThanOrEqual(likely * 0.95);
  expect(amount(parts?.[2])).toBeGreaterThan(amount(parts?.[1]));
  const table = result.getByRole('table', { name: /range/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Most likely');
  expect(scripts.some((name) => name.startsWith('RangeResults.'))).toBe(true);
  await expect(page).toHaveURL(/&rg=c,15000,30000/);
  await expectNoBrokenValues(page);

  // Back to a single figure: the range leaves the link and the results, and focus returns.
  await page.getByRole('button', { name: 'Use a single figure for Customers', exact: true }).press('Enter');
  await expect(page.getByRole('button', { name: 'Give a range for Customers', exact: true })).toBeFocused();
  await expect(result).toHaveCount(0);
  await expect(page).not.toHaveURL(/&rg=/);
});

test('a range that does not hold the likely figure says why, keeps what was typed, and blocks sharing', async ({
  page,
}) => {
  await openCalculator(page);
  await page.getByRole('button', { name: 'Give a range for Average wait (minutes)' }).click();
  const low = page.getByLabel('Low for Average wait (minutes)');
  await low.fill('9');
  await page.getByLabel('High for Average wait (minutes)').fill('12');
  const range = page.getByRole('group', { name: /Range for Average wait \(minutes\)/ });
  await expect(range).toContainText('the low figure must not be above the likely figure');
  await expect(low).toHaveAttribute('aria-invalid', 'true');
  await expect(low).toHaveValue('9');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toHaveCount(0);
  await expect(page.getByText('Fix the highlighted field before sharing')).toBeVisible();
  await low.fill('abc');
  await expect(range).toContainText('Low:');
  // Moving the likely figure into the range makes it usable at once.
  await low.fill('2');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toContainText('most likely');
  await expect(page.getByText('Fix the highlighted field before sharing')).toHaveCount(0);
  await expectNoBrokenValues(page);
});

test('a link with ranges opens them, the same range every time; an old link opens as before', async ({
  page,
  browser,
}) => {
  const link = `#v=1&c=20000&cpc=3&rg=c,15000,30000,hc,40,60`;
  await openTool(page, `${PATH}${link}`);
  const result = page.getByRole('region', { name: 'How sure is the total?' });
  await expect(result).toContainText('most likely');
  await expect(page.getByLabel('Low for Customers', { exact: true })).toHaveValue('15,000');
  await expect(page.getByLabel('High for Frontline people')).toHaveValue('60');
  const sentence = await result.locator('.calc-range-sentence').innerText();

  const other = await (await browser.newContext()).newPage();
  await openTool(other, `${PATH}${link}`);
  await expect(other.locator('.calc-range-sentence')).toHaveText(sentence);
  await other.context().close();

  const scripts = watchScripts(page);
  await openTool(page, `${PATH}#v=1&c=5000&cpc=3&h=5`);
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('5,000');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Give a range for Customers', exact: true })).toBeVisible();
  expect(scripts.some((name) => name.startsWith('RangeResults.'))).toBe(false);
});

test('print shows each range beside its figure and the total’s range', async ({ page }) => {
  await openCalculator(page, '#v=1&c=20000&rg=c,15000,30000');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toContainText('most likely');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'The figures used' })).toBeVisible();
  await expect(page.locator('.calc-print-summary')).toContainText('20,000 (range 15,000 to 30,000)');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toBeVisible();
  await expect(page.locator('.calc-print-drivers')).toContainText('The two figures that matter most are');
  await expect(page.getByRole('button', { name: 'Give a range for Frontline people', exact: true })).toBeHidden();
});

test('with ranges open and a problem, the calculator fits 320 and 390 px and has no axe violations', async ({
  page,
}) => {
  await openCalculator(page, '#v=1&c=20000&rg=c,15000,30000');
  await expect(page.getByRole('region', { name: 'How sure is the total?' })).toContainText('most likely');
  await page.getByRole('button', { name: 'Give a range for Value of one customer per year' }).click();
  await page.getByLabel('High for Value of one customer per year').fill('1');
  await expectPhoneReady(page, 'calculator with ranges');
  await expectNoAxeViolations(page, 'calculator with ranges');
});

test('what drives the result: a tornado chart loaded near it, with a table sorted by effect and the top two named', async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await openCalculator(page, '#v=1&c=20000&rg=c,10000,40000');
  expect(scripts.some((name) => name.startsWith('Drivers.'))).toBe(false);
  await page.locator('#drivers').scrollIntoViewIfNeeded();
  const table = page.getByRole('table', { name: 'What drives the first-year total, largest effect first' });
  await expect(table).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tornado chart/ })).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
  expect(rows.length).toBeGreaterThan(2);
  // The reader's range is used for Customers; sorted by effect, largest first.
  const customers = rows.find((row) => row[0] === 'Customers');
  expect(customers?.[1]).toBe('10,000 to 40,000 (your range)');
  const effects = rows.map((row) => amount(row[4]));
  expect(effects).toEqual([...effects].sort((a, b) => b - a));
  const sentence = page.locator('.calc-drivers-sentence');
  await expect(sentence).toContainText(`The two figures that matter most are ${rows[0]?.[0] ?? '?'}`);
  await expect(sentence).toContainText(` and ${rows[1]?.[0] ?? '?'} (`);
  await expectNoBrokenValues(page);

  // Print names the top two in the summary.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.calc-print-drivers')).toContainText(
    `The two figures that matter most are ${rows[0]?.[0] ?? '?'}`,
  );
  await expect(table).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page, 'calculator: what drives the result');
  await expectPhoneReady(page, 'calculator: what drives the result');
});
