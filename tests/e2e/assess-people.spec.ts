// The self-assessment as people use it in a real room: a reload at every step keeps what is on
// screen, the export beside the results carries the label it was saved under, a result exported on
// one device opens as a result on another, bad files change nothing, and every state fits a phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  expectNoBrokenValues,
  expectPhoneReady,
  expectReloadKeeps,
  expectUniqueIdsAndLabels,
  openTool,
} from './people';

const url = '/tools/assess/seven-traits/';
const answersKey = 'accueil.assess.seven-traits.answers';
const historyKey = 'accueil.assess.seven-traits.history';

interface Item {
  id: string;
  statement: string;
}
const content = parse(
  readFileSync(join(import.meta.dirname, '../../content/assessments/seven-traits.yaml'), 'utf8'),
) as { dimensions: { label: string; items: Item[] }[] };
const dimensions = content.dimensions;
const allItems = dimensions.flatMap((d) => d.items);
const total = allItems.length;

type Choice = 1 | 2 | 3 | 4 | 5 | 'dk';
const choices: Choice[] = [1, 2, 3, 4, 5, 'dk'];
const radioName = (choice: Choice): string =>
  choice === 'dk' ? 'Don’t know' : choice === 2 || choice === 4 ? `${choice}, in between` : String(choice);

const main = (page: Page) => page.getByRole('main');
const group = (page: Page, item: Item) => main(page).getByRole('group', { name: item.statement });

/** What a person sees of the questions: step, totals, and which level each statement has checked. */
async function readQuestions(page: Page) {
  return main(page)
    .locator('.assess-tool')
    .evaluate((root) => {
      const groups = [...root.querySelectorAll('fieldset.item-question')].map((fieldset) => {
        const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        return {
          statement: fieldset.querySelector('legend')?.textContent.trim() ?? '',
          checked: radios.filter((radio) => radio.checked).map((radio) => radio.value),
          // Every radio of a statement shares one name, unique to that statement.
          names: [...new Set(radios.map((radio) => radio.name))],
        };
      });
      const progress = root.querySelector('progress');
      return {
        step: root.querySelector('.step-count')?.textContent.trim() ?? null,
        heading: root.querySelector('h2')?.textContent.trim() ?? null,
        answered: root.querySelector('.progress-label')?.textContent.trim() ?? null,
        bar: progress ? `${String(progress.value)} of ${String(progress.max)}` : null,
        groups,
      };
    });
}

/** Statements on screen have distinct radio names (one name per statement). */
async function expectOneNamePerStatement(page: Page): Promise<void> {
  const screen = await readQuestions(page);
  const names = screen.groups.map((g) => g.names);
  for (const set of names) expect(set).toHaveLength(1);
  expect(new Set(names.flat()).size).toBe(names.length);
}

/** What a person sees of the results: heading, scores table and the saved results. */
async function readResults(page: Page) {
  const results = main(page).locator('.results');
  await expect(results.locator('.score-table').first()).toBeVisible();
  return {
    heading: await results.locator('h2').first().innerText(),
    table: await results.locator('.score-table').first().innerText(),
    saved: await results.locator('.history').innerText(),
  };
}

async function seed(page: Page, key: string, kind: string, data: unknown): Promise<void> {
  await page.evaluate(
    ([storageKey, text]) => {
      localStorage.setItem(storageKey, text);
    },
    [key, JSON.stringify({ kind, version: 1, data })] as const,
  );
}

function fullAnswers(): Record<string, Choice> {
  return Object.fromEntries(allItems.map((item, index) => [item.id, choices[index % choices.length] ?? 3]));
}

