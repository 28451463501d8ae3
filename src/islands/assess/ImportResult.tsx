// Brings back a result exported from this page, on this device or another, into the history.
import { useState } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import { importIntoHistory } from '../../stores/assess-history';
import { readPickedFile } from '../shared/download';
import { describeOversizedFile, MAX_RESULT_FILE_BYTES } from './files';

interface Props {
  assessment: Assessment;
  /** Reports a success, for the live region. */
  onMessage: (message: string) => void;
  /** Shows the imported result, by its place in the history. */
  onImported?: (index: number) => void;
}

/** A file picker that imports one result file and explains any problem. */
export function ImportResult({ assessment, onMessage, onImported }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const read = await readPickedFile(file, MAX_RESULT_FILE_BYTES, describeOversizedFile);
    // Clearing the picker lets the same file be chosen again after a fix.
    input.value = '';
    if (!read.ok) {
      setError(read.message);
      setNote(null);
      return;
    }
    const imported = importIntoHistory(assessment, read.text);
    if (!imported.ok) {
      setError(imported.message);
      setNote(null);
      return;
    }
    setError(null);
    setNote(imported.note);
    const name = `“${imported.result.label}” (${imported.result.date})`;
    onMessage(
      imported.duplicate
        ? `${name} is already in your saved results, so it was not added again.`
        : `Imported ${name} into your saved results.`,
    );
    onImported?.(imported.index);
  };

  return (
    <div class="import-result no-print">
      <h3 id="import-heading">Import a result</h3>
      <div class="field">
        <label for="import-file">Result file (.json, exported from this page)</label>
        <span class="hint" id="import-hint">
          The file is read in this browser and never uploaded.
        </span>
        {error && (
          <span class="error" id="import-error" role="alert">
            {error}
          </span>
        )}
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'import-hint import-error' : 'import-hint'}
          onChange={(event) => {
            void pick(event.currentTarget);
          }}
        />
      </div>
      {note && <p class="notice">{note}</p>}
    </div>
  );
}
