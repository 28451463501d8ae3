// Starting a session: pick the assessment, give the session a name.
import { useEffect, useRef, useState } from 'preact/hooks';
import { startSession } from '../../stores/workshop';
import { $workshopRecords } from '../../stores/workshop-records';
import { $workshopTeams, nameSessionTeam } from '../../stores/workshop-teams';
import { teamNames } from '../../core/assessment/trend';
import { readTeamName } from '../../core/assessment/workshop-team';
import { useAtom } from '../shared/use-atom';
import type { Assessment } from '../../schemas/assessment';
import type { Announce } from './types';

interface Props {
  assessments: Assessment[];
  announce: Announce;
  /** Move focus to the form's heading when it appears (after "Start a new session"). */
  focusOnMount: boolean;
}

/** The form that starts a workshop session. */
export function NewSessionForm({ assessments, announce, focusOnMount }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  const [assessmentId, setAssessmentId] = useState<string>(assessments[0]?.id ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [team, setTeam] = useState('');
  const [teamError, setTeamError] = useState('');
  const records = useAtom($workshopRecords);
  const teams = useAtom($workshopTeams);
  const knownTeams = teamNames(records, Object.values(teams.sessions));

  const submit = (event: Event) => {
    event.preventDefault();
    const assessment = assessments.find((a) => a.id === assessmentId);
    if (!assessment) return;
    if (name.trim() === '') {
      setError('Give the session a name, for example “Support team, March”.');
      document.getElementById('session-name')?.focus();
      return;
    }
    const checkedTeam = readTeamName(team);
    if (!checkedTeam.ok) {
      setTeamError(checkedTeam.message);
      document.getElementById('session-team')?.focus();
      return;
    }
    const session = startSession(assessment, name);
    if (checkedTeam.team !== null) nameSessionTeam(session.id, checkedTeam.team);
    const forTeam = checkedTeam.team === null ? '' : ` for ${checkedTeam.team}`;
    announce(`Session “${session.name}”${forTeam} started. Show the join link or its QR code to the team.`);
  };

  return (
    <section class="card new-session no-print" aria-labelledby="new-session-title">
      <h2 id="new-session-title" ref={heading} tabindex={-1}>
        Start a workshop session
      </h2>
      <p>
        Everyone answers on their own device, then sends you a short code. Their answers stay on their device and yours:
        there is no account and no server.
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset class="assessment-choice">
          <legend>Which assessment will the team answer?</legend>
          {assessments.map((a) => (
            <div class="choice" key={a.id}>
              <input
                type="radio"
                name="workshop-assessment"
                id={`assessment-${a.id}`}
                value={a.id}
                checked={assessmentId === a.id}
                onChange={() => {
                  setAssessmentId(a.id);
                }}
              />
              <label for={`assessment-${a.id}`}>
                <strong>{a.title}</strong>
                <span class="hint">
                  {a.dimensions.length} dimensions, about {a.minutes} minutes
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="session-name">Session name</label>
          <span class="hint" id="session-name-hint">
            Only you see it. It helps you find the session again and names the workshop record.
          </span>
          <input
            id="session-name"
            type="text"
            maxLength={80}
            autocomplete="off"
            value={name}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'session-name-hint session-name-error' : 'session-name-hint'}
            onInput={(event) => {
              setName(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          {error && (
            <span class="error" id="session-name-error">
              {error}
            </span>
          )}
        </div>
        <div class="field">
          <label for="session-team">Team (optional)</label>
          <span class="hint" id="session-team-hint">
            Name the team to follow it from one workshop to the next: its trend, and last time’s actions. Kept only on
            this device.
          </span>
          <input
            id="session-team"
            type="text"
            maxLength={60}
            autocomplete="off"
            list="known-teams"
            value={team}
            aria-invalid={teamError ? 'true' : undefined}
            aria-describedby={teamError ? 'session-team-hint session-team-error' : 'session-team-hint'}
            onInput={(event) => {
              setTeam(event.currentTarget.value);
              if (teamError) setTeamError('');
            }}
          />
          <datalist id="known-teams">
            {knownTeams.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
          {teamError && (
            <span class="error" id="session-team-error">
              {teamError}
            </span>
          )}
        </div>
        <button type="submit">Start the session</button>
      </form>
    </section>
  );
}
