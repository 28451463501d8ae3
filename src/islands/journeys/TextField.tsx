// A text field that saves as you type. What the reader typed stays on screen even when core refuses
// it (too long, empty where required); the refusal is shown beside the field and nothing is lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { codePoints } from '../../core/journey/limits';
import { domId } from './labels';

interface Props {
  /** Unique id of the input; the hint and error ids derive from it. */
  id: string;
  label: string;
  /** The saved value. */
  value: string;
  /** Saves the text; returns core's sentence when the text is refused. */
  onSave: (text: string) => string | undefined;
  /** Core's character limit, shown as a hint. */
  limit: number;
  multiline?: boolean;
  /** Extra hint before the character limit. */
  hint?: string;
}

/** A labelled input or textarea, validated by core on every keystroke. */
export function TextField({ id, label, value, onSave, limit, multiline = false, hint }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shown = useRef(value);

  useEffect(() => {
    // Another tab (or another view) changed the saved value: show it, unless the reader is typing here.
    if (shown.current === value) return;
    shown.current = value;
    if (document.activeElement !== input.current) {
      setDraft(value);
      setError(undefined);
    }
  }, [value]);

  const onInput = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    setDraft(text);
    setError(onSave(text));
  };
  // Counted in code points, as core counts, so an emoji is one character.
  const length = codePoints(draft);
  const over = length > limit;
  const hintText = `${hint ? `${hint} ` : ''}Up to ${limit} characters${over ? `; you have ${length}` : ''}.`;
  const hintId = domId.sub(id, 'hint');
  const errorId = domId.sub(id, 'error');
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const shared = {
    id,
    ref: input,
    value: draft,
    onInput,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea {...shared} rows={3} /> : <input {...shared} type="text" autoComplete="off" />}
      {/* The bare character limit is for screen readers; sighted readers see it once they go over. */}
      <span id={hintId} class={hint || over ? 'hint' : 'hint visually-hidden'}>
        {hintText}
      </span>
      {error && (
        <span id={errorId} class="error">
          {error}
        </span>
      )}
    </div>
  );
}
