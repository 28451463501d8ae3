// One number field: label, help, citation for a sourced default, the unit, and the problem with
// what was typed. The box always shows exactly what the reader typed: nothing is reformatted.
import type { ComponentChildren } from 'preact';
import type { NumberInputDefinition } from '../../core/calculator/inputs';
import { useHelp } from './help';
import { Citation } from './sources';

interface Props {
  /** The input's id; its help and message ids derive from it. */
  id: string;
  /** The field's label, unit, range and help. */
  definition: NumberInputDefinition;
  /** What the reader typed. */
  text: string;
  /** The problem with what was typed, if any. */
  error: string | undefined;
  /** Called with the new text on every keystroke. */
  onText: (text: string) => void;
  /** A unit shown after the box, e.g. "%" or "EUR". */
  unit?: string | undefined;
  /** A label to use instead of the definition's, e.g. shorter in a table of scores. */
  label?: string;
  /** Extra help after the definition's, e.g. when the field is used. */
  note?: string | undefined;
  /** What follows the box, e.g. the control that gives the input as a range. */
  children?: ComponentChildren;
}

/** A labelled text box for a number, with inline validation. */
export function NumberField({ id, definition, text, error, onText, unit, label, note, children }: Props) {
  const help = useHelp(definition.key, definition.help);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;
  const describedBy = [unit ? unitId : '', helpId, error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class={`field calc-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label ?? definition.label}</label>
      <p class="hint" id={helpId}>
        {help}
        {note ? ` ${note}` : ''}{' '}
        <Citation
          id={definition.source}
          lead={definition.sourceGives === 'concept' ? 'The idea comes from' : 'Default from'}
        />
      </p>
      {error && (
        <p class="error" id={errorId}>
          {error}
        </p>
      )}
      <span class="calc-input">
        <input
          id={id}
          type="text"
          inputMode={definition.min < 0 ? 'text' : 'decimal'}
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => {
            onText(event.currentTarget.value);
          }}
        />
        {unit && (
          <span class="calc-unit" id={unitId}>
            {unit}
          </span>
        )}
      </span>
      {children}
    </div>
  );
}
