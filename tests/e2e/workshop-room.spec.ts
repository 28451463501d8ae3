// Issue 14, workshop: a real room. Twelve participants, each in their own browser; one changes their
// answers and sends a new code; two skip a dimension; people arrive after the reveal; the projector
// shows the facilitator's revealed view. Every state is checked at 320 and 390 px, after a reload,
// and for unique ids and labels; share links are opened in fresh browsers; scanning works without
// BarcodeDetector and loads its decoder only when the camera opens.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encode } from 'uqr';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, expectReloadKeeps, openTool } from './people';

const url = '/tools/workshop/';

/** Every check a tool state must pass: phone widths, unique ids and labels, no broken values. */
async function expectStateReady(page: Page, where: string): Promise<void> {
  await expectPhoneReady(page, where);
  await expectNoBrokenValues(page, where);
}

/** Answers one step: each statement gets the rating, or is left blank when the rating is null. */
async function answerStep(page: Page, rating: number | null): Promise<void> {
  const main = page.getByRole('main');
  const groups = main.locator('fieldset.item-question');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    if (rating !== null)
      await groups
        .nth(index)
        .locator('input[type="radio"]')
        .nth(rating - 1)
        .check();
  }
}

interface Person {
  page: Page;
  close: () => Promise<void>;
}

/**
 * One participant on their own phone-sized browser: opens the join link, answers the chain's three
 * steps (Leadership, Employee, Customer engagement) with the given ratings (null skips the step) and
 * returns the code shown. The browser stays open when `keep` is set, so they can change their answers.
 */
async function participate(
  browser: Browser,
  link: string,
  alias: string,
  ratings: (number | null)[],
): Promise<{ code: string; person: Person }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await openTool(page, link);
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'Start answering' })).toBeVisible();
  if (alias) await main.getByRole('textbox', { name: 'Alias (optional)' }).fill(alias);
  await main.getByRole('button', { name: 'Start answering' }).click();
  for (const [step, rating] of ratings.entries()) {
    await expect(main.getByText(`Step ${step + 1} of 3`)).toBeVisible();
    await answerStep(page, rating);
    const last = step === ratings.length - 1;
    const forward =
      rating === null ? (last ? 'Skip and finish' : 'Skip this step') : last ? 'Finish and get my code' : 'Next';
    await main.getByRole('button', { name: forward, exact: true }).click();
  }
  await expect(main.getByRole('heading', { name: 'Send your answers to the facilitator' })).toBeVisible();
  const code = await main.getByRole('textbox', { name: 'Your share code' }).inputValue();
  return { code, person: { page, close: () => context.close() } };
}

/** Starts a session on the engagement chain and returns its join link. */
async function startSession(page: Page, name: string): Promise<string> {
  await openTool(page, url);
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill(name);
  await main.getByRole('button', { name: 'Start the session' }).click();
  return main.getByRole('textbox', { name: 'Join link' }).inputValue();
}

async function pasteCodes(page: Page, codes: string[]): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Paste codes or reply links' }).fill(codes.join('\n'));
  await main.getByRole('button', { name: 'Add to the session' }).click();
}

/** What the facilitator's screen shows that must survive a reload. */
const facilitatorScreen = (page: Page) =>
  page.evaluate(() => {
    const text = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => element.textContent.trim());
    return {
      session: text('#session-title'),
      people: text('#participants-title'),
      participants: text('.participant-list li strong'),
      shown: text('#reveal-shown'),
      waiting: text('#reveal-waiting'),
      gate: text('#reveal-gate'),
      rows: text('.team-table tbody tr'),
      prompts: text('.prompts li'),
    };
  });

