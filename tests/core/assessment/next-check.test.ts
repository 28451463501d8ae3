import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../../src/core/calendar';
import { checkNextCheckForm, nextCheckEntry, suggestNextCheck } from '../../../src/core/assessment/next-check';

const context = {
  team: 'Support desk',
  sessionName: 'Support, March',
  after: '2026-03-02',
  assessmentTitle: 'The engagement chain',
  minutes: 10,
  workshopUrl: 'https://example.test/tools/workshop/',
};
const now = new Date(Date.UTC(2026, 2, 2, 9, 0));

function readBack(text: string): ICAL.Component | null {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
}

describe('booking the next check', () => {
  it('suggests four weeks later, across a month and a year', () => {
    expect(suggestNextCheck('2026-03-02')).toBe('2026-03-30');
    expect(suggestNextCheck('2026-12-15')).toBe('2027-01-12');
    expect(suggestNextCheck('not a date')).toBe('not a date');
  });

  it('writes an event that parses back with its day, time, title and the join instructions', () => {
    const text = calendarFile([nextCheckEntry({ date: '2026-03-30', time: '14:30' }, context)], now);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const event = readBack(text);
    expect(event?.getFirstPropertyValue('summary')).toBe('Team health check: Support desk');
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.year, start.month, start.day, start.hour, start.minute]).toEqual([2026, 3, 30, 14, 30]);
    const end = event?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([end.hour, end.minute]).toEqual([15, 15]);
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description).toContain('How to join:');
    expect(description).toContain('https://example.test/tools/workshop/');
    expect(description).toContain('starts a session for Support desk');
    expect(description).toContain('last time’s actions');
  });

  it('is all day without a time, and keeps its UID when the day moves, so a calendar updates it', () => {
    const first = nextCheckEntry({ date: '2026-03-30', time: '' }, context);
    const moved = nextCheckEntry({ date: '2026-04-06', time: '' }, context);
    expect(first.uid).toBe(moved.uid);
    const start = readBack(calendarFile([first], now))?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    const noTeam = nextCheckEntry({ date: '2026-03-30', time: '' }, { ...context, team: null });
    expect(noTeam.title).toBe('Team health check: Support, March');
    expect(noTeam.uid).not.toBe(first.uid);
  });

  it('refuses a missing or past day and a malformed time, with a sentence for each', () => {
    expect(checkNextCheckForm({ date: '2026-03-30', time: '' }, '2026-03-02')).toEqual([]);
    expect(checkNextCheckForm({ date: '', time: '' }, '2026-03-02')[0]?.field).toBe('date');
    expect(checkNextCheckForm({ date: '2026-02-30', time: '' }, '2026-03-02')[0]?.field).toBe('date');
    expect(checkNextCheckForm({ date: '2026-03-01', time: '' }, '2026-03-02')[0]?.message).toMatch(/passed/);
    const problems = checkNextCheckForm({ date: '2026-03-30', time: '25:00' }, '2026-03-02');
    expect(problems.map((problem) => problem.field)).toEqual(['time']);
    expect(problems[0]?.message).toMatch(/HH:MM/);
  });
});
