// Issue 19, in the room: the projector view, the expected headcount with auto-reveal, and the
// facilitator's dot-plot minimum. Most of the twelve people's codes are made here with the core's own
// encoder (twelve browsers would only slow the test); two people answer in real phone-sized browsers.
// The projector is checked as the room sees it: nothing private on screen, arrows and Escape, axe,
// phone widths, with and without the browser's full-screen mode.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Answers } from '../../src/core/assessment/answers';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import type { SessionId } from '../../src/core/assessment/session-id';
import type { Assessment } from '../../src/schemas/assessment';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, openTool } from './people';

const url = '/tools/workshop/';
const chain = parse(
  readFileSync(join(import.meta.dirname, '../../content/assessments/chain.yaml'), 'utf8'),
) as Assessment;

/** A code for one made-up person: every statement of the chain rated `rating`, with an alias. */
function madeUpCode(sessionId: string, index: number, rating: number, alias: string, comments?: string[]): string {
  const answers: Answers = Object.fromEntries(
    chain.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, rating as 1])),
  );
  return encodeShareCode(chain, {
    sessionId: sessionId as SessionId,
    answers,
    alias,
    participantId: `Made${String(index).padStart(2, '0')}`,
    revision: 1,
    ...(comments ? { comments } : {}),
  });
}

/** One person on their own phone: opens the join link, answers every step with `rating`, returns the code. */
async function participate(browser: Browser, link: string, alias: string, rating: number): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await openTool(page, link);
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Alias (optional)' }).fill(alias);
  await main.getByRole('button', { name: 'Start answering' }).click();
  for (let step = 0; step < 3; step += 1) {
    await expect(main.getByText(`Step ${step + 1} of 3`)).toBeVisible();
    const groups = main.locator('fieldset.item-question');
    for (let index = 0; index < (await groups.count()); index += 1) {
      await groups
        .nth(index)
        .locator('input[type="radio"]')
        .nth(rating - 1)
        .check();
    }
    await main.getByRole('button', { name: step === 2 ? 'Finish and get my code' : 'Next', exact: true }).click();
  }
  const code = await main.getByRole('textbox', { name: 'Your share code' }).inputValue();
  await context.close();
  return code;
}

async function startSession(page: Page, name: string): Promise<{ link: string; sessionId: string }> {
  await openTool(page, url);
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill(name);
  await main.getByRole('button', { name: 'Start the session' }).click();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  return { link, sessionId: /join=([A-Za-z0-9_-]{6})/.exec(link)?.[1] ?? '' };
}

async function saveSettings(page: Page, settings: { expected?: string; dotPlotMin?: string; autoReveal?: boolean }) {
  const main = page.getByRole('main');
  if (settings.expected !== undefined)
    await main.getByRole('textbox', { name: 'People expected (optional)' }).fill(settings.expected);
  if (settings.dotPlotMin !== undefined)
    await main.getByRole('textbox', { name: /Show each person’s rating as a dot/ }).fill(settings.dotPlotMin);
  if (settings.autoReveal !== undefined)
    await main.getByRole('checkbox', { name: /Reveal the results by themselves/ }).setChecked(settings.autoReveal);
  await main.getByRole('button', { name: 'Save the settings' }).click();
}

async function pasteCodes(page: Page, codes: string[]): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Paste codes or reply links' }).fill(codes.join('\n'));
  await main.getByRole('button', { name: 'Add to the session' }).click();
}

/** A page where the browser refuses full screen (as on an iPhone): the view must work the same. */
async function pageWithoutFullScreen(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });
  });
  return page;
}

/** Nothing private is on the projector: no paste box, code log, alias or remove button. */
async function expectNothingPrivate(dialog: ReturnType<Page['getByRole']>, aliases: string[]): Promise<void> {
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(dialog.locator('.outcome-list, .participant-list, .outcome-code')).toHaveCount(0);
  const text = await dialog.innerText();
  for (const alias of aliases) expect(text).not.toContain(alias);
}

