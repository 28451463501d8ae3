// Break-even and payback in the calculator's improvement scenario (issue 21): the costs typed by
// keyboard, the sentence, the figures and the year-by-year table, checked with clear messages and
// nothing lost, carried in the link (old links open as before), printed, and fitting a phone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, openTool } from './people';

const PATH = '/tools/cost-of-inaction/';
/** A link the calculator wrote before it had costs: every figure at its default. */
const OLD_LINK =
  '#v=1&c=20000&cpc=3&ws=60&aw=8&ht=7&ch=15&sc=37&val=250&ac=300&mul=6.5&kc=50&hc=40&st=30&rc=8000&h=5&vb=margin&am=multiple&lv=lost-value&cur=EUR&lc=en-GB&imp=20,30,10';

async function openCalculator(page: Page, hash = ''): Promise<void> {
  await openTool(page, `${PATH}${hash}`);
  await expect(page).toHaveURL(/#v=\d+&/);
}

/** Reads an amount in en-GB: "€373,500" → 373500, "-€150,000" → -150000. */
function amount(text: string | null | undefined): number {
  const match = /(-|−)?\D*([\d,]+(?:\.\d+)?)/.exec(text ?? '');
  return (match?.[1] ? -1 : 1) * Number((match?.[2] ?? 'NaN').replace(/,/g, ''));
}

/** The payback part, scrolled into view so its code loads. */
async function paybackPart(page: Page) {
  const part = page.getByRole('region', { name: 'Does it pay back?' });
  await part.scrollIntoViewIfNeeded();
  return part;
}

/** The payback table's rows, cell by cell. */
async function tableRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'What the improvement saves and costs, year by year' });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)));
}

