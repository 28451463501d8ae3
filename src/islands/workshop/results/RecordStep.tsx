// Saving the workshop record and comparing it with the previous workshop on the same assessment.
import { useAtom } from '../../shared/use-atom';
import { formatChange, formatScore } from '../../../core/assessment/text';
import { findPreviousRecord } from '../../../core/assessment/workshop-history';
import { compareRecords } from '../../../core/assessment/workshop-compare';
import { withTeam, type WorkshopRecord } from '../../../core/assessment/workshop-record';
import { teamOfSession } from '../../../core/assessment/workshop-team';
import { $workshopTeams } from '../../../stores/workshop-teams';
import { type WorkshopSession } from '../../../core/assessment/workshop-session';
import { saveSessionRecord } from '../../../stores/workshop-codes';
import { $workshopRecords } from '../../../stores/workshop-records';
import type { Assessment } from '../../../schemas/assessment';
import type { Announce } from '../types';
import { NextCheck } from './NextCheck';
import { exportTeamSummary } from '../../../core/assessment/team-rollup';
import { slug } from '../../../core/slug';
import { downloadText } from '../../shared/download';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  announce: Announce;
}

const agreedText = (value: number | null): string => (value === null ? 'not agreed' : String(value));

function Comparison({ previous, current }: { previous: WorkshopRecord; current: WorkshopRecord }) {
  const comparison = compareRecords(previous, current);
  if (!comparison.ok) return <p>{comparison.message}</p>;
  return (
    <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex={0}>
      <table>
        <caption id="compare-caption">
          Compared with “{previous.sessionName}” on {previous.date}
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col" class="num">
              Agreed then
            </th>
            <th scope="col" class="num">
              Agreed now
            </th>
            <th scope="col" class="num">
              Change
            </th>
            <th scope="col" class="num">
              Median then
            </th>
            <th scope="col" class="num">
              Median now
            </th>
            <th scope="col" class="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td class="num">{agreedText(d.agreedBefore)}</td>
              <td class="num">{agreedText(d.agreedNow)}</td>
              <td class="num">{formatChange(d.agreedChange)}</td>
              <td class="num">{formatScore(d.medianBefore)}</td>
              <td class="num">{formatScore(d.medianNow)}</td>
              <td class="num">{formatChange(d.medianChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.note && <p class="hint">{comparison.note}</p>}
    </div>
  );
}

/** Save button, save state and the comparison with the previous workshop. */
export function RecordStep({ session, assessment, announce }: Props) {
  const history = useAtom($workshopRecords);
  const team = teamOfSession(useAtom($workshopTeams), session.id);
  // The record is saved with the session's team (see saveSessionRecord).
  const record = session.record === null ? null : withTeam(session.record, team);
  const unsaved = record !== null && JSON.stringify(record) !== JSON.stringify(session.savedRecord);
  const previous = record ? findPreviousRecord(history, record, session.savedRecord) : null;
  return (
    <section class="card record-step" aria-labelledby="record-title">
      <h3 id="record-title">Workshop record</h3>
      {record === null ? (
        <p class="no-print">Agree a rating or add an action above to start the record of this workshop.</p>
      ) : (
        <>
          <p>
            {unsaved
              ? 'Save the record to keep it in this browser’s workshop history, so the next workshop on this assessment can show what moved.'
              : `Saved in this browser’s workshop history on ${record.date}.`}
            {team !== null && ` It belongs to the team “${team}”, whose trend is under Team trends below.`}
          </p>
          <p class="no-print">
            <button
              type="button"
              disabled={!unsaved}
              onClick={() => {
                if (saveSessionRecord(session.id)) {
                  announce(`Workshop record saved. The next workshop on ${assessment.title} will be compared with it.`);
                }
              }}
            >
              Save the workshop record
            </button>
          </p>
          {session.savedRecord !== null && (
            <>
              <NextCheck record={withTeam(session.savedRecord, team)} assessment={assessment} announce={announce} />
              <div class="summary-export no-print">
                <h4>Share with a leader</h4>
                <p>
                  The team summary holds, for each dimension, the agreed rating and the team’s spread: no one’s answers,
                  notes or actions. A leader adds the roll-up summaries of three teams or more under “Roll-up across
                  teams”.
                </p>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    const saved = withTeam(session.savedRecord ?? record, team);
                    const name = slug(saved.team ?? saved.sessionName) || 'team';
                    downloadText(`team-summary-${name}-${saved.date}.json`, exportTeamSummary(saved));
                    announce('Team summary downloaded.');
                  }}
                >
                  Download the roll-up summary
                </button>
              </div>
            </>
          )}
          {previous ? (
            <Comparison previous={previous} current={record} />
          ) : (
            <p>
              This is the first workshop on {assessment.title} saved in this browser. Next time, you will see here what
              moved since.
            </p>
          )}
        </>
      )}
    </section>
  );
}
