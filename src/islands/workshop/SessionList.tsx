// The sessions saved on this device: open one, delete one (with undo), start another, or import a file.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { readPickedFile } from '../shared/download';
import { LoadFailed, lazyComponent } from '../shared/lazy';
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

// Team trends and the roll-up are their own chunk, fetched as the facilitator scrolls to them; the
// trend's and the roll-up's views are later chunks still, fetched when opened.
const AfterRoom = lazyComponent(() => import('./AfterRoom').then((m) => m.AfterRoom), {
  what: 'team trends and the roll-up across teams',
  near: true,
});

// Importing a file checks every share code in it, so the code reader is fetched when a file is chosen.
const loadCodes = () => import('../../stores/workshop-codes');

/** Largest team result file accepted, checked before reading. */
const MAX_IMPORT_BYTES = 1_000_000;

/** Every saved session, with open, delete, new and import. */
export function SessionList({ sessions, active, assessments, headingRef, onOpen, onDelete, onNew, announce }: Props) {
  const [importError, setImportError] = useState('');
  const [loadFailed, setLoadFailed] = useState(false);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readPickedFile(file, MAX_IMPORT_BYTES);
    if (!read.ok) {
      setImportError(read.message);
      return;
    }
    const codes = await loadCodes().catch(() => null);
    setLoadFailed(codes === null);
    if (codes === null) return;
    const result = codes.importSession(read.text, assessments);
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
        {loadFailed && <LoadFailed what="the team result import" />}
      </section>
      <AfterRoom assessments={assessments} announce={announce} />
    </>
  );
}
