// A one-field form that adds something (a stage, a moment). Enter or the button adds; core's refusal
// is shown under the field and the typed text stays; after adding, the field is cleared and keeps
// focus so a team can type one after another.
import { useState } from 'preact/hooks';
import { domId } from './labels';

interface Props {
  /** The input's id (focus targets use it). */
  id: string;
  label: string;
  /** The button's visible text. */
  button: string;
  /** Words added to the button's name for screen readers, e.g. ` to “Arriving”`. */
  buttonDetail?: string;
  hint: string;
  /** Adds the text; returns core's sentence when refused. */
  onAdd: (text: string) => string | undefined;
}

/** A labelled field and an Add button. */
export function AddForm({ id, label, button, buttonDetail, hint, onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const hintId = domId.sub(id, 'hint');
  const errorId = domId.sub(id, 'error');
  return (
    <form
      class="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        const message = onAdd(text);
        setError(message);
        if (!message) setText('');
      }}
    >
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onInput={(event) => {
            setText(event.currentTarget.value);
          }}
        />
        <span id={hintId} class="hint">
          {hint}
        </span>
        {error && (
          <span id={errorId} class="error">
            {error}
          </span>
        )}
      </div>
      <button type="submit">
        {button}
        {buttonDetail && <span class="visually-hidden">{buttonDetail}</span>}
      </button>
    </form>
  );
}
