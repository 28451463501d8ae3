// Booking a team's next health check: a calendar entry (written to a file by core/calendar.ts) whose
// description tells everyone how to join, since the session and its join link do not exist yet.
import type { CalendarEntry } from '../calendar';
import { slug } from '../slug';
import { isIsoDate, toIsoDate } from './iso-date';

/** Weeks between checks when the facilitator has not chosen a day: a month keeps actions fresh. */
const DEFAULT_WEEKS_TO_NEXT_CHECK = 4;

/** The suggested day of the next check: four weeks after this one. */
export function suggestNextCheck(date: string): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return toIsoDate(new Date(Date.UTC(year, month - 1, day + DEFAULT_WEEKS_TO_NEXT_CHECK * 7, 12)));
}

/** What the facilitator fills in. */
export interface NextCheckForm {
  /** yyyy-mm-dd. */
  date: string;
  /** HH:MM, or '' for an all-day entry. */
  time: string;
}

/** What the entry says about the workshop it follows. */
export interface NextCheckContext {
  /** The team, or null when none was named (the session name stands in). */
  team: string | null;
  sessionName: string;
  /** The day of the workshop it follows, yyyy-mm-dd. */
  after: string;
  assessmentTitle: string;
  /** About how long answering takes, in minutes. */
  minutes: number;
  /** The workshop page's full address. */
  workshopUrl: string;
}

/** A problem with one field of the form. */
export interface NextCheckProblem {
  field: 'date' | 'time';
  message: string;
}

/** Checks the form; `today` (yyyy-mm-dd) refuses a day already past. */
export function checkNextCheckForm(form: NextCheckForm, today: string): NextCheckProblem[] {
  const problems: NextCheckProblem[] = [];
  const date = form.date.trim();
  if (!isIsoDate(date)) {
    problems.push({ field: 'date', message: 'Choose the day of the next check, for example 2027-01-15.' });
  } else if (date < today) {
    problems.push({ field: 'date', message: `That day has passed; choose ${today} or later.` });
  }
  const time = form.time.trim();
  if (time !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    problems.push({
      field: 'time',
      message: 'Write the time as HH:MM, for example 14:30, or leave it empty for all day.',
    });
  }
  return problems;
}

/**
 * The calendar event for the next check, 45 minutes from its start time (all day without one). Its
 * UID follows from the team and the workshop it follows, so a second download with another day
 * moves the entry in the calendar instead of adding another.
 */
export function nextCheckEntry(form: NextCheckForm, context: NextCheckContext): CalendarEntry {
  const who = context.team ?? context.sessionName;
  const description = [
    `${who}: the next team health check (${context.assessmentTitle}), following the workshop of ${context.after}.`,
    '',
    'How to join:',
    `1. The facilitator opens ${context.workshopUrl} and starts a session${context.team ? ` for ${context.team}` : ''}.`,
    '2. Scan the QR code on the screen, or open the join link the facilitator shares, on your own phone or laptop.',
    `3. Answer on your own (about ${String(context.minutes)} minutes). No account and no name are needed; an alias is optional.`,
    '4. Send the short code you get back to the facilitator. Nothing is shown until everyone has answered.',
    '',
    'The session starts by going through last time’s actions: done, in progress or dropped.',
  ].join('\n');
  const time = form.time.trim();
  return {
    uid: `next-check-${slug(who) || 'team'}-${context.after}@accueil`,
    title: `Team health check: ${who}`,
    description,
    date: form.date.trim(),
    ...(time === '' ? {} : { time, minutes: 45 }),
    kind: 'event',
  };
}
