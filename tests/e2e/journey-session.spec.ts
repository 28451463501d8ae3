// Issue 20: a journey scored as a team. A facilitator starts a session from a worksheet; four people
// open the join link in their own browsers, score privately and send codes back; the facilitator
// pastes them (one person re-sends), reveals the spread only once three have sent codes, accepts a
// proposed moment, agrees scores that are written back with the spread beside them, pins a moment
// with its reason, gives the shortlist owners and review dates, and exports the result.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, expectUniqueIdsAndLabels, openTool } from './people';

const URL = '/tools/journeys/';
const BANK = 'Start from “Opening a bank account”';

async function startSession(page: Page): Promise<string> {
  await openTool(page, URL);
  await page.getByRole('button', { name: BANK }).click();
  await page.getByRole('heading', { name: 'Score it as a team' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Start a scoring session' }).click();
  const link = page.getByRole('textbox', { name: 'Join link' });
  await expect(link).toHaveValue(/\/tools\/journeys\/score\/#join=[A-Za-z0-9_-]{6}&w=/);
  return link.inputValue();
}

interface Scores {
  /** Feeling, impact and frequency of the first two moments. */
  first: [string, string, string];
  second: [string, string, string];
  seen?: boolean;
  alias?: string;
  proposal?: string;
}

async function score(page: Page, scores: Scores): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Score “Opening a bank account”' })).toBeVisible();
  if (scores.alias) await page.getByLabel('Your name for the facilitator (optional)').fill(scores.alias);
  for (const [index, values] of [scores.first, scores.second].entries()) {
    await page.locator(`#jscore-${index}-feeling`).selectOption(values[0]);
    await page.locator(`#jscore-${index}-impact`).selectOption(values[1]);
    await page.locator(`#jscore-${index}-frequency`).selectOption(values[2]);
  }
  if (scores.seen) await page.locator('#jscore-0-seen').check();
  if (scores.proposal) {
    await page.getByRole('button', { name: 'Add a missing moment' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(scores.proposal);
    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ index: 1 });
    await page
      .getByRole('textbox', { name: 'What happens (short, optional)' })
      .fill('No space to park near the branch');
  }
}

async function makeCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Make my code' }).click();
  await expect(page.getByRole('heading', { name: 'Send your scores to the facilitator' })).toBeVisible();
  return page.getByRole('textbox', { name: 'Your score code' }).inputValue();
}

async function participant(browser: Browser, link: string, scores: Scores) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page, link);
  await score(page, scores);
  return { context, page, code: await makeCode(page) };
}

