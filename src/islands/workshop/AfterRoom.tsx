// After the room, on the facilitator's page: each team's trend from one workshop to the next, and
// the roll-up across teams for a leader. Each view's code is fetched when it is opened.
import { useState } from 'preact/hooks';
import { teamAssessments, teamNames, teamRecords } from '../../core/assessment/trend';
import { $workshopRecords } from '../../stores/workshop-records';
import type { Assessment } from '../../schemas/assessment';
import { lazyComponent } from '../shared/lazy';
import { useAtom } from '../shared/use-atom';
import type { Announce } from './types';
import './after.css';

// The trend is its own chunk, with chart.js fetched later still: only a facilitator who opens it pays for it.
const TeamTrend = lazyComponent(() => import('./TeamTrend').then((m) => m.TeamTrend), { what: 'the team trend' });

// The roll-up is its own chunk too, fetched when a leader opens it.
const Rollup = lazyComponent(() => import('./Rollup').then((m) => m.Rollup), { what: 'the roll-up' });

/** The roll-up across teams, opened on demand. */
function RollupSection({ assessments, announce }: { assessments: Assessment[]; announce: Announce }) {
  const [open, setOpen] = useState(false);
  const titles = Object.fromEntries(assessments.map((a) => [a.id, a.title]));
  return (
    <section class="rollup no-print" aria-labelledby="rollup-title">
      <h2 id="rollup-title">Roll-up across teams</h2>
      <p>
        For a leader: add the team summary files of three teams or more to see, per dimension, each team’s agreed rating
        and spread side by side. The files hold no one’s answers.
      </p>
      <p>
        <button
          type="button"
          class="secondary"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="rollup-view"
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Close the roll-up' : 'Open the roll-up'}
        </button>
      </p>
      <div id="rollup-view">{open && <Rollup announce={announce} titles={titles} />}</div>
    </section>
  );
}

/** Pick a team and an assessment, then open its trend. */
function TeamTrends({ assessments }: { assessments: Assessment[] }) {
  const records = useAtom($workshopRecords);
  const teams = teamNames(records);
  const [picked, setPicked] = useState('');
  const [pickedAssessment, setPickedAssessment] = useState('');
  const [open, setOpen] = useState(false);
  const team = teams.find((t) => t === picked) ?? teams[0] ?? '';
  const ids = team ? teamAssessments(records, team) : [];
  const assessmentId = ids.find((id) => id === pickedAssessment) ?? ids[0] ?? '';
  const title = (id: string) => assessments.find((a) => a.id === id)?.title ?? id;
  return (
    <section class="team-trends no-print" aria-labelledby="trends-title">
      <h2 id="trends-title">Team trends</h2>
      {teams.length === 0 ? (
        <p>
          Name the team when you start a session, then save its workshop record: each team’s trend from one workshop to
          the next shows here.
        </p>
      ) : (
        <>
          <div class="trend-pickers">
            <div class="field">
              <label for="trend-team">Team</label>
              <select
                id="trend-team"
                value={team}
                onChange={(event) => {
                  setPicked(event.currentTarget.value);
                }}
              >
                {teams.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="trend-assessment">Assessment</label>
              <select
                id="trend-assessment"
                value={assessmentId}
                onChange={(event) => {
                  setPickedAssessment(event.currentTarget.value);
                }}
              >
                {ids.map((id) => (
                  <option key={id} value={id}>
                    {title(id)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p>
            <button
              type="button"
              class="secondary"
              aria-expanded={open ? 'true' : 'false'}
              aria-controls="trend-view"
              onClick={() => {
                setOpen(!open);
              }}
            >
              {open ? 'Hide the trend' : 'Show the trend'}
            </button>
          </p>
          <div id="trend-view">
            {open && (
              <TeamTrend
                team={team}
                assessmentTitle={title(assessmentId)}
                records={teamRecords(records, team, assessmentId)}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** Team trends, then the roll-up. */
export function AfterRoom({ assessments, announce }: { assessments: Assessment[]; announce: Announce }) {
  return (
    <>
      <TeamTrends assessments={assessments} />
      <RollupSection assessments={assessments} announce={announce} />
    </>
  );
}