test('a room of twelve: a re-sent code, a skipped dimension, late arrivals after the reveal, the projector view', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const main = page.getByRole('main');
  await openTool(page, url);
  await expect(main.getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  await expectStateReady(page, 'facilitator: start form');
  const link = await startSession(page, 'Room of twelve');
  await expectStateReady(page, 'facilitator: empty session');
  await expectReloadKeeps(page, facilitatorScreen, 'facilitator: empty session');

  // Two people skip Leadership; one rates it 1. Leadership is then rated by one person only.
  const skipA = await participate(browser, link, 'Ash', [null, 4, 4]);
  const skipB = await participate(browser, link, 'Birch', [null, 3, 5]);
  const low = await participate(browser, link, '', [1, 2, 3]);
  await pasteCodes(page, [skipA.code, skipB.code, low.code]);
  await expect(main.getByRole('heading', { name: 'In this session: 3 people' })).toBeVisible();
  await expectStateReady(page, 'facilitator: three codes in, hidden');
  await expectReloadKeeps(page, facilitatorScreen, 'facilitator: three codes in');

  // Reveal: Leadership is hidden, and no sentence, count or export names or rates it.
  await main.getByRole('button', { name: 'Reveal the results' }).click();
  const team = main.getByRole('table', { name: /Each person’s score per dimension/ });
  await expect(team).toBeVisible();
  await expect(team.getByRole('row', { name: /Leadership engagement/ })).toContainText('Hidden.');
  await expect(main.locator('.prompts li').first()).toBeVisible();
  const prompts = await main.locator('.discussion').innerText();
  expect(prompts).not.toContain('Leadership engagement');
  const radarRow = main
    .getByRole('table', { name: 'Team median and range per dimension (1 to 5)' })
    .getByRole('row', { name: /Leadership engagement/ });
  await expect(radarRow.locator('td')).toHaveText(['hidden', 'hidden', 'hidden']);
  await expect(
    main.locator('.agree-dimension').filter({ hasText: 'Leadership engagement' }).locator('.count'),
  ).toContainText('Count: hidden.');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Download the team summary (CSV)' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.split('\n').find((line) => line.startsWith('Leadership engagement'))).toMatch(
    /^Leadership engagement,hidden,,,,,,,/,
  );
  await expectStateReady(page, 'facilitator: revealed with a hidden dimension');
  await expectReloadKeeps(page, facilitatorScreen, 'facilitator: revealed');

  // A participant changes their answers and sends a new code: they still count once, "updated".
  const fox = await participate(browser, link, 'Fox', [2, 2, 2]);
  const foxPage = fox.person.page;
  await foxPage.getByRole('button', { name: 'Change my answers' }).click();
  await answerStep(foxPage, 5);
  for (const label of ['Next', 'Next', 'Finish and get my code']) {
    const button = foxPage.getByRole('main').getByRole('button', { name: label, exact: true });
    if (await button.isVisible()) await button.click();
  }
  await expect(foxPage.getByText(/This is a new code \(number 2\)/)).toBeVisible();
  const foxNew = await foxPage.getByRole('textbox', { name: 'Your share code' }).inputValue();
  expect(foxNew).not.toBe(fox.code);
  await expectStateReady(foxPage, 'participant: share screen after a change');
  await fox.person.close();

  // Late arrivals after the reveal: eight more people, and Fox twice (new code first, then the old copy).
  const late: string[] = [];
  for (const [index, alias] of ['', 'Gull', '', 'Hare', '', 'Ibis', '', 'Jay'].entries()) {
    const r = 1 + (index % 5);
    const one = await participate(browser, link, alias, [r, 6 - r, 3]);
    late.push(one.code);
    await one.person.close();
  }
  await pasteCodes(page, [fox.code, ...late]);
  await expect(main.getByRole('heading', { name: 'In this session: 12 people' })).toBeVisible();
  await pasteCodes(page, [foxNew, fox.code]);
  const log = main.locator('.outcomes li');
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toContainText('Updated: Fox, code ending');
  await expect(log.nth(0)).toContainText('replaces their earlier answers');
  await expect(log.nth(1)).toContainText('Older copy: Fox, code ending');
  await expect(main.getByRole('heading', { name: 'In this session: 12 people' })).toBeVisible();
  // The projector still shows the three people of the reveal; the new ones wait.
  await expect(main.locator('#reveal-shown')).toContainText('Showing the answers of 3 people');
  await expect(main.locator('#reveal-waiting')).toContainText('9 new answers');
  // Leadership stays hidden (one rating); Employee and Customer show the three people's dots.
  await expect(main.locator('.team-table .dot')).toHaveCount(6);
  await expectStateReady(page, 'facilitator: answers waiting');
  await expectReloadKeeps(page, facilitatorScreen, 'facilitator: answers waiting');

  // A corrupted copy never looks like the real code in the log.
  const at = Math.floor(foxNew.length / 2);
  const broken = `${foxNew.slice(0, at)}${foxNew[at] === 'A' ? 'B' : 'A'}${foxNew.slice(at + 1)}`;
  await pasteCodes(page, [foxNew, broken]);
  const [real, copy] = await Promise.all([
    log.nth(0).locator('.outcome-code').innerText(),
    log.nth(1).locator('.outcome-code').innerText(),
  ]);
  expect(copy).not.toBe(real.replace('Fox, ', ''));
  expect(real).not.toBe(copy);

  // Show them: the projector view of all twelve, checked as the room sees it.
  await main.getByRole('button', { name: 'Show them' }).click();
  await expect(main.locator('#reveal-shown')).toContainText('Showing the answers of 12 people');
  await expect(main.locator('#reveal-waiting')).toHaveCount(0);
  await expect(team.getByRole('row', { name: /Leadership engagement/ })).not.toContainText('Hidden');
  await expectNoAxeViolations(page);
  await expectStateReady(page, 'facilitator: projector view of twelve');
  await expectReloadKeeps(page, facilitatorScreen, 'facilitator: projector view');
  for (const person of [skipA, skipB, low]) await person.person.close();
  await context.close();
});

