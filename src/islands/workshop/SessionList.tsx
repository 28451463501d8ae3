// The sessions saved on this device: open one, delete one (with undo), start another, or import a file.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { readPickedFile } from '../shared/download';
import { lazyComponent } from '../shared/lazy';
import { useAtom } from '../shared/use-atom';
import { importSession } from '../../stores/workshop';
import { $workshopRecords } from '../../stores/workshop-records';
import { teamAssessments, teamNames, teamRecords } from '../../core/assessment/trend';
import './after.css';
import type { WorkshopSession } from '../../core/assessment/workshop-session';
import type { Assessment } from '../../schemas/assessment';
import type { Announce } from './types';

interface Props {
  sessions: WorkshopSession[];
  active: string | null;
  assessments: Assessment[];
  headingRef: RefObject<HTMLHeadingElement>;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onNew: () => void;
  announce: Announce;
}

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

/** Largest team result file accepted, checked before reading. */
const MAX_IMPORT_BYTES = 1_000_000;

/** Every saved session, with open, delete, new and import. */
export function SessionList({ sessions, active, assessments, headingRef, onOpen, onDelete, onNew, announce }: Props) {
  const [importError, setImportError] = useState('');
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readPickedFile(file, MAX_IMPORT_BYTES);
    const result = read.ok ? importSession(read.text, assessments) : { ok: false, message: read.message };
    setImportError(result.ok ? '' : result.message);
    if (result.ok) announce(result.message);
  };
  return (
    <>
      <section class="session-list no-print" aria-labelledby="sessions-title">
        <h2 id="sessions-title" ref={headingRef} tabindex={-1}>
          Your sessions on this device
        </h2>
        {sessions.length === 0 ? (
          <p>No sessions yet. Start one above; it is saved in this browser so you can come back to it.</p>
        ) : (
          <ul class="sessions">
            {sessions.map((s) => {
              const title = assessments.find((a) => a.id === s.assessmentId)?.title ?? s.assessmentId;
              return (
                <li key={s.id} class={s.id === active ? 'current' : undefined}>
                  <span class="session-name">
                    <strong>{s.name}</strong>
                    {s.id === active && <span class="tag"> (open)</span>}
                  </span>
                  <span class="hint">
                    {title}, started {s.created}, {s.codes.length} {s.codes.length === 1 ? 'code' : 'codes'}
                  </span>
                  <span class="session-actions">
                    {s.id !== active && (
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => {
                          onOpen(s.id);
                        }}
                      >
                        Open<span class="visually-hidden"> {s.name}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        onDelete(s.id);
                      }}
                    >
                      Delete<span class="visually-hidden"> {s.name}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p class="actions">
          {active !== null && (
            <button type="button" onClick={onNew}>
              Start a new session
            </button>
          )}
        </p>
        <div class="field">
          <label for="team-import">Import a team result file</label>
          <span class="hint" id="team-import-hint">
            A .json file downloaded from this page, on this device or another one.
          </span>
          <input
            id="team-import"
            type="file"
            accept=".json,application/json"
            aria-invalid={importError ? 'true' : undefined}
            aria-describedby={importError ? 'team-import-hint team-import-error' : 'team-import-hint'}
            onChange={(event) => void pick(event.currentTarget)}
          />
          {importError && (
            <span class="error" id="team-import-error">
              {importError}
            </span>
          )}
        </div>
      </section>
      <TeamTrends assessments={assessments} />
      <RollupSection assessments={assessments} announce={announce} />
    </>
  );
}
