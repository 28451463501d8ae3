// "My data": see what Accueil keeps on this device, back it all up, restore it, or delete it.
import { useEffect, useState } from 'preact/hooks';
import { createBackup, MAX_BACKUP_CHARS, readBackup, summariseKeys, type Backup } from '../../core/backup';
import { readAllData, replaceAllData } from '../../stores/all-data';
import { downloadText, readPickedFile, todayStamp } from '../shared/download';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';

type Snapshot = Record<string, string>;

function describe(data: Snapshot): string {
  const { count, tools } = summariseKeys(Object.keys(data));
  if (count === 0) return 'Nothing is stored on this device yet.';
  return `${count} saved item${count === 1 ? '' : 's'}: ${tools.join(', ')}.`;
}

function MyDataPanel() {
  // The server has no storage: render what it rendered, then read this device's data once hydrated,
  // because hydration does not correct attributes (such as disabled) that differ from the server's.
  const [data, setData] = useState<Snapshot | null>(null);
  const [preview, setPreview] = useState<Backup | null>(null);
  const [problem, setProblem] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [undo, setUndo] = useState<{ message: string; snapshot: Snapshot } | null>(null);
  const refresh = () => {
    setData(readAllData());
  };
  useEffect(refresh, []);
  const count = data ? Object.keys(data).length : 0;

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setProblem('');
    if (!file) return;
    const picked = await readPickedFile(file, MAX_BACKUP_CHARS);
    const result = picked.ok ? readBackup(picked.text) : picked;
    if (result.ok) setPreview(result.backup);
    else setProblem(result.message);
  };

  const apply = (next: Snapshot, message: string) => {
    const before = readAllData();
    replaceAllData(next);
    setUndo({ message, snapshot: before });
    refresh();
  };

  return (
    <div class="my-data">
      <StorageNotices keys={data ? Object.keys(data) : []} />
      <section class="card" aria-labelledby="stored-title">
        <h2 id="stored-title">What is stored here</h2>
        <p>{data ? describe(data) : 'Checking what is stored on this device…'}</p>
        <p class="muted">It is kept in this browser only. Clearing the browser’s site data also removes it.</p>
      </section>

      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">Back up everything</h2>
        <p>Save one file with all your assessments, workshops, calculator figures and worksheets.</p>
        <button
          type="button"
          disabled={count === 0}
          onClick={() => {
            downloadText(`accueil-backup-${todayStamp()}.json`, createBackup(readAllData(), new Date()));
          }}
        >
          Export everything
        </button>
      </section>

      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">Restore from a backup</h2>
        <div class="field">
          <label for="backup-file">Choose an Accueil backup file</label>
          <input
            id="backup-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={problem ? 'backup-problem' : undefined}
            aria-invalid={problem ? 'true' : undefined}
            onChange={(event) => {
              void choose(event.currentTarget.files?.[0]);
            }}
          />
          {problem && (
            <p id="backup-problem" class="error" role="alert">
              {problem}
            </p>
          )}
        </div>
        {preview && (
          <div class="preview" role="group" aria-labelledby="preview-title">
            <h3 id="preview-title">This backup was made on {preview.createdAt.slice(0, 10)}</h3>
            <p>{describe(preview.entries)}</p>
            <p>Restoring replaces what is stored on this device now. You can undo it straight after.</p>
            <button
              type="button"
              onClick={() => {
                apply(preview.entries, 'Backup restored. Reload any other open Accueil page to see it.');
                setPreview(null);
              }}
            >
              Restore this backup
            </button>{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setPreview(null);
              }}
            >
              Cancel
            </button>
          </div>
        )}
      </section>

      <section class="card danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete all my data on this device</h2>
        {confirmingDelete ? (
          <div role="group" aria-labelledby="confirm-title">
            <p id="confirm-title">
              Delete {count} saved item{count === 1 ? '' : 's'}? Export a backup first if you may need them.
            </p>
            <button
              type="button"
              onClick={() => {
                apply({}, 'All your Accueil data on this device was deleted.');
                setConfirmingDelete(false);
              }}
            >
              Yes, delete everything
            </button>{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirmingDelete(false);
              }}
            >
              Keep my data
            </button>
          </div>
        ) : (
          <button
            type="button"
            disabled={count === 0}
            onClick={() => {
              setConfirmingDelete(true);
            }}
          >
            Delete all my data
          </button>
        )}
      </section>

      {undo && (
        <UndoNotice
          message={undo.message}
          onUndo={() => {
            replaceAllData(undo.snapshot);
            setUndo(null);
            refresh();
          }}
          onDismiss={() => {
            setUndo(null);
          }}
        />
      )}
    </div>
  );
}

/** The island: the panel inside an error boundary. */
export default function MyData() {
  return (
    <ErrorBoundary tool="data page">
      <MyDataPanel />
    </ErrorBoundary>
  );
}
