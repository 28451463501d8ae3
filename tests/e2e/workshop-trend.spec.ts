// Issue 19, after the room: a team's second workshop opens with the first one's actions to review,
// and the two records show as a trend per dimension (a small chart and a table each, with an arrow).
// Participants' codes are written with the real encoder for the real engagement-chain assessment,
// so the room itself (covered by workshop.spec.ts and workshop-room.spec.ts) is not replayed here.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import type { SessionId } from '../../src/core/assessment/session-id';
import type { Assessment } from '../../src/schemas/assessment';
import type { Answers } from '../../src/core/assessment/answers';
import { scrollToAfterRoom } from './after-helpers';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, expectReloadKeeps, openTool } from './people';

const url = '/tools/workshop/';
const chain = parse(readFileSync('content/assessments/chain.yaml', 'utf8')) as Assessment;

/** A code for one person who rates every statement of the chain with the same number. */
function codeFor(sessionId: string, person: number, rating: 1 | 2 | 3 | 4 | 5): string {
  const answers = Object.fromEntries(
    chain.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.reverse ? 6 - rating : rating])),
  ) as Answers;
  return encodeShareCode(chain, {
    sessionId: sessionId as SessionId,
    answers,
    participantId: `per${String(person).padStart(3, '0')}` as SessionId,
    revision: 0,
  });
}

/** Starts a chain session for a team; returns its id. */
async function startTeamSession(page: Page, name: string, team: string): Promise<string> {
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill(name);
  await main.getByRole('combobox', { name: 'Team (optional)' }).fill(team);
  await main.getByRole('button', { name: 'Start the session' }).click();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  return new URLSearchParams(new URL(link).hash.slice(1)).get('join') ?? '';
}

/** Three people rate everything with these ratings; the team agrees the first dimension and saves. */
async function runWorkshop(
  page: Page,
  sessionId: string,
  ratings: (1 | 2 | 3 | 4 | 5)[],
  agreed: number,
  action?: string,
) {
  const main = page.getByRole('main');
  await main
    .getByRole('textbox', { name: 'Paste codes or reply links' })
    .fill(ratings.map((rating, person) => codeFor(sessionId, person, rating)).join('\n'));
  await main.getByRole('button', { name: 'Add to the session' }).click();
  await main.getByRole('button', { name: 'Reveal the results' }).click();
  await main
    .getByRole('group', { name: 'Agreed rating for Leadership engagement' })
    .getByRole('radio', { name: String(agreed), exact: true })
    .check();
  if (action) {
    await main.getByRole('textbox', { name: 'Action', exact: true }).fill(action);
    await main.getByRole('textbox', { name: 'Owner (optional)' }).fill('Sam');
    await main.getByRole('button', { name: 'Add the action' }).click();
  }
  await main.getByRole('button', { name: 'Save the workshop record' }).click();
  await expect(main.getByText(/Saved in this browser’s workshop history/)).toBeVisible();
}