async function paste(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Paste codes or reply links (as many as you like)' }).fill(text);
  await page.getByRole('button', { name: 'Add codes' }).click();
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('a journey scored by four people: codes, a re-sent code, reveal at three, agree, pin, owners, exports', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const link = await startSession(page);
  const count = page.locator('.jsession-count');
  await expect(count).toContainText('0 people have sent scores.');
  await expectNoAxeViolations(page, 'a session just started');

  const anna = await participant(browser, link, {
    first: ['-2', '5', '4'],
    second: ['1', '2', '2'],
    seen: true,
    alias: 'Anna',
  });
  const ben = await participant(browser, link, {
    first: ['2', '5', '5'],
    second: ['0', '2', '3'],
    proposal: 'Parking at the branch',
  });
  await expectNoAxeViolations(ben.page, 'a participant’s code');

  await paste(page, `${anna.code}\n${ben.code}`);
  await expect(count).toContainText('2 people have sent scores.');
  // Under three people the spread cannot be revealed, and nothing of it is on screen.
  await expect(page.getByRole('button', { name: 'Reveal the spread' })).toBeDisabled();
  await expect(page.getByText(/at least 3 people have sent codes/)).toBeVisible();
  await expect(page.locator('.jsession-spread')).toHaveCount(0);

  // Anna changes her mind and sends a new code: it replaces her first one.
  await anna.page.getByRole('button', { name: 'Change my scores' }).click();
  await anna.page.locator('#jscore-0-feeling').selectOption('-3');
  const annaAgain = await makeCode(anna.page);
  expect(annaAgain).not.toBe(anna.code);
  await paste(page, annaAgain);
  await expect(page.getByRole('list', { name: 'What happened to each code' })).toContainText(
    /^Updated Anna: this newer code replaces/,
  );
  await expect(count).toContainText('2 people have sent scores.');

  const cleo = await participant(browser, link, { first: ['-1', '4', '4'], second: ['1', '1', '2'] });
  const dev = await participant(browser, link, { first: ['0', '3', '4'], second: ['2', '2', '2'] });
  // A reply link works as well as a bare code.
  const devLink = await dev.page.getByRole('textbox', { name: 'Your reply link' }).inputValue();
  await paste(page, `${cleo.code} ${devLink}`);
  await expect(count).toContainText('4 people have sent scores.');
  await page.getByRole('button', { name: 'Reveal the spread' }).click();

  const first = page.locator('.jsession-moment', { has: page.getByRole('heading', { name: /^Choosing an account/ }) });
  await expect(first).toContainText('Seen happen by 1 of 4.');
  await expect(first.getByRole('row', { name: /^Feeling/ })).toContainText('-3, -1, 0, +2');
  await expect(page.getByText(/Assumption only: nobody has seen this happen/).first()).toBeVisible();

  // Halfway: a reload keeps the session, the codes and the reveal.
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Team scoring session/ })).toBeVisible();
  await expect(count).toContainText('4 people have sent scores.');
  await expect(first).toContainText('Seen happen by 1 of 4.');
  await expectNoAxeViolations(page, 'the spread revealed');

  // The proposed moment is accepted into the worksheet.
  await page.getByRole('button', { name: 'Accept “Parking at the branch”' }).click();
  await expect(page.locator('.jsession').getByText('Accepted: added to the worksheet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Parking at the branch', level: 4 })).toBeVisible();

  // Agreed scores are written back, with the spread kept beside them.
  await page.getByRole('combobox', { name: 'Agreed feeling for “Choosing an account”' }).selectOption('-2');
  await page.getByRole('button', { name: 'Write the agreed scores to the worksheet' }).click();
  await expect(page.locator('.jsession').getByText('Written to the worksheet.')).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('accueil.journeys') ?? '');
  const sheet = (JSON.parse(stored) as { data: { worksheets: { moments: Record<string, unknown>[] }[] } }).data
    .worksheets[0];
  const choosing = sheet?.moments.find((m) => m['title'] === 'Choosing an account');
  expect(choosing).toMatchObject({
    feeling: -2,
    spread: { people: 4, feeling: [-3, -1, 0, 2], impact: [3, 4, 5, 5], seen: 1 },
  });

  // A moment the ranking left out is pinned with its reason; shortlisted moments get owners and dates.
  const shortlist = page.locator('.jsession .shortlist');
  await shortlist.getByRole('combobox', { name: 'Moment' }).selectOption({ label: 'A spending summary that helps' });
  await shortlist.getByRole('textbox', { name: 'Why it belongs on the shortlist' }).fill('Customers praise it');
  await shortlist.getByRole('button', { name: 'Pin it' }).click();
  await expect(shortlist.getByText('Customers praise it')).toBeVisible();
  await expect(shortlist.locator('.shortlist-items > li')).toHaveCount(5);
  await shortlist.getByRole('textbox', { name: 'Owner of “A spending summary that helps”' }).fill('Priya');
  await shortlist.getByLabel('Review by, for “A spending summary that helps”').fill('2027-01-15');
  await shortlist.getByRole('textbox', { name: 'Owner of “Choosing an account”' }).fill('Sam');
  await expectNoAxeViolations(page, 'the shortlist with pins and owners');
  await expectUniqueIdsAndLabels(page, 'the session after agreeing');
  await expectNoBrokenValues(page, 'the session after agreeing');

  // Exports carry the spread and the evidence.
  await page.getByRole('heading', { name: 'Opening a bank account', level: 2 }).scrollIntoViewIfNeeded();
  const csv = await download(page, 'Download CSV (one row per moment, for a spreadsheet)');
  expect(csv).toContain('Feeling scores given');
  expect(csv).toMatch(/Choosing an account.*-3; -1; 0; 2/);
  expect(csv).toContain('Customers praise it');
  expect(csv).toContain('2027-01-15');
  const markdown = await download(page, 'Download Markdown (a handout)');
  expect(markdown).toContain('Pinned: Customers praise it');
  expect(markdown).toMatch(/Agreed on \d{4}-\d\d-\d\d by 4 people; their scores: feeling -3, -1, 0, \+2/);
  expect(markdown).toContain('scored on assumption only');
  const json = await download(page, 'Download JSON (to import again later)');
  expect(json).toContain('"spread":{"people":4');
  expect(json).toContain('"pin":{"reason":"Customers praise it"}');

  // The shortlist reaches the action plan with its owner and review date.
  await openTool(page, '/tools/plan/');
  const planItem = page.getByRole('listitem').filter({ hasText: 'A spending summary that helps' });
  await expect(planItem.first()).toContainText('Priya');
  await expect(planItem.first()).toContainText('January 15, 2027');

  for (const person of [anna, ben, cleo, dev]) await person.context.close();
});

