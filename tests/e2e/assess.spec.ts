// The self-assessment, driven as a keyboard user would: answering, resuming after a reload, the
// radar's data table, saving and importing results, starting over, and axe in every state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { openTool } from './people';

const url = '/tools/assess/seven-traits/';
const answersKey = 'accueil.assess.seven-traits.answers';

interface Item {
  id: string;
  statement: string;
}
const content = parse(
  readFileSync(join(import.meta.dirname, '../../content/assessments/seven-traits.yaml'), 'utf8'),
) as { dimensions: { label: string; items: Item[] }[] };
const dimensions = content.dimensions;
const allItems = dimensions.flatMap((d) => d.items);
/** How many statements the assessment asks (23 in version 2). */
const total = allItems.length;

type Choice = 1 | 2 | 3 | 4 | 5 | 'dk' | null;
// Per dimension, in order; expectedRows gives the scores they must produce.
const plan: Choice[][] = [
  [5, 5, 5, 5], // Accessible → 5.0
  [4, 4, 4], // Consistent: the third is reverse scored (6 - 4 = 2) → 3.3
  [1, 1, 1], // Flexible → 1.0
  [2, 'dk', 3], // Proactive → 2.5, one "don't know"
  [3, 3, 3], // Respectful (one reversed 3 is still 3) → 3.0
  [4, 5, null], // Responsible → 4.5, one left unanswered
  [2, 2, 2, 2], // Straightforward → 2.0
];
// Dimension → score, rated, don't know, unanswered.
const expectedRows: [string, string[]][] = [
  ['Accessible', ['5.0', '4 of 4', '0', '0']],
  ['Consistent', ['3.3', '3 of 3', '0', '0']],
  ['Flexible', ['1.0', '3 of 3', '0', '0']],
  ['Proactive', ['2.5', '2 of 3', '1', '0']],
  ['Respectful', ['3.0', '3 of 3', '0', '0']],
  ['Responsible', ['4.5', '2 of 3', '0', '1']],
  ['Straightforward', ['2.0', '4 of 4', '0', '0']],
];

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Picks a level with the keyboard from the group's first radio: Space for 1, arrows for the rest. */
async function chooseByKeyboard(page: Page, choice: Exclude<Choice, null>): Promise<void> {
  if (choice === 1) await page.keyboard.press('Space');
  else if (choice === 'dk') await page.keyboard.press('ArrowLeft');
  else for (let step = 1; step < choice; step += 1) await page.keyboard.press('ArrowRight');
}

const radioName = (choice: Exclude<Choice, null>): string =>
  choice === 'dk' ? 'Don’t know' : choice === 2 || choice === 4 ? `${choice}, in between` : String(choice);

const main = (page: Page) => page.getByRole('main');
const group = (page: Page, item: Item) => main(page).getByRole('group', { name: item.statement });

/** Stores answers directly, then reloads, to reach a state quickly in tests about other things. */
async function seedAnswers(page: Page, answers: Record<string, Exclude<Choice, null>>): Promise<void> {
  await page.evaluate(
    ([key, text]) => {
      localStorage.setItem(key, text);
    },
    [answersKey, JSON.stringify({ kind: 'accueil.assessment-answers', version: 1, data: answers })] as const,
  );
  await page.reload();
}

function planAnswers(): Record<string, Exclude<Choice, null>> {
  const answers: Record<string, Exclude<Choice, null>> = {};
  dimensions.forEach((dimension, d) => {
    dimension.items.forEach((item, i) => {
      const choice = plan[d]?.[i] ?? null;
      if (choice !== null) answers[item.id] = choice;
    });
  });
  return answers;
}

async function expectScoreTable(page: Page): Promise<void> {
  const table = main(page).getByRole('table', { name: /your scores by dimension/i });
  for (const [label, cells] of expectedRows) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(cells);
  }
}

