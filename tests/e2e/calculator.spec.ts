// The cost-of-inaction calculator in a real browser: bad values, shared links in a new browser,
// keyboard-only use, the chart's data table, print, and axe in every state, light and dark.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openTool } from './people';

const PATH = '/tools/cost-of-inaction/';

/** Opens the calculator and waits until it has taken over from the server-rendered page. */
async function openCalculator(page: Page, hash = ''): Promise<void> {
  await openTool(page, `${PATH}${hash}`);
  await expect(page).toHaveURL(/#v=\d+&/);
}

/** Scrolls through the page so the chart and both companions load. */
async function loadEverything(page: Page): Promise<void> {
  await page.locator('#years').scrollIntoViewIfNeeded();
  await page.locator('#actuals').scrollIntoViewIfNeeded();
  await expect(page.getByRole('list', { name: 'Averages and the actuals behind them' })).toBeVisible();
  await page.locator('#value-formula').scrollIntoViewIfNeeded();
  await expect(page.getByText(/^Likely choice:/)).toBeVisible();
}

async function expectNoBrokenValues(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
}

/** Reads an amount written in en-US, e.g. "€1,150,144 less" → 1150144. */
function amount(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

test('bad values get a message on the field, the results list what to fix, and nothing reads NaN', async ({ page }) => {
  await openCalculator(page);
  await loadEverything(page);
  const customers = page.getByLabel('Customers', { exact: true });
  const problems: [string, RegExp][] = [
    ['', /is empty/],
    ['-5', /too small/],
    ['abc', /is not a number/],
    ['1e309', /is not a number/],
    ['100000000000000000000', /too large/],
  ];
  for (const [text, problem] of problems) {
    await customers.fill(text);
    await expect(customers).toHaveAttribute('aria-invalid', 'true');
    await expect(customers).toHaveValue(text);
    await expect(page.locator('#calc-customers-error')).toHaveText(problem);
    const fix = page.locator('.calc-results .calc-fix');
    await expect(fix.getByRole('heading', { name: 'Fix 1 input to see the results' })).toBeVisible();
    await expect(fix.getByRole('link', { name: /Customers/ })).toHaveAttribute('href', '#calc-customers');
    await expect(page.getByRole('list', { name: 'Headline results' })).toHaveCount(0);
    await expectNoBrokenValues(page);
  }
  await page.getByLabel('Contacts per year').fill('1e309');
  await page.getByLabel('Treatment (you)').fill('-50');
  await expect(page.getByRole('heading', { name: 'Fix 1 input to see the actuals' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fix 1 score to see the likely choice' })).toBeVisible();
  await expectNoBrokenValues(page);
  await page.locator('.calc-results .calc-fix').getByRole('link').click();
  await expect(customers).toBeFocused();
});

test('a copied link shows the same figures in a new browser', async ({ page, browser }) => {
  await openCalculator(page);
  await page.getByLabel('Number format').selectOption('de-DE');
  await page.getByLabel('Currency').selectOption('GBP');
  await page.getByLabel('Customers', { exact: true }).fill('12.345');
  await page.getByLabel('Cut waiting by').fill('40');
  await page.getByRole('radio', { name: 'What it costs to win new customers in their place' }).check();
  await expect(page).toHaveURL(/&c=12345&.*&cur=GBP&lc=de-DE&imp=40,/);
  const headline = await page.getByRole('list', { name: 'Headline results' }).innerText();
  const comparison = await page.getByRole('table', { name: /side by side/ }).innerText();
  expect(headline).toContain('£');

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await openTool(other, page.url());
  await expect(other.getByLabel('Customers', { exact: true })).toHaveValue('12.345');
  await expect.poll(() => other.getByRole('list', { name: 'Headline results' }).innerText()).toBe(headline);
  expect(await other.getByRole('table', { name: /side by side/ }).innerText()).toBe(comparison);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await colleague.close();
});

test('a damaged link shows a figure it cannot use as written, and says what it ignored', async ({ page }) => {
  await openTool(page, `${PATH}#v=1&c=abc&h=5&zz=1`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Customers');
  await expect(notice).toContainText('not part of this calculator');
  // Never a silent substitute (issue 14): the figure stays as the link wrote it, with its message.
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('abc');
  await expect(page.getByLabel('Customers', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoBrokenValues(page);
});

// A new reader sees figures in their browser's own number format once the calculator starts: the
// page is built in en-GB, and a reader in en-US or de-DE gets their own, with nothing broken.
test('writes numbers in the reader’s own format', async ({ browser }) => {
  for (const [locale, customers] of [
    ['en-US', '20,000'],
    ['de-DE', '20.000'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const reader = await context.newPage();
    await openCalculator(reader);
    await expect(reader.getByLabel('Number format')).toHaveValue(locale);
    await expect(reader.getByLabel('Customers', { exact: true })).toHaveValue(customers);
    await expect(reader).toHaveURL(new RegExp(`&lc=${locale}&`));
    await expectNoBrokenValues(reader);
    await context.close();
  }
});

// One layout before the first paint costs a phone less than a paint of the header and then a long
// layout of the calculator (the page's rel=expect link). Its target must exist and follow the calculator.
test('the first paint waits for an element after the whole calculator', async ({ page }) => {
  await openTool(page, PATH);
  const href = await page.locator('head link[rel="expect"][blocking="render"]').getAttribute('href');
  expect(href).toMatch(/^#[\w-]+$/);
  const after = await page.evaluate(
    (id) => {
      const target = document.getElementById(id);
      const calculator = document.querySelector('#results')?.closest('astro-island');
      return Boolean(target && calculator?.compareDocumentPosition(target) === Node.DOCUMENT_POSITION_FOLLOWING);
    },
    href?.slice(1) ?? '',
  );
  expect(after).toBe(true);
});

test('a returning reader without a link gets their figures back', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel('Frontline people', { exact: true }).fill('55');
  await expect(page).toHaveURL(/&hc=55&/);
  await openTool(page, PATH);
  await expect(page.getByLabel('Frontline people', { exact: true })).toHaveValue('55');
  await expect(page).toHaveURL(/&hc=55&/);
});

test('works by keyboard alone: change a value, reset, undo', async ({ page }) => {
  await openCalculator(page);
  const customers = page.getByLabel('Customers', { exact: true });
  for (
    let presses = 0;
    presses < 80 && !(await customers.evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(customers).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5000');
  await expect(page.locator('.calc-total')).toContainText('€165,375');

  const reset = page.getByRole('button', { name: 'Reset to the usual figures' });
  for (let presses = 0; presses < 40 && !(await reset.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(customers).toHaveValue('20,000');
  await expect(page.getByRole('group', { name: 'Undo' })).toContainText('back to their usual values');
  const undo = page.getByRole('button', { name: 'Undo' });
  for (let presses = 0; presses < 5 && !(await undo.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(customers).toHaveValue('5000');
  await expect(reset).toBeFocused();
});

test('chart.js loads only near the chart, and the data table matches the year-by-year figures', async ({ page }) => {
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/(cartesian|chart)\.[\w-]+\.js$/.test(request.url())) chartRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await openCalculator(page);
  await page.waitForLoadState('networkidle');
  expect(chartRequests).toEqual([]);
  await page.locator('#years').scrollIntoViewIfNeeded();
  await expect.poll(() => chartRequests.length).toBeGreaterThan(0);

  const table = page.getByRole('table', { name: 'The cost of inaction, year by year' });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)));
  expect(rows).toHaveLength(5);
  const yearly = await page
    .locator('.calc-year-sums li')
    .evaluateAll((items) => items.map((item) => /Total: .*? = (€[\d,]+)\./.exec(item.textContent)?.[1] ?? ''));
  let running = 0;
  let saving = 0;
  rows.forEach(([year, statusQuo = '', improved = '', yearSaving = '', total = '', totalSaving = ''], index) => {
    expect(year).toBe(String(index + 1));
    expect(statusQuo).toBe(yearly[index]);
    running += amount(statusQuo);
    saving += amount(statusQuo) - amount(improved);
    expect(amount(yearSaving)).toBeCloseTo(amount(statusQuo) - amount(improved), -1);
    expect(amount(total)).toBeCloseTo(running, -1);
    expect(amount(totalSaving)).toBeCloseTo(saving, -1);
  });
  await expect(page.locator('.calc-total')).toContainText(rows.at(-1)?.[4] ?? 'missing');
});

test('prints a one-page summary with the inputs and without the controls', async ({ page }) => {
  await openCalculator(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'The figures used' })).toBeVisible();
  await expect(page.getByLabel('Customers', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link to these figures' })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Headline results' })).toBeVisible();
  await expect(page.getByRole('table', { name: /side by side/ })).toBeVisible();
  await expect(page.locator('.calc-print-link')).toContainText('#v=2&');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // axe over this long page takes a while on a shared two-core machine.
    test.describe.configure({ timeout: 180_000 });

    test('has no axe violations with the usual figures, the chart and both companions', async ({ page }) => {
      await openCalculator(page);
      await loadEverything(page);
      await expectNoAxeViolations(page);
    });

    test('has no axe violations in the improved scenario, with the undo notice', async ({ page }) => {
      await openCalculator(page);
      await page.getByLabel('Cut customers leaving over poor service by').fill('60');
      await expect(page.locator('.calc-scenario')).toContainText('cut by 60%');
      await page.getByRole('button', { name: 'Reset to the usual figures' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('has no axe violations with errors in the calculator and both companions', async ({ page }) => {
      await openCalculator(page);
      await loadEverything(page);
      await page.getByLabel('Customers', { exact: true }).fill('abc');
      await page.getByLabel('Contacts per year').fill('');
      await page.getByLabel('Benefit (the alternative)').fill('11');
      await expect(page.getByRole('heading', { name: 'Fix 1 input to see the results' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Fix 1 score to see the likely choice' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('has no axe violations with the notice about a damaged link', async ({ page }) => {
      await openTool(page, `${PATH}#v=1&c=-5&h=5`);
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