test('the participant’s page fits a phone, works by keyboard and keeps answers through a reload', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const link = await startSession(page);
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const phone = await context.newPage();
  await openTool(phone, link);
  await expect(phone.getByRole('heading', { name: 'Score “Opening a bank account”' })).toBeVisible();
  await expectPhoneReady(phone, 'the participant’s scoring page');
  await expectNoAxeViolations(phone, 'the participant’s scoring page');

  // Keyboard only: tab to the first feeling, choose with the arrow keys, tick "seen" with space.
  await phone.getByLabel('Your name for the facilitator (optional)').focus();
  await phone.keyboard.type('Kim');
  await phone.keyboard.press('Tab');
  await expect(phone.locator('#jscore-0-feeling')).toBeFocused();
  await phone.locator('#jscore-0-feeling').selectOption('-1');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Tab');
  await expect(phone.locator('#jscore-0-seen')).toBeFocused();
  await phone.keyboard.press('Space');
  await expect(phone.locator('#jscore-0-seen')).toBeChecked();

  await phone.reload();
  await expect(phone.locator('#jscore-0-feeling')).toHaveValue('-1');
  await expect(phone.locator('#jscore-0-seen')).toBeChecked();
  await expect(phone.getByLabel('Your name for the facilitator (optional)')).toHaveValue('Kim');

  const code = await makeCode(phone);
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  await expectPhoneReady(phone, 'the participant’s code');
  await context.close();

  // The facilitator's session panel on a phone, too.
  await page.setViewportSize({ width: 390, height: 800 });
  await paste(page, code);
  await expect(page.locator('.jsession-count')).toContainText('1 person has sent scores.');
  await expectPhoneReady(page, 'the session panel');
});

test('a damaged join link says so instead of showing a blank page', async ({ page }) => {
  await openTool(page, '/tools/journeys/score/#join=AAAAAA&w=notarealinvitation');
  await expect(page.getByRole('alert')).toContainText('This invitation link is incomplete or damaged');
  await expectNoAxeViolations(page, 'a damaged join link');
});

test('the board shows every stage on a laptop without a hidden sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTool(page, URL);
  await page.getByRole('button', { name: BANK }).click();
  const board = page.getByRole('list', { name: 'Stages of the journey' });
  await expect(board.locator(':scope > li')).toHaveCount(5);
  const { scroll, client } = await board.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  for (const stage of await board.locator(':scope > li').all()) {
    const box = await stage.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
  }
});

test('a reply link opened on the facilitator’s device adds its code and opens the session; elsewhere it says so', async ({
  page,
  browser,
}) => {
  const link = await startSession(page);
  const anna = await participant(browser, link, { first: ['1', '3', '3'], second: ['0', '2', '2'], alias: 'Anna' });
  const reply = await anna.page.getByRole('textbox', { name: 'Your reply link' }).inputValue();
  expect(reply).toMatch(/\/tools\/journeys\/#join=[A-Za-z0-9_-]{6}&code=/);

  await page.goto(reply);
  await expect(page.getByRole('alert').filter({ hasText: /Anna/ })).toBeVisible();
  await expect(page.locator('.jsession-count')).toContainText(/^1 person has sent scores\./);
  expect(page.url()).toMatch(/\/tools\/journeys\/#open=/);
  await expectNoAxeViolations(page, 'a reply link opened by the facilitator');

  // Opened on a device without the session (the participant's own), it says where to open it.
  await anna.page.goto(reply);
  await expect(anna.page.getByRole('alert')).toContainText('not on this device');
  expect(anna.page.url()).toMatch(/\/tools\/journeys\/$/);
  await anna.context.close();
});