test('a room of twelve through the projector view, with a headcount and auto-reveal', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const projector = await context.newPage();
  const { link, sessionId } = await startSession(projector, 'Projector room');
  await saveSettings(projector, { expected: '12', autoReveal: true });
  await expect(projector.getByRole('main').locator('#answered-count')).toContainText('0 of 12 answered');

  // The facilitator puts the page on the projector (full screen where the browser allows).
  await projector.getByRole('button', { name: 'Present on the projector' }).click();
  const dialog = projector.getByRole('dialog', { name: 'Projector room' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
  await expect(dialog.locator('.projector-link')).toHaveText(link.replace(/^https?:\/\//, ''));
  await expect(dialog.locator('.projector-count')).toHaveText('0 of 12 answered');
  await expectNoAxeViolations(projector, 'projector: before anyone answers');

  // Codes are pasted on the facilitator's laptop in another window; the projector follows.
  const laptop = await context.newPage();
  await openTool(laptop, url);
  const aliases = Array.from({ length: 10 }, (_, i) => `Quokka${i + 1}`);
  const made = aliases.map((alias, i) => madeUpCode(sessionId, i, (i % 5) + 1, alias));
  await pasteCodes(laptop, made);
  await expect(laptop.getByRole('heading', { name: 'In this session: 10 people' })).toBeVisible();
  await expect(dialog.locator('.projector-count')).toHaveText('10 of 12 answered');
  await expectNothingPrivate(dialog, aliases);
  await expect(dialog.locator('.dot-plot, .projector-results')).toHaveCount(0);

  // Two people answer on their own phones; the twelfth code reveals the results by itself.
  const real = [await participate(browser, link, 'Wombat', 2), await participate(browser, link, 'Numbat', 4)];
  await pasteCodes(laptop, real.slice(0, 1));
  await expect(dialog.locator('.projector-count')).toHaveText('11 of 12 answered');
  await pasteCodes(laptop, real.slice(1));
  await expect(laptop.locator('.workshop-status')).toContainText('the results are now revealed');
  await expect(dialog.getByText('Dimension 1 of 3')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Leadership engagement' })).toBeVisible();
  await expect(dialog.locator('.projector-people')).toContainText('12 people');
  await expect(dialog.locator('.dot')).toHaveCount(12);
  await expectNothingPrivate(dialog, [...aliases, 'Wombat', 'Numbat']);

  // Arrow keys move between dimensions; Escape leaves and gives focus back to the button.
  await projector.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading', { name: 'Employee engagement' })).toBeVisible();
  await projector.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('heading', { name: 'Customer engagement' })).toBeVisible();
  await projector.keyboard.press('ArrowRight');
  await expect(dialog.getByText('Dimension 3 of 3')).toBeVisible();
  await projector.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('heading', { name: 'Employee engagement' })).toBeVisible();
  await expectNoAxeViolations(projector, 'projector: one dimension');
  await expectNoBrokenValues(projector, 'projector: one dimension');
  await projector.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(projector.getByRole('button', { name: 'Present on the projector' })).toBeFocused();
  expect(await projector.evaluate(() => document.fullscreenElement)).toBeNull();

  // Where the browser has no full screen (a phone, a locked-down laptop) the view works the same.
  const phone = await pageWithoutFullScreen(context);
  await openTool(phone, url);
  await phone.getByRole('button', { name: 'Present on the projector' }).click();
  const view = phone.getByRole('dialog', { name: 'Projector room' });
  await expect(view.getByRole('heading', { name: 'Leadership engagement' })).toBeVisible();
  await view.getByRole('button', { name: 'Show every dimension at once' }).click();
  await expect(view.getByRole('heading', { level: 3 })).toHaveText([
    'Leadership engagement',
    'Employee engagement',
    'Customer engagement',
  ]);
  await expect(view.locator('.dot')).toHaveCount(36);
  await expectNoAxeViolations(phone, 'projector: every dimension');
  await expectPhoneReady(phone, 'projector: every dimension');
  await view.getByRole('button', { name: 'Leave the projector view' }).click();
  await expect(view).toHaveCount(0);
  await context.close();
});

test('a dot-plot minimum of 5 with 4 people: figures, but no dot plot on screen, projector, print or files', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const main = page.getByRole('main');
  const { sessionId } = await startSession(page, 'Small team');
  await saveSettings(page, { dotPlotMin: '2' });
  await expect(main.getByText(/Write a whole number from 3 to 50/)).toBeVisible();
  await saveSettings(page, { dotPlotMin: '5' });
  await pasteCodes(
    page,
    [1, 2, 4, 5].map((rating, i) => madeUpCode(sessionId, i, rating, `Person${i + 1}`)),
  );
  await main.getByRole('button', { name: 'Reveal the results' }).click();
  const team = main.getByRole('table', { name: /Each person’s score per dimension/ });
  await expect(team.getByRole('row', { name: /Leadership engagement/ })).toContainText(
    'appears once at least 5 people have rated this (4 people have so far)',
  );
  // Figures stay (some statements are reverse-scored, so the range is narrower than the ratings).
  await expect(team.getByRole('row', { name: /Leadership engagement/ })).toContainText(/1 of 4.*1\.7 to 4\.3.*3\.0/);
  await expect(main.locator('.dot-plot, .dot, .scores-text')).toHaveCount(0);
  await expectNoAxeViolations(page, 'dot plots held back');

  // The printed summary has none either.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.dot-plot, .dot, .scores-text')).toHaveCount(0);
  await expect(team).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The spreadsheet and the saved record keep figures only.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Download the team summary (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toMatch(/^Leadership engagement,4,3,1\.67,4\.33,/m);
  await main.getByRole('radio', { name: '3' }).first().check();
  const stored = await page.evaluate(() => localStorage.getItem('accueil.workshop.sessions') ?? '');
  const record = (JSON.parse(stored) as { data: { sessions: { record: { dimensions: { team: unknown }[] } }[] } }).data
    .sessions[0]?.record;
  expect(record?.dimensions.map((d) => d.team)).toEqual(
    Array.from({ length: 3 }, () => expect.objectContaining({ n: 4, scores: [], median: 3 })),
  );

  // The projector holds them back too.
  await page.getByRole('button', { name: 'Present on the projector' }).click();
  const dialog = page.getByRole('dialog', { name: 'Small team' });
  await expect(dialog).toContainText('appears once at least 5 people have rated this');
  await expect(dialog.locator('.dot-plot, .dot')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A fifth person brings the dots in, everywhere at once.
  await pasteCodes(page, [madeUpCode(sessionId, 4, 3, 'Person5')]);
  await main.getByRole('button', { name: 'Show them' }).click();
  await expect(team.locator('.dot')).toHaveCount(15);
  await context.close();
});

test('comments: added on a phone, shown after the reveal without names, in a stable order, never below five', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const main = page.getByRole('main');
  const { link, sessionId } = await startSession(page, 'Comment room');

  // A participant adds a comment on their phone; the code changes to carry it.
  const phoneContext = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const phone = await phoneContext.newPage();
  await openTool(phone, link);
  const own = phone.getByRole('main');
  await own.getByRole('textbox', { name: 'Alias (optional)' }).fill('Otter');
  await own.getByRole('button', { name: 'Start answering' }).click();
  for (let step = 0; step < 3; step += 1) {
    await expect(own.getByText(`Step ${step + 1} of 3`)).toBeVisible();
    const groups = own.locator('fieldset.item-question');
    for (let index = 0; index < (await groups.count()); index += 1)
      await groups.nth(index).locator('input[type="radio"]').nth(1).check();
    await own.getByRole('button', { name: step === 2 ? 'Finish and get my code' : 'Next', exact: true }).click();
  }
  const codeBox = own.getByRole('textbox', { name: 'Your share code' });
  const before = await codeBox.inputValue();
  const comment = own.getByRole('textbox', { name: 'Comment on Leadership engagement' });
  await comment.fill('x'.repeat(120));
  await own.getByRole('button', { name: 'Add my comments to the code' }).click();
  await expect(own.locator('#comment-room')).toContainText('Not added: your comments are too long');
  await expect(codeBox).toHaveValue(before);
  await comment.fill('<img src=x onerror=alert(1)> never visit');
  await expect(own.locator('#comment-room')).toContainText('Room left in your code');
  await own.getByRole('button', { name: 'Add my comments to the code' }).click();
  await expect(codeBox).not.toHaveValue(before);
  await expect(own.getByText(/Your comment, which the team sees without your alias/)).toBeVisible();
  await expectPhoneReady(phone, 'participant: comment added');
  await expectNoAxeViolations(phone, 'participant: comment added');
  const otter = await codeBox.inputValue();
  expect(otter.length).toBeLessThanOrEqual(100);
  await phoneContext.close();

  // Four people in: the comments exist but stay hidden after the reveal.
  const three = [
    madeUpCode(sessionId, 1, 2, 'Heron', ['Slow to reply', '', 'Kind']),
    madeUpCode(sessionId, 2, 4, 'Stoat', ['', 'Tired team', '']),
    madeUpCode(sessionId, 3, 3, 'Vole', ['Fine', '', '']),
  ];
  await pasteCodes(page, [otter, ...three]);
  await main.getByRole('button', { name: 'Reveal the results' }).click();
  const section = main.getByRole('region', { name: 'What people wrote' });
  await expect(section).toContainText("Comments stay hidden until at least 5 people's answers are shown");
  await expect(main).not.toContainText('Slow to reply');
  await expect(main).not.toContainText('never visit');

  // A fifth person: the comments appear, unattributed, as text, in an order that survives a reload.
  await pasteCodes(page, [madeUpCode(sessionId, 4, 5, 'Wren')]);
  await main.getByRole('button', { name: 'Show them' }).click();
  const leadership = section.locator('.comment-group', { hasText: 'Leadership engagement' }).locator('li');
  await expect(leadership).toHaveCount(3);
  const order = await leadership.allInnerTexts();
  expect([...order].sort()).toEqual(['<img src=x onerror=alert(1)> never visit', 'Fine', 'Slow to reply']);
  await expect(section.locator('img')).toHaveCount(0);
  for (const alias of ['Otter', 'Heron', 'Stoat', 'Vole', 'Wren']) await expect(section).not.toContainText(alias);
  await expectNoAxeViolations(page, 'facilitator: comments shown');
  await page.reload();
  await expect(leadership).toHaveText(order);

  // On the projector, each dimension shows its own comments.
  await page.getByRole('button', { name: 'Present on the projector' }).click();
  const dialog = page.getByRole('dialog', { name: 'Comment room' });
  await expect(dialog.locator('.projector-comments li')).toHaveText(order);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator('.projector-comments li')).toHaveText(['Tired team']);
  await expectNoAxeViolations(page, 'projector: comments');
  await page.keyboard.press('Escape');
  await context.close();
});
