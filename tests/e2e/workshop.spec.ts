// Workshop mode end to end: a facilitator and three participants, each in their own browser
// context, driven by keyboard; codes pasted all at once; reveal gating; the team view; agreeing;
// export and re-import; axe in every state.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchViolations } from './policy';
import { openTool } from './people';

const url = '/tools/workshop/';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Picks a rating on a focused, unanswered radio group: Space for 1, arrows for the rest. */
async function rateByKeyboard(page: Page, rating: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let step = 1; step < rating; step += 1) await page.keyboard.press('ArrowRight');
}

/**
 * One participant in their own browser: opens the join link, picks an alias, answers every
 * statement of each step with the given rating by keyboard, and returns the code on the share screen.
 * The chain assessment (version 2) has three steps of 6, 6 and 5 statements; the first two steps each
 * have one reverse-scored statement, so a rating of 1 on every statement of step 1 scores (5 + 5) / 6 = 1.7.
 */
async function participate(browser: Browser, link: string, alias: string, ratings: number[], audit = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cspViolations = await watchViolations(page);
  await openTool(page, link);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: /Join the workshop: The engagement chain/ })).toBeVisible();
  if (alias !== '') {
    await tabTo(page, main.getByRole('textbox', { name: 'Alias (optional)' }));
    await page.keyboard.type(alias);
  }
  await tabTo(page, main.getByRole('button', { name: 'Start answering' }));
  await page.keyboard.press('Enter');
  for (const [step, rating] of ratings.entries()) {
    await expect(main.getByText(`Step ${step + 1} of 3`)).toBeVisible();
    const groups = main.locator('fieldset.item-question');
    for (let index = 0; index < (await groups.count()); index += 1) {
      await tabTo(page, groups.nth(index).getByRole('radio').first());
      await rateByKeyboard(page, rating);
      await expect(groups.nth(index).getByRole('radio', { checked: true })).toHaveCount(1);
    }
    if (audit && step === 0) await expectNoAxeViolations(page);
    const forward = step === ratings.length - 1 ? 'Finish and get my code' : 'Next';
    await tabTo(page, main.getByRole('button', { name: forward, exact: true }));
    await page.keyboard.press('Enter');
  }
  await expect(main.getByRole('heading', { name: 'Send your answers to the facilitator' })).toBeFocused();
  await expect(main.getByRole('img', { name: 'QR code of your reply link' })).toBeVisible();
  await expect(
    main.getByText(alias ? `Your alias, “${alias}”.` : 'No alias: your answers are anonymous.'),
  ).toBeVisible();
  await expect(main.getByText('Your answers: 17 of 17 statements.')).toBeVisible();
  if (audit) await expectNoAxeViolations(page);
  const code = await main.getByRole('textbox', { name: 'Your share code' }).inputValue();
  const reply = await main.getByRole('textbox', { name: 'Your reply link' }).inputValue();
  expect(reply).toContain(`&code=${code}`);
  expect(await cspViolations()).toEqual([]);
  await context.close();
  return code;
}

/** Flips one character in the middle of a code, as a careless copy would. */
const corrupt = (code: string): string => {
  const at = Math.floor(code.length / 2);
  return `${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`;
};