test('a participant arriving by the join link sees what to do on the first screen, in every state', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await (await browser.newContext()).newPage();
  const link = await startSession(facilitator, 'Landing');
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  await openTool(page, link);
  const main = page.getByRole('main');
  const start = main.getByRole('button', { name: 'Start answering' });
  await expect(start).toBeInViewport();
  await expect(main.getByRole('heading', { name: 'Join the workshop: The engagement chain' })).toBeInViewport();
  await expect(page.locator('.tool-page > .lead')).toBeHidden();
  await expectStateReady(page, 'participant: intro');
  await expectReloadKeeps(page, (p) => p.locator('main h2').first().innerText(), 'participant: intro');
  await start.click();
  await answerStep(page, 4);
  await expectStateReady(page, 'participant: answering');
  await expectReloadKeeps(
    page,
    (p) => p.locator('input[type="radio"]:checked').evaluateAll((inputs) => inputs.length),
    'participant: answering',
  );
  await main.getByRole('button', { name: 'Next', exact: true }).click();
  await main.getByRole('button', { name: 'Skip this step' }).click();
  await main.getByRole('button', { name: 'Skip and finish' }).click();
  await expect(main.getByText('Your answers: 6 of 17 statements')).toBeVisible();
  await expectStateReady(page, 'participant: share screen');
  await expectReloadKeeps(page, (p) => p.getByRole('textbox', { name: 'Your share code' }).inputValue(), 'share');
  await context.close();
});

test('the facilitator’s introduction never shows on a join link, even before the tool starts', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  const link = await startSession(facilitator, 'Before the tool starts');
  const context = await browser.newContext({ viewport: { width: 320, height: 568 } });
  const page = await context.newPage();
  // The tool's code never arrives: what shows is the page as first painted.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.tool-page > .lead')).toBeHidden();
  // The facilitator's own page keeps its introduction.
  await page.goto('/tools/workshop/');
  await expect(page.locator('.tool-page > .lead')).toBeVisible();
  await context.close();
});

