// A link or code shown in full with a Copy button. Where the clipboard is not available (older
// browsers, some embedded views) the text is selected so the person can copy it by hand.
import { useRef, useState } from 'preact/hooks';

interface Props {
  /** Field id, also used for the label. */
  id: string;
  /** The field's label. */
  label: string;
  /** The text to show and copy. */
  value: string;
  /** The button's words, e.g. "Copy the link". */
  button: string;
  /** Visible lines; links need more than codes. */
  rows?: number;
}

/** A read-only field with a copy button and a polite confirmation. */
export function CopyText({ id, label, value, button, rows = 2 }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('Copying was blocked here. The text is selected: press Ctrl+C, or ⌘C on a Mac, to copy it.');
    }
  };
  return (
    <div class="field copy-text">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={value}
        class="copy-value"
        spellcheck={false}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <p class="copy-row">
        <button type="button" onClick={() => void copy()}>
          {button}
        </button>{' '}
        <span role="status" class="copy-status">
          {status}
        </span>
      </p>
    </div>
  );
}
