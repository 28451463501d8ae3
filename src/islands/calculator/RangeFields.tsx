// A number input given as a range: a small button opens low and high boxes under the input, whose
// own box then holds the likely figure. Both ends are checked as the reader types (a number each,
// low <= likely <= high) and a problem is said under them; nothing typed is changed or dropped.
import { useEffect, useRef } from 'preact/hooks';
import type { RangeEnd, RangeKey, RangeProblems, RangeTexts } from '../../core/calculator/ranges';
import { closeCalculatorRange, openCalculatorRange, setCalculatorRangeText } from '../../stores/calculator';

interface Props {
  /** The input the range belongs to. */
  rangeKey: RangeKey;
  /** The input's own box id; the range's ids derive from it. */
  id: string;
  /** The input's label, so every control says which input it belongs to. */
  label: string;
  /** What was typed at each end, when the range is open. */
  typed: RangeTexts | undefined;
  /** The problems with the range, if any. */
  problems: RangeProblems | undefined;
  /** The unit shown after each box, if any. */
  unit: string | undefined;
}

const END_NAMES: Record<RangeEnd, string> = { low: 'Low', high: 'High' };

/** The "Give a range" button, or the open range's low and high boxes. */
export function RangeFields({ rangeKey, id, label, typed, problems, unit }: Props) {
  const lowBox = useRef<HTMLInputElement>(null);
  const highBox = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'low' | 'toggle' | undefined>(undefined);
  const open = typed !== undefined;
  useEffect(() => {
    if (focusNext.current === 'low') lowBox.current?.focus();
    if (focusNext.current === 'toggle') toggle.current?.focus();
    focusNext.current = undefined;
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        class="secondary calc-range-toggle"
        ref={toggle}
        onClick={() => {
          focusNext.current = 'low';
          openCalculatorRange(rangeKey);
        }}
      >
        Give a range<span class="visually-hidden"> for {label}</span>
      </button>
    );
  }
  const errorId = `${id}-range-error`;
  const messages = [problems?.low, problems?.high, problems?.pair].filter(Boolean);
  const box = (end: RangeEnd) => {
    const boxId = `${id}-${end}`;
    const invalid = end === 'low' ? (problems?.low ?? problems?.pair) : (problems?.high ?? problems?.pair);
    return (
      <div class="calc-range-end">
        <label for={boxId}>
          {END_NAMES[end]}
          <span class="visually-hidden"> for {label}</span>
        </label>
        <span class="calc-input">
          <input
            id={boxId}
            ref={end === 'low' ? lowBox : highBox}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={typed[end]}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={messages.length > 0 ? errorId : undefined}
            onInput={(event) => {
              setCalculatorRangeText(rangeKey, end, event.currentTarget.value);
            }}
          />
          {unit && (
            <span class="calc-unit" aria-hidden="true">
              {unit}
            </span>
          )}
        </span>
      </div>
    );
  };
  return (
    <fieldset class="calc-range">
      <legend>
        Range for {label}
        <span class="calc-range-hint"> (lowest and highest you think likely; the box above is the most likely)</span>
      </legend>
      <div class="calc-range-ends">
        {box('low')}
        {box('high')}
      </div>
      {messages.length > 0 && (
        <p class="error" id={errorId}>
          {messages.join(' ')}
        </p>
      )}
      <button
        type="button"
        class="secondary calc-range-close"
        onClick={() => {
          focusNext.current = 'toggle';
          closeCalculatorRange(rangeKey);
        }}
      >
        Use a single figure<span class="visually-hidden"> for {label}</span>
      </button>
    </fieldset>
  );
}
