// Spreadsheet downloads and the printed summary.
import { actionsToCsv, teamToCsv } from '../../../core/assessment/result-csv';
import { type TeamSummary } from '../../../core/assessment/team-summary';
import { type WorkshopSession } from '../../../core/assessment/workshop-session';
import { downloadText } from '../../shared/download';
import { fileStem } from '../file-stem';
import type { Announce } from '../types';

interface Props {
  session: WorkshopSession;
  summary: TeamSummary;
  announce: Announce;
}

/** CSV downloads and Print. */
export function ExportStep({ session, summary, announce }: Props) {
  const record = session.record;
  return (
    <section class="card export-step no-print" aria-labelledby="export-title">
      <h3 id="export-title">Take it away</h3>
      <p>
        The spreadsheet holds team figures only (counts, medians, ranges, agreed ratings and notes), never one person’s
        answers.
      </p>
      <p class="actions">
        <button
          type="button"
          onClick={() => {
            downloadText(`${fileStem(session)}.csv`, teamToCsv(summary, record ?? undefined), 'text/csv');
            announce('Team summary downloaded as a CSV file.');
          }}
        >
          Download the team summary (CSV)
        </button>{' '}
        {record && record.actions.length > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              downloadText(`${fileStem(session)}-actions.csv`, actionsToCsv(record), 'text/csv');
              announce('Actions downloaded as a CSV file.');
            }}
          >
            Download the actions (CSV)
          </button>
        )}{' '}
        <button type="button" class="secondary" onClick={print}>
          Print the workshop summary
        </button>
      </p>
    </section>
  );
}
