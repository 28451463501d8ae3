// Saves the current answers to the history under a name and a date the person chooses.
import { useState } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from '../../core/assessment/answers';
import { isIsoDate, toIsoDate } from '../../core/assessment/iso-date';
import { saveResult } from '../../stores/assess-history';

interface Props {
  assessment: Assessment;
  answers: Answers;
  /** Reports what happened, for the live region. */
  onMessage: (message: string) => void;
}

/** A small form: name, date, save. */
export function SaveResultForm({ assessment, answers, onMessage }: Props) {
  const [label, setLabel] = useState('');
  const [date, setDate] = useState(() => toIsoDate(new Date()));
  const [dateError, setDateError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setDateError('Enter the date the result was taken, for example 2025-03-31.');
      document.getElementById('save-date')?.focus();
      return;
    }
    setDateError(null);
    const saved = saveResult(assessment, answers, label, date);
    if (!saved.ok) {
      setSaveError(saved.message);
      return;
    }
    setSaveError(null);
    setLabel('');
    onMessage(
      saved.duplicate
        ? `This result is already in your saved results as “${saved.result.label}”.`
        : `Saved “${saved.result.label}” (${saved.result.date}) to your results on this device.`,
    );
  };

  return (
    <form class="save-result no-print" onSubmit={submit} noValidate aria-labelledby="save-result-heading">
      <h3 id="save-result-heading">Save this result</h3>
      <p>Keep it on this device to compare with a later one, for example after you have tried some plays.</p>
      <div class="save-fields">
        <div class="field">
          <label for="save-label">Name</label>
          <span class="hint" id="save-label-hint">
            For example “Before the reorganisation”. Leave it empty for “My result”.
          </span>
          <input
            id="save-label"
            type="text"
            maxLength={80}
            value={label}
            aria-describedby="save-label-hint"
            onInput={(event) => {
              setLabel(event.currentTarget.value);
            }}
          />
        </div>
        <div class="field">
          <label for="save-date">Date taken</label>
          {dateError && (
            <span class="error" id="save-date-error">
              {dateError}
            </span>
          )}
          <input
            id="save-date"
            type="date"
            value={date}
            aria-invalid={dateError ? 'true' : undefined}
            aria-describedby={dateError ? 'save-date-error' : undefined}
            onInput={(event) => {
              setDate(event.currentTarget.value);
            }}
          />
        </div>
      </div>
      {saveError && (
        <p class="notice" role="alert">
          {saveError}
        </p>
      )}
      <button type="submit">Save result</button>
    </form>
  );
}
