import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/core/calendar';

const now = new Date(Date.UTC(2026, 11, 3, 6, 30));

/** Reads a file back with ical.js's parser, as a calendar app would. */
function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe('calendar files', () => {
  it('writes an all-day event that parses back with its title, description and day', () => {
    const text = calendarFile(
      [
        {
          uid: 'check-1@accueil',
          title: 'Health check: Support team',
          description: 'Open the join link on your phone.\nBring one example, each.',
          date: '2027-01-15',
          kind: 'event',
        },
      ],
      now,
    );
    const event = parse(text).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe('check-1@accueil');
    expect(event?.getFirstPropertyValue('summary')).toBe('Health check: Support team');
    expect(event?.getFirstPropertyValue('description')).toBe(
      'Open the join link on your phone.\nBring one example, each.',
    );
    expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2027-01-15');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2027-01-16');
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2026-12-03T06:30:00Z');
  });

  it('writes a timed event with its length, and to-dos with their due day and state', () => {
    const text = calendarFile(
      [
        { uid: 'a', title: 'Check', date: '2027-12-31', time: '23:30', minutes: 90, kind: 'event' },
        { uid: 'b', title: 'Call back', date: '2027-02-28', kind: 'todo' },
        { uid: 'c', title: 'Fix the form', date: '2027-03-01', kind: 'todo', done: true },
      ],
      now,
    );
    const calendar = parse(text);
    const event = calendar.getFirstSubcomponent('vevent');
    expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2027-12-31T23:30:00');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2028-01-01T01:00:00');
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(todos.map((todo) => String(todo.getFirstPropertyValue('due')))).toEqual(['2027-02-28', '2027-03-01']);
    expect(todos.map((todo) => todo.getFirstPropertyValue('status'))).toEqual(['NEEDS-ACTION', 'COMPLETED']);
  });

  it('follows the standard’s framing: CRLF after every line, long lines folded at 75 octets, the required properties', () => {
    const text = calendarFile(
      [
        {
          uid: 'x',
          title: 'A long title, with; commas\\ and "quotes", é ☕ '.repeat(6),
          date: '2027-01-15',
          kind: 'event',
        },
      ],
      now,
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // ical.js folds 75 octets of content after the continuation line's leading space.
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line.replace(/^ /, '')).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    expect(text).toContain('PRODID:-//Accueil//Accueil//EN');
  });

  it('keeps any text exactly, hostile or not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (title, description) => {
        const clean = (text: string) => text.replace(/\r\n?/g, '\n');
        const event = parse(
          calendarFile([{ uid: 'u', title, description, date: '2027-01-15', kind: 'event' }], now),
        ).getFirstSubcomponent('vevent');
        expect(event?.getFirstPropertyValue('summary') ?? '').toBe(clean(title));
        if (description) expect(event?.getFirstPropertyValue('description')).toBe(clean(description));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a day or a time that does not exist', () => {
    expect(() => calendarFile([{ uid: 'a', title: 'A', date: '2027-02-29', kind: 'todo' }], now)).toThrow(RangeError);
    expect(() =>
      calendarFile([{ uid: 'a', title: 'A', date: '2027-02-01', time: '24:00', kind: 'event' }], now),
    ).toThrow(RangeError);
  });
});
