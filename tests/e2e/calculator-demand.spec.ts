// Failure demand in the calculator (issue 21): entered by keyboard, shown as its own figures with
// their sums (part of the contacts, so no total moves), cut by a lever in the improved scenario,
// carried in the link, checked with clear messages, printed, and fitting a phone. A link made
// before failure demand opens exactly as before.
import { expect, test, type Page } from '@playwright/test';
import { decodeCalculatorState } from '../../src/core/calculator/fragment';
import { compareScenarios } from '../../src/core/calculator/scenario';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, expectReloadKeeps, openTool } from './people';

const PATH = '/tools/cost-of-inaction/';
const FIELD = 'Share of contacts caused by an earlier failure';
const LEVER = 'Cut failure demand by';

async function openCalculator(page: Page, hash = ''): Promise<void> {
  await openTool(page, `${PATH}${hash}`);
  await expect(page).toHaveURL(/#v=\d+&/);
}

const card = (page: Page) => page.locator('.calc-failure');

test('failure demand is entered by keyboard, shows its own figures, and a lever cuts it', async ({ page }) => {
  await openCalculator(page);
  const total = (await page.locator('.calc-total').textContent()) ?? '';
  await expect(card(page)).toHaveCount(0);

  const field = page.getByLabel(FIELD, { exact: true });
  await expect(field).toHaveValue('0');
  await expect(page.locator(`#${await field.getAttribute('id')}-help`)).toContainText('Sample a week of contacts');
  await expect(page.locator(`#${await field.getAttribute('id')}-help`)).toContainText(
    'The idea comes from John Seddon',
  );
  // Reach the field with the keyboard alone, from the one before it.
  await page.getByLabel('Average handling time (minutes)', { exact: true }).focus();
  await page.keyboard.press('Tab');
  for (let presses = 0; presses < 5 && !(await field.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('30');

  // Its own figures, each with its sum; the totals do not move, because these contacts are part of them.
  await expect(card(page)).toContainText('18,000 contacts');
  await expect(card(page)).toContainText('20,000 customers × 3 contacts a year × 30% caused by an earlier failure');
  await expect(card(page)).toContainText('1,440 hours');
  await expect(card(page)).toContainText('2,100 hours');
  await expect(page.locator('.calc-total')).toHaveText(total);
  await expect(page).toHaveURL(/&fd=30&/);

  // The lever: the improved scenario drops the contacts it cuts, with their waiting and handling.
  const lever = page.getByLabel(LEVER, { exact: true });
  await lever.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('50');
  const comparison = page.getByRole('table', { name: 'The status quo and the improved scenario side by side' });
  const row = comparison.getByRole('row', { name: /Contacts caused by an earlier failure/ });
  await expect(row).toContainText('9,000 contacts less');
  await expect(page.locator('.calc-scenario .calc-summary')).toContainText(
    'Cutting failure demand removes 9,000 contacts and 1,050 hours of handling a year',
  );
  await expect(page).toHaveURL(/&fdc=50(&|$)/);

  // Every sum is written out below, failure demand's too.
  await page.locator('#formulas').scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-formula-list')).toContainText('Contacts caused by an earlier failure');
  await expectNoBrokenValues(page);

  await expectReloadKeeps(page, async (p) => [
    await p.getByLabel(FIELD, { exact: true }).inputValue(),
    await p.getByLabel(LEVER, { exact: true }).inputValue(),
    await card(p).innerText(),
  ]);
});

test('failure demand takes "35 %" and refuses text with a message, losing nothing', async ({ page }) => {
  await openCalculator(page);
  const field = page.getByLabel(FIELD, { exact: true });
  await field.fill('35 %');
  await expect(card(page)).toContainText('21,000 contacts');
  await field.fill('abc');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.calc-field.has-error .error')).toContainText(FIELD);
  await expect(page.locator('.calc-results')).toContainText('Fix 1 input to see the results');
  await expect(field).toHaveValue('abc');
  await field.fill('120');
  await expect(page.locator('.calc-field.has-error .error')).toContainText('too large');
  await field.fill('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('20');
  await expect(card(page)).toContainText('12,000 contacts');
  await expectNoBrokenValues(page);
});

test('a link saved before failure demand opens exactly as before, with none', async ({ page }) => {
  // A link as version 1 wrote it, before failure demand existed.
  const old =
    'v=1&c=12345&cpc=2.5&ws=45&aw=12&ht=6&ch=18&sc=40&val=410&ac=410&mul=5&kc=60&hc=25&st=22&rc=6500&h=3&vb=revenue&am=amount&lv=replacement&cur=GBP&lc=de-DE&imp=40,30,10';
  await openCalculator(page, `#${old}`);
  await expect(page.getByLabel('Customers', { exact: true })).toHaveValue('12.345');
  await expect(page.getByLabel(FIELD, { exact: true })).toHaveValue('0');
  await expect(card(page)).toHaveCount(0);
  // No notice: nothing in it was missing or unusable.
  await expect(page.getByText('This link is missing some settings')).toHaveCount(0);
  await expect(page.getByText('could not be used')).toHaveCount(0);
  // The figures are those the link's own values give, with no failure demand.
  const { state } = decodeCalculatorState(old);
  const expected = compareScenarios({ ...state.values, failureDemandShare: 0 }, state.levers, state);
  await expect(page.locator('.calc-total')).toContainText(expected.statusQuo.cumulativeTotal.text);
  await expect(page.locator('.calc-scenario .calc-summary')).toHaveText(expected.summary);
  // Written back as the current version, with failure demand off.
  await expect(page).toHaveURL(/#v=2&c=12345&.*&fd=0&.*&imp=40,30,10&fdc=25/);
});

test('with failure demand on, the calculator fits 320 and 390 px and has no axe violations', async ({ page }) => {
  await openCalculator(page);
  await page.getByLabel(FIELD, { exact: true }).fill('30');
  await expect(card(page)).toContainText('18,000 contacts');
  await page.locator('#formulas').scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-formula-list')).toContainText('failure demand');
  await expectPhoneReady(page, 'calculator with failure demand');
  await expectNoAxeViolations(page, 'calculator with failure demand');
});

test('a sector preset is applied by keyboard, sets only its sourced figure, marks the rest, and undoes', async ({
  page,
}) => {
  await openCalculator(page);
  const share = page.getByLabel('Share of leavers who leave over poor service', { exact: true });
  await share.fill('50');
  await expect(page).toHaveURL(/&sc=50&/);
  const customersHelp = page.locator('#calc-customers-help');
  await expect(customersHelp).not.toContainText('General default.');

  const menu = page.getByLabel('Start from a sector', { exact: true });
  await menu.focus();
  await page.keyboard.press('Tab');
  const apply = page.getByRole('button', { name: 'Apply', exact: true });
  await expect(apply).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(share).toHaveValue('37');
  await expect(page.locator('#calc-serviceChurnShare-help')).toContainText('Retail banking preset figure.');
  await expect(customersHelp).toContainText('General default.');
  const applied = page.locator('.calc-preset-applied');
  await expect(applied).toContainText('Started from the retail banking preset');
  await expect(applied.getByRole('link', { name: /J\.D\. Power/ })).toHaveAttribute(
    'href',
    /\/sources\/#jd-power-2010$/,
  );
  await expect(page).toHaveURL(/&sc=37&.*&ps=retail-banking$/);

  // Undo puts back the figures as they were, without the preset.
  const undo = page.getByRole('group', { name: 'Undo' }).filter({ hasText: 'preset is applied' });
  await undo.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(share).toHaveValue('50');
  await expect(applied).toHaveCount(0);
  await expect(customersHelp).not.toContainText('General default.');
  await expect(menu).toBeFocused();
  await expect(page).not.toHaveURL(/ps=/);
  await expectNoBrokenValues(page);
});

test('a link with a preset reopens with it, and print names the preset and failure demand with their sources', async ({
  page,
}) => {
  await openCalculator(page);
  await page.getByLabel(FIELD, { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page).toHaveURL(/&fd=30&.*&ps=retail-banking$/);
  const link = page.url();

  const other = await (await page.context().browser()?.newContext())?.newPage();
  if (!other) throw new Error('no second page');
  await openTool(other, link);
  await expect(other.locator('.calc-preset-applied')).toContainText('Started from the retail banking preset');
  await expect(other.locator('#calc-customers-help')).toContainText('General default.');
  await expect(other.locator('.calc-failure')).toContainText('18,000 contacts');
  await other.context().close();

  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.calc-print-summary');
  await expect(summary).toContainText('Started from the retail banking preset');
  await expect(summary.getByRole('link', { name: /J\.D\. Power/ })).toBeVisible();
  await expect(summary).toContainText('Failure demand: 30% of contacts (18,000 contacts a year');
  await expect(summary.getByRole('link', { name: /John Seddon/ })).toBeVisible();
  await expect(summary).toContainText('1,440 hours of waiting, 2,100 hours of handling');
  await expect(
    page
      .getByRole('table', { name: /side by side/ })
      .getByRole('row', { name: /Contacts caused by an earlier failure/ }),
  ).toBeVisible();
  await expect(page.getByLabel('Start from a sector', { exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page, 'calculator with a preset and failure demand');
  await expectPhoneReady(page, 'calculator with a preset and failure demand');
});