test('a view that cannot be loaded says so and offers a reload, in the one notice every tool uses', async ({
  page,
}) => {
  await page.route('**/_astro/Facilitator.*.js', (route) => route.abort());
  await page.goto('/tools/workshop/');
  const notice = page.getByRole('alert').filter({ hasText: 'This part of the workshop tool could not be loaded' });
  await expect(notice).toContainText('Nothing you typed is lost.');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectPhoneReady(page, 'workshop: view not loaded');
});

test('share links opened in a fresh browser, from valid and invalid states', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext()).newPage();
  const link = await startSession(facilitator, 'Links');
  const { code, person } = await participate(browser, link, 'Owl', [3, 3, 3]);
  await person.close();
  const cases: [string, string, RegExp][] = [
    ['a join link', link, /Join the workshop: The engagement chain/],
    ['a damaged join link', `${url}#a=nope&join=bad`, /invitation link is incomplete or damaged/],
    ['a reply link on another device', `${link}&code=${code}`, /no session saved on this device has that id/],
    ['a reply link with a corrupted code', `${link}&code=${code.slice(0, -3)}xyz`, /no session saved on this device/],
  ];
  for (const [name, address, expected] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openTool(page, address);
    await expect(page.getByRole('main')).toContainText(expected);
    await expectStateReady(page, name);
    await context.close();
  }
  // The reply link on the facilitator's own device adds the code.
  await openTool(facilitator, `${link}&code=${code}`);
  await expect(facilitator.getByRole('main').locator('.workshop-status')).toContainText('Added Owl.');
});

test('scanning works without BarcodeDetector, loads its decoder only when the camera opens, and keeps reading', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  // A browser without BarcodeDetector (Firefox, Safari, most desktop Chrome), whose camera films a
  // canvas that the test draws QR codes on.
  await context.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    const camera = document.createElement('canvas');
    camera.width = 480;
    camera.height = 480;
    const state = window as unknown as { __modules: boolean[][] };
    state.__modules = [];
    // The canvas is redrawn all the time, as a camera sends frames all the time.
    setInterval(() => {
      const context = camera.getContext('2d');
      if (!context) return;
      const modules = state.__modules;
      const scale = modules.length > 0 ? Math.floor(camera.width / modules.length) : 1;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, camera.width, camera.height);
      context.fillStyle = '#000';
      modules.forEach((row, y) => {
        row.forEach((dark, x) => {
          if (dark) context.fillRect(x * scale, y * scale, scale, scale);
        });
      });
    }, 100);
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.resolve(camera.captureStream(10)) },
    });
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  const link = await startSession(page, 'Scanning');
  const main = page.getByRole('main');
  const scan = main.getByRole('button', { name: 'Scan QR codes with the camera' });
  await expect(scan).toBeVisible();
  const before = scripts.length;
  expect(scripts.some((path) => /qr-decode/.test(path))).toBe(false);

  const codes: string[] = [];
  for (const alias of ['Kite', 'Lark']) {
    const one = await participate(browser, link, alias, [4, 4, 4]);
    codes.push(await one.person.page.getByRole('textbox', { name: 'Your reply link' }).inputValue());
    await one.person.close();
  }
  const show = async (text: string) => {
    const { data } = encode(text, { ecc: 'M', border: 4 });
    await page.evaluate((modules) => {
      (window as unknown as { __modules: boolean[][] }).__modules = modules;
    }, data);
  };
  await show(codes[0] ?? '');
  await scan.click();
  await expect(main.getByRole('button', { name: 'Stop the camera' })).toBeVisible();
  const status = main.locator('.scanner-result');
  await expect(status).toContainText('Scan 1: Added Kite.');
  expect(scripts.slice(before).some((path) => /qr-decode/.test(path))).toBe(true);
  // Still open: the next code is read too, and announced.
  await show(codes[1] ?? '');
  await expect(status).toContainText('Scan 2: Added Lark.');
  await expect(main.getByRole('heading', { name: 'In this session: 2 people' })).toBeVisible();
  await expectStateReady(page, 'facilitator: camera open');
  await main.getByRole('button', { name: 'Stop the camera' }).click();
  await expect(scan).toBeVisible();
  await context.close();
});
