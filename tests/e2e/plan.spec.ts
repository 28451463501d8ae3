// The action plan: actions from a workshop record, a journey's shortlist and a chosen play in one
// list, with status and note kept across reloads, filters, exports, undo, and corrupt storage.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buildSheet } from '../core/journey/helpers';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, openTool } from './people';

const records = JSON.stringify({
  kind: 'accueil.workshop-records',
  version: 1,
  data: [
    {
      sessionName: 'Support team',
      assessmentId: 'seven-traits',
      assessmentVersion: 2,
      date: '2026-11-04',
      participantCount: 6,
      dimensions: [],
      actions: [
        { text: 'Answer the phone within three rings', owner: 'Sam', due: '2027-01-31' },
        { text: 'Rewrite the refund letter', owner: '', due: null },
      ],
    },
  ],
});

const journeys = JSON.stringify({
  kind: 'accueil.journeys',
  version: 1,
  data: {
    worksheets: [
      buildSheet([
        ['Arrive', [{ title: 'Finding the door', impact: 5, frequency: 5, owner: 'Ana', nextAction: 'Put up a sign' }]],
      ]),
    ],
    tombstones: [],
  },
});

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    ([r, j]) => {
      localStorage.setItem('accueil.workshop.records', r);
      localStorage.setItem('accueil.journeys', j);
    },
    [records, journeys] as const,
  );
}

const card = (page: Page, what: string | RegExp) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: what }) });

test('a chosen play, a workshop’s actions and a journey’s shortlist make one plan that keeps its progress', async ({
  page,
}) => {
  // A reader marks a play on a playbook, by keyboard.
  await page.goto('/playbooks/traits/accessible/');
  const choose = page.locator('#play-find-the-door').getByRole('button', { name: 'We will run this' });
  await choose.scrollIntoViewIfNeeded();
  // The control starts when the plays come into view.
  await expect(page.locator('#play-find-the-door astro-island')).not.toHaveAttribute('ssr');
  await choose.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'action plan' }).first()).toBeVisible();
  await seed(page);

  await openTool(page, '/tools/plan/');
  await expect(page.getByRole('heading', { name: '4 actions' })).toBeVisible();
  await expect(card(page, 'Answer the phone within three rings')).toContainText('Workshop “Support team”, 2026-11-04');
  await expect(card(page, 'Put up a sign')).toContainText('Ana');
  const play = card(page, /^Run the play “/);
  await expect(play).toContainText('Playbook “Accessible”');
  await expect(play.getByRole('link')).toHaveAttribute('href', /^\/playbooks\/traits\/accessible\/#play-/);
  await expectNoAxeViolations(page, 'the plan');
  await expectNoBrokenValues(page);

  // Status, note, owner and due date are kept across a reload.
  // A reload comes while the note is still being typed: nothing is lost.
  await card(page, 'Put up a sign').getByLabel('Status').selectOption('in-progress');
  await play.getByLabel('Owner').fill('Kim');
  await play.getByLabel('Due').fill('2027-02-15');
  await card(page, 'Put up a sign').getByLabel('Note').pressSequentially('Sign ordered');
  await page.reload();
  await expect(card(page, 'Put up a sign').getByLabel('Status')).toHaveValue('in-progress');
  await expect(card(page, 'Put up a sign').getByLabel('Note')).toHaveValue('Sign ordered');
  await expect(play.getByLabel('Owner')).toHaveValue('Kim');
  await expect(play).toContainText(/15 February 2027|February 15, 2027/);

  // Filters narrow the list and say by how much.
  await page.getByLabel('From').selectOption('journey');
  await expect(page.getByRole('heading', { name: '1 of 4 actions' })).toBeVisible();
  await page.getByLabel('From').selectOption('');
  await page.getByLabel('Owner', { exact: true }).first().selectOption('-');
  await expect(page.getByRole('heading', { name: '1 of 4 actions' })).toBeVisible();
  await page.getByLabel('Status').first().selectOption('done');
  await expect(page.getByText('No action matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show every action' }).click();
  await expect(page.getByRole('heading', { name: '4 actions' })).toBeVisible();

  // Exports: a spreadsheet, Markdown and a calendar that parses back.
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click();
  const csvText = readFileSync(await (await csv).path(), 'utf8');
  expect(csvText).toContain('Put up a sign,Ana,,In progress,Sign ordered,Journey shortlist');
  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  expect(readFileSync(await (await markdown).path(), 'utf8')).toContain('## In progress (1)');
  const calendar = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Due dates as calendar to-dos (.ics)' }).click();
  const ics = readFileSync(await (await calendar).path(), 'utf8');
  const todos = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vtodo');
  expect(todos.map((todo) => String(todo.getFirstPropertyValue('due'))).sort()).toEqual(['2027-01-31', '2027-02-15']);

  // Taking the play out can be undone.
  await play.getByRole('button', { name: 'Remove from the plan' }).click();
  await expect(page.getByRole('heading', { name: '3 actions' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(play.getByLabel('Owner')).toHaveValue('Kim');

  await expectPhoneReady(page, 'the plan');
});

test('an empty plan says where actions come from, and a corrupt one is kept for download', async ({ page }) => {
  await openTool(page, '/tools/plan/');
  await expect(page.getByRole('heading', { name: 'Nothing in the plan yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'the empty plan');
  await page.evaluate(() => {
    localStorage.setItem(
      'accueil.plan',
      '{"kind":"accueil.plan","version":1,"data":{"plays":"<img src=x onerror=alert(1)>"}}',
    );
  });
  await seed(page);
  await page.reload();
  await expect(page.getByText('This data could not be read')).toContainText('your old data is kept');
  await expect(page.getByRole('heading', { name: '3 actions' })).toBeVisible();
  await expectNoBrokenValues(page);
  await expectNoAxeViolations(page, 'the plan with a storage notice');
});