test('a keyboard user completes seven traits, sees the radar with its table, and where to start', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await openTool(page, url);
  await expect(main(page).getByText('Step 1 of 7')).toBeVisible();

  for (const [d, dimension] of dimensions.entries()) {
    await expect(main(page).getByRole('heading', { level: 2, name: dimension.label })).toBeVisible();
    for (const [i, item] of dimension.items.entries()) {
      const choice = plan[d]?.[i] ?? null;
      if (choice === null) continue;
      await tabTo(page, group(page, item).getByRole('radio').first());
      await chooseByKeyboard(page, choice);
      await expect(group(page, item).getByRole('radio', { name: radioName(choice), exact: true })).toBeChecked();
    }
    const last = d === dimensions.length - 1;
    const forward = main(page).getByRole('button', { name: last ? 'See my results' : 'Next', exact: true });
    await tabTo(page, forward);
    await page.keyboard.press('Enter');
    if (!last) {
      const next = dimensions[d + 1]?.label ?? '';
      await expect(main(page).getByRole('heading', { level: 2, name: next })).toBeFocused();
      await expect(main(page).getByText(`Step ${d + 2} of 7`)).toBeVisible();
    }
  }

  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeFocused();
  await expectScoreTable(page);
  await expect(
    main(page).getByText(/strongest dimension is Accessible \(5\.0\).*weakest is Flexible \(1\.0\)/),
  ).toBeVisible();
  await expect(
    main(page).getByText(
      new RegExp(`You rated ${total - 2} of ${total} statements, answered “don’t know” to 1 and left 1 unanswered\\.`),
    ),
  ).toBeVisible();
  // The radar draws once chart.js has loaded; the fallback message would mean it failed.
  await expect(main(page).locator('canvas[aria-label^="Radar chart of your scores"]')).toBeVisible();
  await expect(main(page).getByText('The chart could not be loaded')).toHaveCount(0);

  const start = main(page).getByRole('region', { name: 'Where to start' });
  await expect(start.getByRole('heading', { level: 4 })).toHaveText(['Flexible: 1.0', 'Straightforward: 2.0']);
  await expect(start.getByRole('link', { name: 'Flexible playbook' })).toHaveAttribute(
    'href',
    '/playbooks/traits/flexible/',
  );
  const play = start.getByRole('link').filter({ hasNotText: 'playbook' }).first();
  await expect(play).toHaveAttribute('href', /^\/playbooks\/traits\/flexible\/#play-[a-z0-9-]+$/);
  await context.close();
});