test('two workshops of one team: the second opens with the first one’s actions, then both show as a trend', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const trendCode = () => scripts.filter((s) => /TeamTrend|cartesian/.test(s));
  const main = page.getByRole('main');
  await openTool(page, url);
  const first = await startTeamSession(page, 'Support, March', 'Support desk');
  // No earlier record: nothing to review.
  await expect(main.getByRole('heading', { name: /last time’s actions/ })).toHaveCount(0);
  await runWorkshop(page, first, [2, 2, 3], 2, 'Call back every customer within a day');
  await expect(main.getByText('It belongs to the team “Support desk”')).toBeVisible();

  // The second workshop, same team typed in another case: it opens with March's action to review.
  await main.getByRole('button', { name: 'Start a new session' }).click();
  const second = await startTeamSession(page, 'Support, April', 'support desk');
  const review = main.getByRole('region', { name: 'Before you start: last time’s actions' });
  await expect(review).toBeVisible();
  await expect(review.getByText('“Support, March”')).toBeVisible();
  await expect(review.getByText('Call back every customer within a day')).toBeVisible();
  await expect(review.getByText('0 of 1 reviewed.')).toBeVisible();
  // The review comes before anything else in the session: before the join link.
  const order = await page.evaluate(() => {
    const ids = ['last-actions-title', 'join-title'].map((id) => document.getElementById(id));
    return ids[0] && ids[1] ? ids[0].compareDocumentPosition(ids[1]) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await review.getByRole('combobox', { name: 'Where it stands' }).selectOption({ label: 'Done' });
  await review.getByRole('textbox', { name: 'Note' }).fill('Every call returned the same day');
  await expect(review.getByText('1 of 1 reviewed.')).toBeVisible();
  await expectNoAxeViolations(page, 'review of last time’s actions');
  await expectPhoneReady(page, 'review of last time’s actions');
  await expectReloadKeeps(
    page,
    async (p) => ({
      status: await p.getByRole('combobox', { name: 'Where it stands' }).inputValue(),
      note: await p.getByRole('textbox', { name: 'Note' }).inputValue(),
    }),
    'review of last time’s actions',
  );

  await runWorkshop(page, second, [4, 4, 5], 4);

  // The trend: one card per dimension, each with its table and an arrow; its code comes when opened.
  await scrollToAfterRoom(page);
  expect(trendCode()).toEqual([]);
  await main.getByRole('button', { name: 'Show the trend' }).click();
  const cards = main.locator('.trend-card');
  await expect(cards).toHaveCount(chain.dimensions.length);
  const leadership = cards.filter({ hasText: 'Leadership engagement' });
  await expect(leadership.getByRole('heading')).toHaveText('Leadership engagement: ↑ up (agreed +2.0)');
  const rows = leadership.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Support, March');
  await expect(rows.nth(1)).toContainText('2');
  await expect(rows.nth(2)).toContainText('Support, April');
  // Other dimensions had no agreed rating, so the arrow compares medians.
  await expect(cards.nth(1).getByRole('heading')).toContainText(/↑ up \(median \+\d\.\d\)/);
  await expect(leadership.locator('canvas')).toBeVisible();
  expect(trendCode().length).toBeGreaterThan(0);
  await expectNoBrokenValues(page, 'team trend');
  await expectNoAxeViolations(page, 'team trend');
  await expectPhoneReady(page, 'team trend');

  // The action plan says the same as the review.
  await openTool(page, '/tools/plan/');
  const item = main.getByRole('listitem').filter({ hasText: 'Call back every customer within a day' });
  await expect(item.getByRole('combobox')).toHaveValue('done');
});

test('team trends and the roll-up load as they near the screen, their views and chart.js only when opened', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openTool(page, url);
  await expect(page.getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  expect(scripts.filter((s) => /AfterRoom|TeamTrend|Rollup|chart/i.test(s))).toEqual([]);
  // Scrolled to, the sections load, but the trend and the roll-up still wait until they are opened.
  await scrollToAfterRoom(page);
  await expect(page.getByRole('heading', { name: 'Roll-up across teams' })).toBeVisible();
  expect(scripts.filter((s) => /AfterRoom/.test(s)).length).toBeGreaterThan(0);
  expect(scripts.filter((s) => /TeamTrend|Rollup|chart/i.test(s))).toEqual([]);
});

test('booking the next check: a calendar file with the join instructions, parsed back', async ({ page }) => {
  test.setTimeout(120_000);
  const main = page.getByRole('main');
  await openTool(page, url);
  const id = await startTeamSession(page, 'Billing, May', 'Billing');
  await runWorkshop(page, id, [3, 3, 4], 3);
  const form = main.getByRole('form', { name: 'Book the next check' });
  const day = form.getByLabel('Day of the next check');
  // Four weeks on from today's workshop is offered.
  expect(await day.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await day.fill('');
  await form.getByRole('button', { name: 'Download the calendar file (.ics)' }).click();
  await expect(form.getByText('Choose the day of the next check')).toBeVisible();
  await expect(day).toBeFocused();
  await expectNoAxeViolations(page, 'next check with a problem');
  await expectPhoneReady(page, 'next check with a problem');

  const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await day.fill(next);
  await form.getByLabel('Start time (optional)').fill('14:30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Download the calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`next-check-billing-${next}.ics`);
  const text = readFileSync(await download.path(), 'utf8');
  const event = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  expect(event?.getFirstPropertyValue('summary')).toBe('Team health check: Billing');
  const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
  expect(start.toString()).toBe(`${next}T14:30:00`);
  const description = String(event?.getFirstPropertyValue('description'));
  expect(description).toContain('How to join:');
  expect(description).toContain(new URL('/tools/workshop/', page.url()).href);
  expect(description).toContain('starts a session for Billing');
});
