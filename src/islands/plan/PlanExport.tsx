// "Take the plan with you": the whole plan (whatever the filters show) as Markdown, CSV (formula-safe),
// a printout, or a calendar file of the due dates, written by ical.js, which loads only when asked for.
import { useState } from 'preact/hooks';
import { planCalendar, planCsv, planMarkdown, type PlanItem } from '../../core/plan';
import { downloadText, todayStamp } from '../shared/download';
import { LoadFailed } from '../shared/lazy';

/** Downloads the whole plan as Markdown or CSV. */
export function downloadPlan(items: readonly PlanItem[], kind: 'md' | 'csv'): void {
  const stamp = todayStamp();
  if (kind === 'md') downloadText(`accueil-action-plan-${stamp}.md`, planMarkdown(items, stamp), 'text/markdown');
  else downloadText(`accueil-action-plan-${stamp}.csv`, planCsv(items), 'text/csv');
}

interface Props {
  /** Every action in the plan. */
  items: readonly PlanItem[];
}

/** The export and print section below the list. */
export function PlanExport({ items }: Props) {
  const dated = items.filter((item) => item.due !== null && item.status !== 'dropped').length;
  // The calendar library loads only when a calendar file is asked for.
  const [calendarFailed, setCalendarFailed] = useState(false);
  const saveCalendar = (kind: 'todo' | 'event'): void => {
    import('../../core/calendar').then(
      ({ calendarFile }) => {
        setCalendarFailed(false);
        const text = calendarFile(planCalendar(items, kind), new Date());
        downloadText(`accueil-action-plan-${todayStamp()}.ics`, text, 'text/calendar');
      },
      () => {
        setCalendarFailed(true);
      },
    );
  };
  return (
    <section class="plan-export no-print" aria-labelledby="plan-export-title">
      <h2 id="plan-export-title">Take the plan with you</h2>
      <p>The files hold every action, whatever the filters show. Nothing leaves this device until you share a file.</p>
      <p class="plan-buttons">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            downloadPlan(items, 'md');
          }}
        >
          Download as Markdown
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            downloadPlan(items, 'csv');
          }}
        >
          Download as a spreadsheet (CSV)
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
      </p>
      {dated === 0 ? (
        <p>Give an action a due date to put it in a calendar.</p>
      ) : (
        <p class="plan-buttons">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              saveCalendar('todo');
            }}
          >
            Due dates as calendar to-dos (.ics)
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              saveCalendar('event');
            }}
          >
            Due dates as calendar events (.ics)
          </button>
        </p>
      )}
      {calendarFailed && <LoadFailed what="the calendar writer" />}
    </section>
  );
}