test('a workshop: three participants, codes pasted at once, reveal gating, team view, agreeing, export and import', async ({
  browser,
}) => {
  // Four browsers, keyboard answering and seven axe runs: generous, as the machine may be busy.
  test.setTimeout(360_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const cspViolations = await watchViolations(page);
  await openTool(page, url);
  const main = page.getByRole('main');

  // Setup, by keyboard: choose the engagement chain and name the session.
  await expect(main.getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, main.getByRole('radio', { name: /The seven traits/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(main.getByRole('radio', { name: /The engagement chain/ })).toBeChecked();
  await tabTo(page, main.getByRole('textbox', { name: 'Session name' }));
  await page.keyboard.type('Support team');
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { level: 2, name: 'Support team' })).toBeFocused();
  await expect(main.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  expect(link).toMatch(/\/tools\/workshop\/#a=chain&join=[A-Za-z0-9_-]{6}$/);
  await expectNoAxeViolations(page);

  // Three participants, each in their own browser; per step, every statement gets one rating.
  const fox = await participate(browser, link, 'Fox', [1, 3, 2], true);
  const owl = await participate(browser, link, 'Owl', [1, 3, 4]);
  const anon = await participate(browser, link, '', [5, 3, 5]);

  // All at once, as from a chat: a duplicate and a corrupted code among them.
  const paste = main.getByRole('textbox', { name: 'Paste codes or reply links' });
  await paste.fill(`Fox: ${fox}\nOwl: ${owl}\n${anon}\nFox again: ${fox}\n${corrupt(owl)}`);
  await tabTo(page, main.getByRole('button', { name: 'Add to the session' }));
  await page.keyboard.press('Enter');
  const outcomes = main.locator('.outcomes li');
  await expect(outcomes).toHaveCount(5);
  await expect(outcomes.nth(0)).toContainText('Added: ');
  await expect(outcomes.nth(0)).toContainText('Added Fox.');
  await expect(outcomes.nth(2)).toContainText('Added Participant 3.');
  await expect(outcomes.nth(3)).toContainText('Counted once:');
  await expect(outcomes.nth(3)).toContainText('already added (Fox), so it counts once');
  await expect(outcomes.nth(4)).toContainText('Corrupted:');
  await expect(outcomes.nth(4)).toContainText('Copy it again exactly as it was sent.');
  await expect(main.locator('.workshop-status')).toHaveText(
    '3 added, 1 counted once, 1 could not be used. 3 people in the session.',
  );
  // Spoken through the page's persistent live region as well.
  await expect(page.locator('#announcer')).toHaveText(
    '3 added, 1 counted once, 1 could not be used. 3 people in the session.',
  );
  await expect(paste).toHaveValue(corrupt(owl));
  await expect(main.getByRole('heading', { name: 'In this session: 3 people' })).toBeVisible();
  await expect(main.locator('.dot')).toHaveCount(0);
  await expect(main.getByText(/The results are hidden\. 3 people have sent answers so far/)).toBeVisible();
  await expectNoAxeViolations(page);

  // With two people, revealing shows no breakdown and says why.
  await main.getByRole('button', { name: 'Remove Participant 3' }).click();
  await expect(main.getByRole('heading', { name: 'In this session: 2 people' })).toBeFocused();
  await tabTo(page, main.getByRole('button', { name: 'Reveal the results' }));
  await page.keyboard.press('Enter');
  const gate = main.getByText(/No breakdown is shown yet\. Only 2 people have rated this so far/);
  await expect(gate).toBeFocused();
  await expect(main.getByText(/until at least 3 people have/)).toBeVisible();
  await expect(main.getByRole('table')).toHaveCount(0);
  await expect(main.locator('.dot')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Undo brings the third person back; the reveal showed two, so the third waits until shown.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(main.getByRole('heading', { name: 'In this session: 3 people' })).toBeVisible();
  await main.getByRole('button', { name: 'Show them' }).click();
  const team = main.getByRole('table', { name: /Each person’s score per dimension/ });
  await expect(team).toBeVisible();
  await expect(main.locator('.dot')).toHaveCount(9);
  // Sorted by disagreement: customer (2, 4, 5), leadership (1.7, 1.7, 4.3), employee (3, 3, 3).
  const rows = team.locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Customer engagement');
  await expect(rows.nth(0)).toContainText('2.0, 4.0, 5.0');
  await expect(rows.nth(0)).toContainText('1 of 3');
  await expect(rows.nth(0)).toContainText('2.0 to 5.0');
  await expect(rows.nth(1)).toContainText('Leadership engagement');
  await expect(rows.nth(1)).toContainText('2 of 3');
  await expect(rows.nth(2)).toContainText('Employee engagement');
  await expect(rows.nth(2)).toContainText('0 of 3');
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText('3.0');
  await main.getByRole('radio', { name: 'In the assessment’s order' }).check();
  await expect(rows.nth(0)).toContainText('Leadership engagement');
  await expect(rows.nth(0).locator('td').nth(3)).toHaveText('1.7');
  const radarTable = main.getByRole('table', { name: 'Team median and range per dimension (1 to 5)' });
  await expect(radarTable.locator('tbody tr').nth(2).locator('td')).toHaveText(['2.0', '4.0', '5.0']);
  await expect(main.getByText(/^Most contested:/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'team view, dark theme', true);
  await page.emulateMedia({ colorScheme: 'light' });

  // Count, then agree: a rating and notes for leadership, and an action with an owner and a date.
  const agree = main.getByRole('group', { name: 'Agreed rating for Leadership engagement' });
  // Nothing is agreed yet, so Tab lands on "Not agreed yet"; the arrow wraps round to 1, then 2.
  await tabTo(page, agree.getByRole('radio', { name: 'Not agreed yet' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(agree.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await main.getByRole('textbox', { name: 'Notes on Leadership engagement' }).fill('Leaders rarely take calls.');
  await main.getByRole('textbox', { name: 'Action' }).fill('x');
  await main.getByRole('button', { name: 'Add the action' }).click();
  await expect(main.getByRole('textbox', { name: 'Action' })).toHaveAttribute('aria-invalid', 'true');
  await expect(main.getByText('Describe the action in a few words.')).toBeVisible();
  await main.getByRole('textbox', { name: 'Action' }).fill('Directors take live calls monthly');
  await main.getByRole('textbox', { name: 'Owner (optional)' }).fill('Sam');
  await main.getByLabel('Due date (optional)').fill('2030-01-31');
  await main.getByRole('button', { name: 'Add the action' }).click();
  await expect(main.getByRole('cell', { name: 'Directors take live calls monthly', exact: true })).toBeVisible();
  await expect(main.getByRole('cell', { name: '2030-01-31' })).toBeVisible();
  await main.getByRole('button', { name: 'Save the workshop record' }).click();
  // The radar has been drawn by now, and nothing on the way broke the strict policy.
  await expect(main.locator('.radar canvas')).toBeVisible();
  expect(await cspViolations()).toEqual([]);
  await expect(main.locator('.workshop-status')).toContainText('Workshop record saved.');
  await expectNoAxeViolations(page);

  // Export the team result, start afresh in another browser, and import it there.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Download the team result (JSON)' }).click(),
  ]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'accueil.workshop-team', version: 3 });
  const other = await (await browser.newContext()).newPage();
  await openTool(other, url);
  await other.getByLabel('Import a team result file').setInputFiles(file);
  const otherMain = other.getByRole('main');
  await expect(otherMain.locator('.workshop-status')).toContainText('Imported the session “Support team”.');
  await expect(otherMain.getByRole('heading', { name: 'In this session: 3 people' })).toBeVisible();
  await expect(otherMain.locator('.dot')).toHaveCount(9);
  await expect(
    otherMain
      .getByRole('group', { name: 'Agreed rating for Leadership engagement' })
      .getByRole('radio', { name: '2', exact: true }),
  ).toBeChecked();
  await expect(otherMain.getByRole('cell', { name: 'Directors take live calls monthly', exact: true })).toBeVisible();
  await context.close();
});

test('a reply link opened on the facilitator’s device adds the code to its session and says so', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, url);
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill('Reply test');
  await main.getByRole('button', { name: 'Start the session' }).click();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  const code = await participate(browser, link, 'Kite', [3, 3, 3]);
  await openTool(page, `${link}&code=${code}`);
  await expect(main.locator('.workshop-status')).toContainText(
    'From the reply link, for session “Reply test”: Added Kite.',
  );
  await expect(main.getByRole('heading', { name: 'In this session: 1 person' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await context.close();
});