test('a reload at every step, mid-step and on the results keeps what is on screen', async ({ page }) => {
  // About thirty reloads, each waiting for what is on screen.
  test.setTimeout(240_000);
  await openTool(page, url);
  await expect(main(page).getByText('Step 1 of 7')).toBeVisible();
  await expectReloadKeeps(page, readQuestions, 'the first step, untouched');
  let answered = 0;
  for (const [d, dimension] of dimensions.entries()) {
    await expect(main(page).getByText(`Step ${d + 1} of 7`)).toBeVisible();
    for (const [i, item] of dimension.items.entries()) {
      const choice = choices[(d + i) % choices.length] ?? 3;
      await group(page, item)
        .getByRole('radio', { name: radioName(choice), exact: true })
        .check();
      answered += 1;
      await expect(main(page).getByText(`${answered} of ${total} statements answered`)).toBeVisible();
      // A reload after each answer: mid-step, then with the step complete but not yet left.
      await expectReloadKeeps(page, readQuestions, `step ${d + 1}, ${i + 1} answered`);
      await expect(group(page, item).getByRole('radio', { name: radioName(choice), exact: true })).toBeChecked();
      await expectOneNamePerStatement(page);
    }
    await expectUniqueIdsAndLabels(page, `step ${d + 1}`);
    // Leaving and coming back shows the same answers.
    if (d > 0) {
      const before = await readQuestions(page);
      await main(page).getByRole('button', { name: 'Back', exact: true }).click();
      await expect(main(page).getByText(`Step ${d} of 7`)).toBeVisible();
      await expectReloadKeeps(page, readQuestions, `back at step ${d}`);
      await main(page).getByRole('button', { name: 'Next', exact: true }).click();
      await expect.poll(() => readQuestions(page)).toEqual(before);
    }
    const last = d === dimensions.length - 1;
    await main(page)
      .getByRole('button', { name: last ? 'See my results' : 'Next', exact: true })
      .click();
    if (!last) {
      await expect(main(page).getByText(`Step ${d + 2} of 7`)).toBeVisible();
      await expectReloadKeeps(page, readQuestions, `step ${d + 2}, untouched`);
    }
  }
  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeVisible();
  await expectReloadKeeps(page, readResults, 'the results');
  await expectNoBrokenValues(page);
});

test('the issue’s case: steps 1-3 and two statements of step 4, then a reload', async ({ page }) => {
  await openTool(page, url);
  const answers: Record<string, Choice> = {};
  for (const dimension of dimensions.slice(0, 3)) for (const item of dimension.items) answers[item.id] = 4;
  const step4 = dimensions[3]?.items ?? [];
  for (const item of step4.slice(0, 2)) answers[item.id] = 2;
  const seeded = Object.keys(answers).length;
  await seed(page, answersKey, 'accueil.assessment-answers', answers);
  await page.reload();
  await expect(main(page).getByText('Step 4 of 7')).toBeVisible();
  await expect(main(page).getByText(`${seeded} of ${total} statements answered`)).toBeVisible();
  for (const item of step4.slice(0, 2)) {
    await expect(group(page, item).getByRole('radio', { name: '2, in between' })).toBeChecked();
    const name = await group(page, item).getByRole('radio').first().getAttribute('name');
    expect(name).toContain(item.id);
  }
  await expect(main(page).locator('progress')).toHaveJSProperty('value', seeded);
  await expectOneNamePerStatement(page);
  await expectUniqueIdsAndLabels(page, 'resumed at step 4');
});