test('costs typed by keyboard: when it pays back, what it returns, and the running net year by year', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    scripts.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  await openCalculator(page);
  // The payback's code waits until its part nears the screen.
  expect(scripts.filter((name) => /^Payback\./i.test(name))).toEqual([]);
  const part = await paybackPart(page);
  await expect(part).toContainText('With no cost entered, there is nothing to pay back');
  const worth = part.getByText('The most worth spending up front:');
  await expect(worth).toBeVisible();

  // From the last improvement, Tab reaches the costs (past the comparison's table); only the keyboard is used.
  await page.getByLabel('Cut frontline people leaving by').focus();
  const oneOff = page.getByLabel('One-off cost of the improvement');
  for (let presses = 0; presses < 10 && !(await oneOff.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(oneOff).toBeFocused();
  await page.keyboard.type('400,000');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Yearly cost of the improvement')).toBeFocused();
  await page.keyboard.type('50000');

  const sentence = part.locator('.calc-payback-sentence');
  await expect(sentence).toContainText('it returns');
  await expect(sentence).toHaveText(
    /^(Pays back in month \d+ \(year \d+\)|Pays back within the first year: after about \d+ months?|Does not pay back within the 5-year horizon); over 5 years it returns €[\d,]+ for €650,000 spent\./,
  );
  await expect(page).toHaveURL(/&inv=400000,50000$/);

  // The table adds up: each year's saving less its cost, run on from the one-off cost.
  const rows = await tableRows(page);
  expect(rows).toHaveLength(5);
  let running = 0;
  for (const [index, row] of rows.entries()) {
    const [year, saving, cost, net, soFar] = row.map(amount);
    expect(year).toBe(index + 1);
    expect(cost).toBe(index === 0 ? 450_000 : 50_000);
    expect(Math.abs((saving ?? 0) - (cost ?? 0) - (net ?? 0))).toBeLessThanOrEqual(1);
    running += net ?? 0;
    expect(Math.abs(running - (soFar ?? 0))).toBeLessThanOrEqual(rows.length);
  }
  // The month it names is the first whose running net is at or above zero, savings spread evenly.
  const said = /month (\d+)|after about (\d+) month/.exec(await sentence.innerText());
  if (said) {
    const month = Number(said[1] ?? said[2]);
    const year = Math.ceil(month / 12);
    const before = year === 1 ? -400_000 : amount(rows[year - 2]?.[4]);
    const net = amount(rows[year - 1]?.[3]) + (year === 1 ? 400_000 : 0);
    const at = (m: number) => before + (net * (m - (year - 1) * 12)) / 12;
    expect(at(month)).toBeGreaterThanOrEqual(-1);
    expect(at(month - 1)).toBeLessThan(0);
  }
  await expect(part).toContainText('Spent over 5 years: €650,000');
  await expect(part).toContainText('€400,000 up front + 5 × €50,000 a year = €650,000 spent over 5 years');
  await expectNoBrokenValues(page);
});

test('a link with costs opens them in a fresh browser; an old link opens as before, with no cost', async ({
  page,
  browser,
}) => {
  await openCalculator(page, '#v=2&c=20000&h=3&inv=120000,10000');
  const sentence = (await paybackPart(page)).locator('.calc-payback-sentence');
  await expect(sentence).toContainText('it returns');
  const said = await sentence.innerText();

  const other = await (await browser.newContext()).newPage();
  await openTool(other, `${PATH}#v=2&c=20000&h=3&inv=120000,10000`);
  await expect(other.getByLabel('One-off cost of the improvement')).toHaveValue('120,000');
  await expect(other.getByLabel('Yearly cost of the improvement')).toHaveValue('10,000');
  await expect((await paybackPart(other)).locator('.calc-payback-sentence')).toHaveText(said);
  await other.context().close();

  const fresh = await (await browser.newContext()).newPage();
  await openTool(fresh, `${PATH}${OLD_LINK}`);
  await expect(fresh.getByLabel('Customers', { exact: true })).toHaveValue('20,000');
  await expect(fresh.getByLabel('One-off cost of the improvement')).toHaveValue('');
  await expect(fresh.getByLabel('Yearly cost of the improvement')).toHaveValue('');
  await expect(fresh.locator('.calc-link-notice')).toHaveCount(0);
  await expect(await paybackPart(fresh)).toContainText('With no cost entered, there is nothing to pay back');
  // Rewritten in today's link version with the same figures, and still no cost.
  await expect(fresh).toHaveURL(/#v=2&c=20000&/);
  expect(fresh.url()).toContain(
    'c=20000&cpc=3&ws=60&aw=8&ht=7&ch=15&sc=37&val=250&ac=300&mul=6.5&kc=50&hc=40&st=30&rc=8000&h=5&fd=0&vb=margin',
  );
  expect(fresh.url()).not.toContain('inv=');
  await fresh.context().close();
});

test('a cost that cannot be used says why, keeps what was typed, blocks sharing and leaves the results', async ({
  page,
}) => {
  await openCalculator(page);
  const oneOff = page.getByLabel('One-off cost of the improvement');
  await oneOff.fill('€ 250,000');
  await expect(page.locator('#calc-oneOffCost-error')).toHaveText(
    '“One-off cost of the improvement” is not a number. Use digits only, for example 1,234.5. It must be between 0 and 1,000,000,000.',
  );
  await expect(oneOff).toHaveAttribute('aria-invalid', 'true');
  await expect(oneOff).toHaveValue('€ 250,000');
  const part = await paybackPart(page);
  await expect(part).toContainText('Fix 1 cost to see whether it pays back');
  await expect(page.locator('.calc-total .calc-big').first()).toBeVisible();
  await expect(page.getByText('Fix the highlighted field before sharing')).toBeVisible();
  for (const [typed, problem] of [
    ['-5', 'is too small'],
    ['abc', 'is not a number'],
    ['2,000,000,000', 'is too large'],
  ] as const) {
    await oneOff.fill(typed);
    await expect(page.locator('#calc-oneOffCost-error')).toContainText(problem);
  }
  await oneOff.fill('');
  await expect(part).toContainText('With no cost entered');
  await expect(page.getByText('Fix the highlighted field before sharing')).toHaveCount(0);
  await expectNoBrokenValues(page);
});

test('print shows the costs, the payback sentence and its figures in the summary', async ({ page }) => {
  await openCalculator(page, '#v=2&c=20000&h=3&inv=120000,10000');
  const sentence = (await paybackPart(page)).locator('.calc-payback-sentence');
  await expect(sentence).toContainText('it returns');
  const said = await sentence.innerText();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.calc-print-summary');
  await expect(summary).toBeVisible();
  const printed = summary.locator('.calc-print-payback');
  await expect(printed).toContainText(said);
  await expect(printed).toContainText('for €150,000 spent. Costs: €120,000 up front, €10,000 a year.');
  await expect(printed).toContainText(/Net benefit -?€[\d,]+; the most worth spending up front €[\d,]+\./);
  // The costs' fields and the on-screen part are not printed twice.
  await expect(page.getByLabel('One-off cost of the improvement')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Does it pay back?' })).toBeHidden();
});

test('with costs and a problem, the calculator fits 320 and 390 px and has no axe violations', async ({ page }) => {
  await openCalculator(page, '#v=1&c=20000&inv=400000,50000');
  const part = await paybackPart(page);
  await expect(part.locator('.calc-payback-sentence')).toContainText('it returns');
  await expectPhoneReady(page, 'calculator with costs');
  await expectNoAxeViolations(page, 'calculator with costs');
  await page.getByLabel('Yearly cost of the improvement').fill('lots');
  await expect(part).toContainText('Fix 1 cost to see whether it pays back');
  await expectPhoneReady(page, 'calculator with a cost to fix');
  await expectNoAxeViolations(page, 'calculator with a cost to fix');
});
