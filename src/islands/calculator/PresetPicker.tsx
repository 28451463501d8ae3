// "Start from a sector": applies a sector preset (core/calculator/presets.ts), which sets only the
// figures that have a source for that sector, with Undo. Once applied, the page says which preset
// and marks each figure as the preset's or the general default (see InputForm).
import { useRef, useState } from 'preact/hooks';
import { findPreset, PRESETS } from '../../core/calculator/presets';
import { formatInputValue } from '../../core/calculator/validate';
import { $calculatorForm, applyCalculatorPreset, restoreCalculator } from '../../stores/calculator';
import { definitionOf, type CalculatorForm } from '../../stores/calculator-form';
import { UndoNotice } from '../shared/UndoNotice';
import { useAtom } from '../shared/use-atom';
import { SourceLink } from './sources';

/** The sector menu, its Apply button, the preset in use and Undo. */
export function PresetPicker() {
  const { state } = useAtom($calculatorForm);
  const [choice, setChoice] = useState(PRESETS[0]?.id ?? '');
  const [undo, setUndo] = useState<{ form: CalculatorForm; name: string } | undefined>(undefined);
  const menu = useRef<HTMLSelectElement>(null);
  const applied = findPreset(state.preset);
  const closeUndo = (): void => {
    setUndo(undefined);
    menu.current?.focus();
  };
  return (
    <div class="field calc-preset">
      <label for="calc-preset">Start from a sector</label>
      <p class="hint" id="calc-preset-help">
        A preset sets only the figures that have a published source for that sector; every other figure stays at the
        general default, and each is marked so. Only retail banking has such a figure so far.
      </p>
      <span class="calc-preset-row">
        <select
          id="calc-preset"
          ref={menu}
          aria-describedby="calc-preset-help"
          value={choice}
          onChange={(event) => {
            setChoice(event.currentTarget.value);
          }}
        >
          {PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const before = applyCalculatorPreset(choice);
            const preset = findPreset(choice);
            if (before && preset) setUndo({ form: before, name: preset.name });
          }}
        >
          Apply
        </button>
      </span>
      {applied && (
        <p class="calc-preset-applied">
          Started from the {applied.name.toLowerCase()} preset:{' '}
          {applied.figures.map((figure, index) => (
            <span key={figure.key}>
              {index > 0 ? '; ' : ''}
              {definitionOf(figure.key).label.toLowerCase()}{' '}
              {formatInputValue(definitionOf(figure.key), figure.value, state.locale)} (
              <SourceLink id={figure.source} />)
            </span>
          ))}
          . Every other figure is the general default or your own.
        </p>
      )}
      {undo && (
        <UndoNotice
          message={`The ${undo.name.toLowerCase()} preset is applied.`}
          onUndo={() => {
            restoreCalculator(undo.form);
            closeUndo();
          }}
          onDismiss={closeUndo}
        />
      )}
    </div>
  );
}