test('results seen early survive a reload, and so does a step reached by skipping', async ({ page }) => {
  await openTool(page, url);
  await main(page).getByRole('button', { name: 'Skip this step' }).click();
  await main(page).getByRole('button', { name: 'Skip this step' }).click();
  await expect(main(page).getByText('Step 3 of 7')).toBeVisible();
  await expectReloadKeeps(page, readQuestions, 'step 3 reached by skipping');
  const [first] = dimensions[2]?.items ?? [];
  if (!first) throw new Error('no third step');
  await group(page, first).getByRole('radio', { name: '5', exact: true }).check();
  await main(page).getByRole('button', { name: 'See results so far' }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeVisible();
  await expectReloadKeeps(page, readResults, 'results so far');
  await main(page).getByRole('button', { name: 'Back to the questions' }).click();
  await expect(main(page).getByText('Step 3 of 7')).toBeVisible();
  await expect(group(page, first).getByRole('radio', { name: '5', exact: true })).toBeChecked();
});

test('Export JSON beside the results uses the label the result was saved under', async ({ page }) => {
  await openTool(page, url);
  await seed(page, answersKey, 'accueil.assessment-answers', fullAnswers());
  await page.reload();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeVisible();
  await main(page).getByLabel('Name').fill('Before the pilot');
  await main(page).getByLabel('Date taken').fill('2026-03-31');
  await main(page).getByRole('button', { name: 'Save result' }).click();
  await expect(main(page).getByRole('status')).toContainText('Saved “Before the pilot”');

  const exportBeside = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main(page).locator('.results-actions').getByRole('button', { name: 'Export JSON', exact: true }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { data: { label: string; date: string } };
    return { name: download.suggestedFilename(), label: file.data.label, date: file.data.date };
  };
  const expected = {
    name: 'accueil-seven-traits-before-the-pilot-2026-03-31.json',
    label: 'Before the pilot',
    date: '2026-03-31',
  };
  expect(await exportBeside()).toEqual(expected);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    main(page).locator('.results-actions').getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('accueil-seven-traits-before-the-pilot-2026-03-31.csv');
  // Still so after a reload, and no longer once the answers change.
  await page.reload();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Your results' })).toBeVisible();
  expect(await exportBeside()).toEqual(expected);
  await main(page).getByRole('button', { name: 'Back to the questions' }).click();
  // Change an answer on the current step, then go back to the results.
  const current = await readQuestions(page);
  const statement = current.groups[0]?.statement ?? '';
  await main(page).getByRole('group', { name: statement }).getByRole('radio', { name: 'Don’t know' }).check();
  await main(page).getByRole('button', { name: 'See results so far' }).click();
  const changed = await exportBeside();
  expect(changed.label).toBe('My result');
  expect(changed.name).toMatch(/^accueil-seven-traits-my-result-\d{4}-\d{2}-\d{2}\.json$/);
});

test('a result exported on one device opens as a result on another, and bad files change nothing', async ({
  browser,
}, testInfo) => {
  const first = await browser.newContext();
  const phone = await first.newPage();
  await openTool(phone, url);
  await seed(phone, answersKey, 'accueil.assessment-answers', fullAnswers());
  await phone.reload();
  await expect(phone.locator('astro-island[ssr]')).toHaveCount(0);
  await main(phone).getByLabel('Name').fill('Team away day');
  await main(phone).getByLabel('Date taken').fill('2026-02-14');
  await main(phone).getByRole('button', { name: 'Save result' }).click();
  const sourceTable = await main(phone).locator('.score-table tbody').first().innerText();
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    main(phone).locator('.results-actions').getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await first.close();

  const second = await browser.newContext();
  const laptop = await second.newPage();
  await openTool(laptop, url);
  // The button works once the tool has started (the island has hydrated).
  await expect(laptop.locator('astro-island[ssr]')).toHaveCount(0);
  await main(laptop).getByRole('button', { name: 'Saved results and import' }).click();
  const picker = main(laptop).getByLabel(/Result file/);
  const history = main(laptop).getByRole('region', { name: 'Your saved results' });
  await expect(history.getByText('No saved results yet.')).toBeVisible();

  const good = readFileSync(path, 'utf8');
  const envelope = JSON.parse(good) as { kind: string; version: number; data: Record<string, unknown> };
  const bad: [string, string, RegExp][] = [
    ['broken.json', '{"kind":', /not valid JSON/],
    ['empty.json', '', /empty/],
    ['old.json', JSON.stringify({ ...envelope, version: 0 }), /version is missing or not a whole number/],
    ['newer.json', JSON.stringify({ ...envelope, version: 9 }), /newer version of Accueil/],
    [
      'hostile.json',
      JSON.stringify({ ...envelope, data: { ...envelope.data, label: '<img src=x onerror=alert(1)>', extra: 1 } }),
      /could not be read/,
    ],
    ['other.json', JSON.stringify({ ...envelope, data: { ...envelope.data, assessmentId: 'heart' } }), /"heart"/],
    ['big.json', ' '.repeat(120_000), /never more than 100 KB/],
  ];
  for (const [name, text, message] of bad) {
    await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(main(laptop).getByRole('alert')).toContainText(message);
    await expect(picker).toHaveAttribute('aria-invalid', 'true');
    await expect(history.getByText('No saved results yet.')).toBeVisible();
    await expect(main(laptop).getByRole('heading', { level: 2, name: 'Your results' })).toBeVisible();
    expect(await laptop.evaluate((key) => localStorage.getItem(key), historyKey)).toBeNull();
  }
  await expect(laptop.locator('img')).toHaveCount(0);

  await picker.setInputFiles(path);
  const heading = main(laptop).getByRole('heading', { level: 2 }).first();
  await expect(heading).toHaveText('Imported result: Team away day (2026-02-14)');
  await expect(main(laptop).locator('.score-table caption').first()).toHaveText('Team away day by dimension (1 to 5)');
  expect(await main(laptop).locator('.score-table tbody').first().innerText()).toBe(sourceTable);
  await expect(main(laptop).locator('canvas[aria-label^="Radar chart of team away day"]')).toBeVisible();
  await expect(main(laptop).getByText('The chart could not be loaded')).toHaveCount(0);
  await expect(history.getByRole('rowheader', { name: 'Team away day' })).toBeVisible();
  await expectNoBrokenValues(laptop);
  await expectReloadKeeps(laptop, readResults, 'an imported result');
  await expect(heading).toHaveText('Imported result: Team away day (2026-02-14)');
  // It is also one side of a comparison, and Back returns to this device's own results.
  await expect(main(laptop).getByLabel('Earlier result')).toContainText('Team away day (2026-02-14)');
  await main(laptop).getByRole('button', { name: 'Back to your own results' }).click();
  await expect(heading).toHaveText('Your results');
  await history.getByRole('button', { name: /^Open Team away day/ }).click();
  await expect(heading).toHaveText('Saved result: Team away day (2026-02-14)');
  await second.close();
});

test('every state fits a phone: questions, each step, results, history, compare, import', async ({ page }) => {
  await openTool(page, url);
  await expect(main(page).getByText('Step 1 of 7')).toBeVisible();
  await expectPhoneReady(page, 'first step');
  for (const [d, dimension] of dimensions.entries()) {
    const [item] = dimension.items;
    if (item) await group(page, item).getByRole('radio', { name: '3', exact: true }).check();
    await expectPhoneReady(page, `step ${d + 1}`);
    await main(page)
      .getByRole('button', { name: d === dimensions.length - 1 ? 'See my results' : 'Next', exact: true })
      .click();
  }
  await expect(main(page).locator('canvas[aria-label^="Radar chart of your scores"]')).toBeVisible();
  await expectPhoneReady(page, 'results');
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const box = await main(page).locator('.results .chart-box').first().boundingBox();
    const canvas = await main(page).locator('.results canvas').first().boundingBox();
    expect(box && canvas && canvas.width <= box.width + 1 && canvas.x + canvas.width <= width).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await main(page).getByLabel('Name').fill('First');
  await main(page).getByRole('button', { name: 'Save result' }).click();
  await expectPhoneReady(page, 'history with one result');
  await main(page).getByLabel('Name').fill('A much longer name for the second saved result');
  await main(page).getByRole('button', { name: 'Save result' }).click();
  await expect(main(page).getByRole('table', { name: /Changes from First/ })).toBeVisible();
  await expectPhoneReady(page, 'compare');
  await main(page)
    .getByRole('button', { name: /^Open First/ })
    .click();
  await expect(main(page).getByRole('heading', { level: 2 }).first()).toHaveText(/^Saved result: First/);
  await expectPhoneReady(page, 'a saved result opened');
  await main(page).getByRole('button', { name: 'Back to your own results' }).click();
  const picker = main(page).getByLabel(/Result file/);
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(main(page).getByRole('alert')).toContainText('not valid JSON');
  await expectPhoneReady(page, 'import with an error');
});
