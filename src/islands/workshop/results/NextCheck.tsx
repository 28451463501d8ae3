// Booking the next check: a day (four weeks on by default) and an optional time, downloaded as a
// calendar file whose description says how to join. ical.js loads only when the file is asked for.
import { useState } from 'preact/hooks';
import {
  checkNextCheckForm,
  nextCheckEntry,
  suggestNextCheck,
  type NextCheckProblem,
} from '../../../core/assessment/next-check';
import { toIsoDate } from '../../../core/assessment/iso-date';
import { slug } from '../../../core/slug';
import type { WorkshopRecord } from '../../../core/assessment/workshop-record';
import type { Assessment } from '../../../schemas/assessment';
import { withBase } from '../../../lib/base';
import { downloadText } from '../../shared/download';
import { LoadFailed } from '../../shared/lazy';
import type { Announce } from '../types';

interface Props {
  record: WorkshopRecord;
  assessment: Assessment;
  announce: Announce;
}

/** The next check's day and time, and the calendar file. */
export function NextCheck({ record, assessment, announce }: Props) {
  const [date, setDate] = useState(() => suggestNextCheck(record.date));
  const [time, setTime] = useState('');
  const [problems, setProblems] = useState<NextCheckProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const problem = (field: NextCheckProblem['field']) => problems.find((p) => p.field === field)?.message ?? '';

  const book = (event: Event) => {
    event.preventDefault();
    const form = { date, time };
    const found = checkNextCheckForm(form, toIsoDate(new Date()));
    setProblems(found);
    if (found[0]) {
      document.getElementById(`next-check-${found[0].field}`)?.focus();
      return;
    }
    const entry = nextCheckEntry(form, {
      team: record.team,
      sessionName: record.sessionName,
      after: record.date,
      assessmentTitle: assessment.title,
      minutes: assessment.minutes,
      workshopUrl: new URL(withBase('/tools/workshop/'), location.origin).href,
    });
    import('../../../core/calendar').then(
      ({ calendarFile }) => {
        setFailed(false);
        const name = slug(record.team ?? record.sessionName) || 'team';
        downloadText(`next-check-${name}-${form.date}.ics`, calendarFile([entry], new Date()), 'text/calendar');
        announce(`Calendar file for the next check on ${form.date} downloaded.`);
      },
      () => {
        setFailed(true);
      },
    );
  };

  const field = (name: 'date' | 'time', label: string, hint: string, value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={`next-check-${name}`}>{label}</label>
      <span class="hint" id={`next-check-${name}-hint`}>
        {hint}
      </span>
      <input
        id={`next-check-${name}`}
        type={name}
        value={value}
        aria-invalid={problem(name) ? 'true' : undefined}
        aria-describedby={
          problem(name) ? `next-check-${name}-hint next-check-${name}-error` : `next-check-${name}-hint`
        }
        onInput={(event) => {
          set(event.currentTarget.value);
          setProblems(problems.filter((p) => p.field !== name));
        }}
      />
      {problem(name) && (
        <span class="error" id={`next-check-${name}-error`}>
          {problem(name)}
        </span>
      )}
    </div>
  );

  return (
    <div class="next-check no-print">
      <h4 id="next-check-title">Book the next check</h4>
      <p>
        A calendar file for everyone’s calendar, with how to join in its description. Download it again with another day
        and the calendar moves the entry rather than adding one.
      </p>
      <form onSubmit={book} noValidate aria-labelledby="next-check-title">
        {field('date', 'Day of the next check', 'Four weeks on, unless you choose another day.', date, setDate)}
        {field(
          'time',
          'Start time (optional)',
          'Leave empty for an all-day entry; with a time it lasts 45 minutes.',
          time,
          setTime,
        )}
        <button type="submit">Download the calendar file (.ics)</button>
      </form>
      {failed && <LoadFailed what="the calendar writer" />}
    </div>
  );
}