test('answers are saved as they are given and survive a reload', async ({ page: firstTab, context }) => {
  let page = firstTab;
  await openTool(page, url);
  const [first, second, third, ...rest] = dimensions[0]?.items ?? [];
  if (!first || !second || !third) throw new Error('seven-traits has no first step');
  await group(page, first).getByRole('radio', { name: '4, in between' }).check();
  await group(page, second).getByRole('radio', { name: 'Don’t know' }).check();
  await group(page, third).getByRole('radio', { name: '2, in between' }).check();
  // The rest of step 1 (version 2 has four statements there), so step 1 is complete.
  for (const item of rest) await group(page, item).getByRole('radio', { name: '5', exact: true }).check();
  const answered = 3 + rest.length;
  await page.reload();
  // A reload shows the same screen: step 1, its answers checked.
  await expect(main(page).getByText('Step 1 of 7')).toBeVisible();
  await expect(main(page).getByText(`${answered} of ${total} statements answered`)).toBeVisible();
  await expect(group(page, first).getByRole('radio', { name: '4, in between' })).toBeChecked();
  // A new tab resumes at the first step with an unanswered statement.
  await page.close();
  page = await context.newPage();
  await openTool(page, url);
  await expect(main(page).getByText('Step 2 of 7')).toBeVisible();
  await expect(main(page).getByText(`${answered} of ${total} statements answered`)).toBeVisible();
  await main(page).getByRole('button', { name: 'Back' }).click();
  await expect(group(page, first).getByRole('radio', { name: '4, in between' })).toBeChecked();
  await expect(group(page, second).getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  await expect(group(page, third).getByRole('radio', { name: '2, in between' })).toBeChecked();
});

test('start over clears the answers and Undo brings them back', async ({ page }) => {
  await openTool(page, url);
  await seedAnswers(page, { [allItems[0]?.id ?? '']: 5, [allItems[1]?.id ?? '']: 3 });
  await expect(main(page).getByText(`2 of ${total} statements answered`)).toBeVisible();
  await main(page).getByRole('button', { name: 'Start over' }).click();
  await expect(main(page).getByText(`0 of ${total} statements answered`)).toBeVisible();
  await expect(
    main(page).getByRole('group', { name: 'Undo' }).filter({ hasText: 'Your answers were cleared' }),
  ).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Accessible' })).toBeFocused();
  await main(page).getByRole('button', { name: 'Undo' }).click();
  await expect(main(page).getByText(`2 of ${total} statements answered`)).toBeVisible();
  await page.reload();
  await expect(main(page).getByText(`2 of ${total} statements answered`)).toBeVisible();
});

test('a result exported as JSON imports on another device and appears in its history', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, url);
  await seedAnswers(page, planAnswers());
  await main(page).getByRole('button', { name: 'See results so far' }).click();
  await expectScoreTable(page);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    main(page).getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^accueil-seven-traits-my-result-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = testInfo.outputPath(json.suggestedFilename());
  await json.saveAs(jsonPath);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    main(page).getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain('Dimension score');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(total + 1);
  await context.close();

  const other = await browser.newContext();
  const device = await other.newPage();
  await openTool(device, url);
  await main(device).getByRole('button', { name: 'Saved results and import' }).click();
  await expect(main(device).getByText('No saved results yet.')).toBeVisible();
  const picker = main(device).getByLabel(/Result file/);
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":') });
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  await expect(main(device).getByRole('alert')).toContainText('it is not valid JSON');
  await picker.setInputFiles(jsonPath);
  await expect(main(device).getByRole('status')).toContainText(/Imported “My result” \(\d{4}-\d{2}-\d{2}\)/);
  await expect(picker).not.toHaveAttribute('aria-invalid', 'true');
  const history = main(device).getByRole('region', { name: 'Your saved results' });
  await expect(history.getByRole('rowheader', { name: 'My result' })).toBeVisible();
  await expect(history.getByRole('cell', { name: `${total - 1} of ${total}` })).toBeVisible();
  await picker.setInputFiles(jsonPath);
  await expect(main(device).getByRole('status')).toContainText('already in your saved results');
  await expect(history.getByRole('rowheader')).toHaveCount(1);
  await other.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations before, during and after (${scheme} theme)`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await openTool(page, url);
    await expect(main(page).getByText('Step 1 of 7')).toBeVisible();
    await expectNoAxeViolations(page);

    const [first] = allItems;
    if (!first) throw new Error('no items');
    await group(page, first).getByRole('radio', { name: '3', exact: true }).check();
    await main(page).getByRole('button', { name: 'Skip this step' }).click();
    await expect(main(page).getByText('Step 2 of 7')).toBeVisible();
    const [secondStepFirst] = dimensions[1]?.items ?? [];
    if (!secondStepFirst) throw new Error('no second step');
    await group(page, secondStepFirst).getByRole('radio', { name: 'Don’t know' }).check();
    await expect(group(page, secondStepFirst).getByRole('button', { name: /Clear this answer/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await seedAnswers(page, planAnswers());
    await main(page).getByRole('button', { name: 'See results so far' }).click();
    await expect(main(page).locator('canvas[aria-label^="Radar chart of your scores"]')).toBeVisible();
    await expectNoAxeViolations(page);

    // With two saved results the history, the comparison and the undo notice are on screen too.
    await main(page).getByLabel('Name').fill('Before');
    await main(page).getByRole('button', { name: 'Save result' }).click();
    await main(page).getByLabel('Name').fill('After');
    await main(page).getByRole('button', { name: 'Save result' }).click();
    await expect(main(page).getByRole('table', { name: /Changes from Before .* to After/ })).toBeVisible();
    await main(page)
      .getByRole('button', { name: /^Delete After/ })
      .click();
    await expect(main(page).getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}
