// The roll-up across teams: a leader adds the team summary files teams sent them (never anyone's
// answers) and sees, per dimension, each team's agreed rating and spread. Teams are Team A, B, C
// unless the leader chooses to show names, and nothing is shown from fewer than three teams.
// The files stay in this page only: nothing is stored.
import { useState } from 'preact/hooks';
import { buildRollup, readTeamSummary, type TeamSummaryFile } from '../../core/assessment/team-rollup';
import { readPickedFile } from '../shared/download';
import { AgreedTable } from './AgreedTable';
import type { Announce } from './types';

interface Added {
  /** A number of its own, so removing one file never renumbers another's key. */
  id: number;
  summary: TeamSummaryFile;
}

/** Largest file read, checked before reading. */
const MAX_FILE_BYTES = 200_000;
/** Most files added at once. */
const MAX_FILES = 40;

/** Add files, see the roll-up. */
export function Rollup({ announce, titles }: { announce: Announce; titles: Record<string, string> }) {
  const [added, setAdded] = useState<Added[]>([]);
  const [nextId, setNextId] = useState(1);
  const [refused, setRefused] = useState<string[]>([]);
  const [showNames, setShowNames] = useState(false);

  const pick = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const problems: string[] = [];
    const fresh: Added[] = [];
    if (files.length > MAX_FILES)
      problems.push(`Only the first ${String(MAX_FILES)} files were read; add the rest after.`);
    for (const file of files.slice(0, MAX_FILES)) {
      const read = await readPickedFile(
        file,
        MAX_FILE_BYTES,
        (bytes) =>
          `“${file.name}” was not added: it is ${String(Math.ceil(bytes / 1000))} KB, far larger than a team summary (the limit is ${String(MAX_FILE_BYTES / 1000)} KB).`,
      );
      const checked = read.ok ? readTeamSummary(read.text, file.name) : read;
      if (checked.ok) fresh.push({ id: nextId + fresh.length, summary: checked.summary });
      else problems.push(checked.message);
    }
    setNextId(nextId + fresh.length);
    setAdded([...added, ...fresh]);
    setRefused(problems);
    announce(
      `${String(fresh.length)} ${fresh.length === 1 ? 'file' : 'files'} added${problems.length > 0 ? `, ${String(problems.length)} not added` : ''}.`,
    );
  };

  const rollup = buildRollup(
    added.map((a) => a.summary),
    { showNames },
  );

  return (
    <div class="rollup-body">
      <div class="field">
        <label for="rollup-files">Add team summary files</label>
        <span class="hint" id="rollup-files-hint">
          The .json files teams download with “Download the roll-up summary” after saving a workshop record. Choose
          several at once if you like. They stay in this page and are not kept.
        </span>
        <input
          id="rollup-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-invalid={refused.length > 0 ? 'true' : undefined}
          aria-describedby={refused.length > 0 ? 'rollup-files-hint rollup-refused' : 'rollup-files-hint'}
          onChange={(event) => void pick(event.currentTarget)}
        />
        {refused.length > 0 && (
          <ul class="error" id="rollup-refused">
            {refused.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      {added.length > 0 && (
        <>
          <h3 id="rollup-added-title">Files added ({added.length})</h3>
          <ul class="rollup-files" aria-labelledby="rollup-added-title">
            {added.map((a, index) => (
              <li key={a.id}>
                <span>
                  File {index + 1}: {titles[a.summary.assessmentId] ?? a.summary.assessmentId}, workshop of{' '}
                  {a.summary.date}, {a.summary.participantCount}{' '}
                  {a.summary.participantCount === 1 ? 'person' : 'people'}
                  {showNames ? ` (${a.summary.team})` : ''}
                </span>{' '}
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setAdded(added.filter((kept) => kept.id !== a.id));
                    announce(`File ${String(index + 1)} removed.`);
                    document.getElementById('rollup-files')?.focus();
                  }}
                >
                  Remove<span class="visually-hidden"> file {index + 1}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="choice">
        <input
          type="checkbox"
          id="rollup-names"
          checked={showNames}
          onChange={(event) => {
            setShowNames(event.currentTarget.checked);
          }}
        />
        <label for="rollup-names">
          Show team names
          <span class="hint">
            Off by default: teams are Team A, B, C, so the roll-up can be shown without ranking anyone.
          </span>
        </label>
      </div>
      {!rollup.ok ? (
        <p class="notice" id="rollup-refusal" role="status">
          {rollup.message}
        </p>
      ) : (
        <div role="status" class="rollup-result">
          <p>
            {rollup.teams.length} teams on {titles[rollup.assessmentId] ?? rollup.assessmentId}:{' '}
            {rollup.teams.map((t) => `${t.label} (${t.date})`).join(', ')}. For each dimension, the rating each team
            agreed and its spread, the lowest to the highest score in the team (hidden where fewer than three rated).
          </p>
          {rollup.notes.map((note) => (
            <p class="hint" key={note}>
              {note}
            </p>
          ))}
        </div>
      )}
      {rollup.ok && (
        <ul class="rollup-dimensions">
          {rollup.dimensions.map((dimension, index) => (
            <li key={dimension.id}>
              <AgreedTable
                captionId={`rollup-caption-${String(index)}`}
                caption={dimension.label}
                rowHeading="Team"
                rows={dimension.teams.map((cell) => ({ ...cell, key: cell.team, head: cell.team }))}
                ratedBy
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
