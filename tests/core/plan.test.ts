import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { WorkshopRecord } from '../../src/core/assessment/workshop-record';
import {
  choosePlay,
  dropPlay,
  emptyPlan,
  filterPlan,
  gatherPlan,
  planCalendar,
  planCsv,
  planFormat,
  planMarkdown,
  planOwners,
  setProgress,
  type ChosenPlay,
} from '../../src/core/plan';
import { calendarFile } from '../../src/core/calendar';
import { decodeVersioned, encodeVersioned } from '../../src/core/versioned';
import { buildSheet } from './journey/helpers';

const record: WorkshopRecord = {
  sessionName: 'Support team',
  team: null,
  assessmentId: 'seven-traits',
  assessmentVersion: 2,
  date: '2026-11-04',
  participantCount: 6,
  dimensions: [],
  actions: [
    { text: 'Answer the phone within three rings', owner: 'Sam', due: '2027-01-31' },
    { text: 'Rewrite the refund letter', owner: '', due: null },
  ],
};

const sheet = buildSheet([
  [
    'Arrive',
    [
      {
        title: 'Finding the door',
        impact: 5,
        frequency: 5,
        owner: 'Ana',
        nextAction: 'Put up a sign',
        status: 'in-progress',
      },
      { title: 'Being greeted', impact: 4, frequency: 4 },
    ],
  ],
]);

const play: ChosenPlay = {
  key: 'traits/accessible#map-the-doors',
  title: 'Map the doors',
  playbook: 'Accessible',
  owner: 'Kim',
  due: '2027-02-15',
  chosen: '2026-12-03',
};

const plan = choosePlay(emptyPlan, play);
const items = gatherPlan({ records: [record], worksheets: [sheet], plan });

describe('the action plan', () => {
  it('gathers workshop actions, the journey shortlist and chosen plays, each saying where it came from', () => {
    expect(items.map((item) => [item.source, item.what, item.owner, item.due, item.status])).toEqual([
      ['workshop', 'Answer the phone within three rings', 'Sam', '2027-01-31', 'to-do'],
      ['workshop', 'Rewrite the refund letter', '', null, 'to-do'],
      ['journey', 'Put up a sign', 'Ana', null, 'in-progress'],
      ['journey', 'Look after “Being greeted”', '', null, 'to-do'],
      ['play', 'Run the play “Map the doors”', 'Kim', '2027-02-15', 'to-do'],
    ]);
    expect(items[0]?.from).toBe('Workshop “Support team”, 2026-11-04');
    expect(items[2]?.from).toBe('Journey “Test journey”, moment “Finding the door”');
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  it('keeps a status and note across a reload, and forgets it when the action is rewritten', () => {
    const key = items[0]?.key ?? '';
    const marked = setProgress(plan, key, { status: 'done', note: 'Since Monday' });
    const stored = decodeVersioned(planFormat, encodeVersioned(planFormat, marked));
    if (stored.status !== 'ok') throw new Error('the plan did not read back');
    const again = gatherPlan({ records: [record], worksheets: [sheet], plan: stored.value });
    expect(again[0]).toMatchObject({ status: 'done', note: 'Since Monday' });
    const rewritten = { ...record, actions: [{ text: 'Answer within two rings', owner: 'Sam', due: '2027-01-31' }] };
    expect(gatherPlan({ records: [rewritten], worksheets: [], plan: stored.value })[0]?.status).toBe('to-do');
  });

  it('chooses a play once, updates it when chosen again, and drops it with its progress', () => {
    const twice = choosePlay(plan, { ...play, owner: 'Lee' });
    expect(twice.plays).toEqual([{ ...play, owner: 'Lee' }]);
    const marked = setProgress(twice, `play:${play.key}`, { status: 'in-progress', note: '' });
    expect(dropPlay(marked, play.key)).toEqual(emptyPlan);
  });

  it('filters by source, status and owner, and lists owners once each', () => {
    expect(filterPlan(items, { source: 'journey', status: '', owner: '' })).toHaveLength(2);
    expect(filterPlan(items, { source: '', status: 'in-progress', owner: '' }).map((item) => item.what)).toEqual([
      'Put up a sign',
    ]);
    expect(filterPlan(items, { source: '', status: '', owner: '-' })).toHaveLength(2);
    expect(filterPlan(items, { source: '', status: '', owner: 'Kim' })).toHaveLength(1);
    expect(planOwners(items)).toEqual(['Ana', 'Kim', 'Sam']);
  });

  it('refuses a stored plan that is not one, without throwing', () => {
    expect(decodeVersioned(planFormat, '{"kind":"accueil.plan","version":1,"data":{"plays":"x"}}').status).toBe(
      'invalid',
    );
    expect(decodeVersioned(planFormat, 'not json').status).toBe('invalid');
  });

  it('exports a spreadsheet that neutralises formulas, and Markdown grouped by status', () => {
    const hostile = gatherPlan({
      records: [{ ...record, actions: [{ text: '=HYPERLINK("x") | pipe', owner: '@me', due: null }] }],
      worksheets: [],
      plan: emptyPlan,
    });
    const csv = planCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""x"") | pipe",'@me`);
    const markdown = planMarkdown(items, '2026-12-03');
    expect(markdown).toContain('## To do (4)');
    expect(markdown).toContain('## In progress (1)');
    expect(markdown).toContain('| Rewrite the refund letter | Nobody yet | No date |');
    expect(planMarkdown(hostile, '2026-12-03')).toContain('=HYPERLINK("x") \\| pipe');
  });

  it('writes due dates as calendar to-dos or events that parse back, leaving out dropped and undated items', () => {
    const dropped = setProgress(plan, `play:${play.key}`, { status: 'dropped', note: '' });
    const withDropped = gatherPlan({ records: [record], worksheets: [sheet], plan: dropped });
    const now = new Date(Date.UTC(2026, 11, 3));
    const todos = new ICAL.Component(
      ICAL.parse(calendarFile(planCalendar(withDropped, 'todo'), now)) as unknown[],
    ).getAllSubcomponents('vtodo');
    expect(
      todos.map((todo) => [todo.getFirstPropertyValue('summary'), String(todo.getFirstPropertyValue('due'))]),
    ).toEqual([['Answer the phone within three rings', '2027-01-31']]);
    const events = new ICAL.Component(
      ICAL.parse(calendarFile(planCalendar(items, 'event'), now)) as unknown[],
    ).getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    expect(events[1]?.getFirstPropertyValue('description')).toBe('Owner: Kim\nFrom: Playbook “Accessible”');
  });
});
