// Calendar files (RFC 5545, .ics) that common calendar apps import: the next health check as an
// event, an action plan's due dates as events or to-dos. ical.js (Mozilla's iCalendar library, the
// one Thunderbird uses) writes them, so escaping, line folding and value types follow the standard.
import ICAL from 'ical.js';
import { isIsoDate } from './assessment/iso-date';

/** One entry in a calendar file. */
export interface CalendarEntry {
  /** Stable across exports, so importing the same entry again updates it instead of adding a copy. */
  uid: string;
  /** What the calendar shows. */
  title: string;
  /** Longer text: what to do, how to join. */
  description?: string;
  /** The day, yyyy-mm-dd. */
  date: string;
  /** A start time, HH:MM in the reader's local time; without it the entry lasts all day. */
  time?: string;
  /** How long an event with a start time lasts (default 60 minutes). */
  minutes?: number;
  /** An event in the calendar, or a to-do due that day. */
  kind: 'event' | 'todo';
  /** A to-do that is already done. */
  done?: boolean;
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function dayOf(date: string): { year: number; month: number; day: number } {
  const real: boolean = isIsoDate(date);
  if (!real) throw new RangeError(`"${date}" is not a date written as yyyy-mm-dd.`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function startOf(entry: CalendarEntry): ICAL.Time {
  const day = dayOf(entry.date);
  if (entry.time === undefined) return ICAL.Time.fromData({ ...day, isDate: true });
  const match = timePattern.exec(entry.time);
  if (!match) throw new RangeError(`"${entry.time}" is not a time written as HH:MM.`);
  // A floating time: 14:30 wherever the reader's calendar is, as a meeting invitation in a room is.
  return ICAL.Time.fromData({ ...day, hour: Number(match[1]), minute: Number(match[2]) });
}

function component(entry: CalendarEntry, stamp: ICAL.Time): ICAL.Component {
  const item = new ICAL.Component(entry.kind === 'event' ? 'vevent' : 'vtodo');
  item.addPropertyWithValue('uid', entry.uid);
  item.addPropertyWithValue('dtstamp', stamp);
  item.addPropertyWithValue('summary', entry.title);
  if (entry.description) item.addPropertyWithValue('description', entry.description);
  const start = startOf(entry);
  if (entry.kind === 'todo') {
    item.addPropertyWithValue('due', start);
    item.addPropertyWithValue('status', entry.done ? 'COMPLETED' : 'NEEDS-ACTION');
    return item;
  }
  item.addPropertyWithValue('dtstart', start);
  const end = start.clone();
  if (start.isDate) end.adjust(1, 0, 0, 0);
  else end.adjust(0, 0, entry.minutes ?? 60, 0);
  item.addPropertyWithValue('dtend', end);
  return item;
}

/** A whole calendar file; `now` stamps when it was written. Throws RangeError on a bad date or time. */
export function calendarFile(entries: readonly CalendarEntry[], now: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//Accueil//Accueil//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const entry of entries) calendar.addSubcomponent(component(entry, stamp));
  // Every line of the file ends in CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
