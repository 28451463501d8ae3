// The calculator's inputs, grouped the way a reader gathers the figures: customers and contacts,
// waiting, customers who leave, value, staff, and the years to look ahead.
import { Fragment } from 'preact';
import { useAtom } from '../shared/use-atom';
import { CHOICE_INPUTS } from '../../core/calculator/choices';
import type { NumberInputKey } from '../../core/calculator/inputs';
import { RANGE_KEYS, type RangeKey, type RangeProblems, type RangeTexts } from '../../core/calculator/ranges';
import type { CalculatorTextKey } from '../../stores/calculator-form';
import {
  $calculatorFieldErrors,
  $calculatorForm,
  $calculatorRangeErrors,
  setCalculatorChoice,
  setCalculatorText,
} from '../../stores/calculator';
import { definitionOf } from '../../stores/calculator-form';
import { ChoiceField } from './ChoiceField';
import { DisplaySettings } from './DisplaySettings';
import { NumberField } from './NumberField';
import { PresetPicker } from './PresetPicker';
import { findPreset, presetFigure } from '../../core/calculator/presets';
import { CALCULATOR_INPUTS } from '../../core/calculator/inputs';
import { RangeFields } from './RangeFields';
import { unitAfter } from './units';

/** The id of a calculator field's input, for labels and links from the results. */
export function calculatorFieldId(key: string): string {
  return `calc-${key}`;
}

const isRangeKey = (key: string): key is RangeKey => (RANGE_KEYS as readonly string[]).includes(key);

/**
 * A number field bound to the calculator's form: what was typed, its problem, and typing back; for
 * an input that can be given as a range (when the form's ranges are passed), its range control.
 */
export function storeField(
  key: CalculatorTextKey,
  form: {
    texts: Readonly<Record<string, string>>;
    errors: Readonly<Partial<Record<string, string>>>;
    rangeTexts?: Readonly<Partial<Record<RangeKey, RangeTexts>>>;
    rangeErrors?: Readonly<Partial<Record<RangeKey, RangeProblems>>>;
  },
  unit: string | undefined,
  note?: string,
) {
  const id = calculatorFieldId(key);
  const definition = definitionOf(key);
  const ranged = form.rangeTexts && isRangeKey(key);
  const typed = ranged ? form.rangeTexts?.[key] : undefined;
  const likelyNote = typed ? 'With a range, this is the most likely figure.' : undefined;
  return (
    <NumberField
      key={key}
      id={id}
      definition={definition}
      text={form.texts[key] ?? ''}
      error={form.errors[key]}
      unit={unit}
      note={[note, likelyNote].filter(Boolean).join(' ') || undefined}
      onText={(text) => {
        setCalculatorText(key, text);
      }}
    >
      {ranged && (
        <RangeFields
          rangeKey={key}
          id={id}
          label={definition.label}
          typed={typed}
          problems={form.rangeErrors?.[key]}
          unit={unit}
        />
      )}
    </NumberField>
  );
}

const GROUPS: readonly { title: string; keys: readonly NumberInputKey[] }[] = [
  {
    title: 'Customers and contacts',
    keys: ['customers', 'contactsPerCustomer', 'handlingMinutes', 'failureDemandShare'],
  },
  { title: 'Waiting', keys: ['waitingShare', 'averageWaitMinutes'] },
  { title: 'Customers who leave', keys: ['annualChurn', 'serviceChurnShare'] },
  {
    title: 'Value and acquisition',
    keys: ['valuePerCustomer', 'acquisitionCost', 'acquisitionMultiple', 'retentionCost'],
  },
  { title: 'Frontline staff', keys: ['headcount', 'staffTurnover', 'replacementCost'] },
  { title: 'Horizon', keys: ['horizonYears'] },
];

/** The grouped calculator inputs. */
export function InputForm() {
  const { texts, rangeTexts, state } = useAtom($calculatorForm);
  const errors = useAtom($calculatorFieldErrors);
  const rangeErrors = useAtom($calculatorRangeErrors);
  const mode = state.values.acquisitionMode;
  const usedWhen: Partial<Record<NumberInputKey, string | undefined>> = {
    acquisitionCost: mode === 'amount' ? undefined : 'Not used while you give the cost as a multiple.',
    acquisitionMultiple: mode === 'multiple' ? undefined : 'Not used while you give the cost as an amount.',
    retentionCost: mode === 'multiple' ? undefined : 'Not used while you give the cost as an amount.',
  };
  // With a sector preset applied, each figure says where it comes from: the preset or the general default.
  const preset = findPreset(state.preset);
  const origin = (key: NumberInputKey): string | undefined => {
    if (!preset) return undefined;
    const figure = presetFigure(preset, key);
    if (figure && state.values[key] === figure.value) return `${preset.name} preset figure.`;
    return state.values[key] === CALCULATOR_INPUTS[key].default ? 'General default.' : undefined;
  };
  const field = (key: NumberInputKey) =>
    storeField(
      key,
      { texts, errors, rangeTexts, rangeErrors },
      unitAfter(definitionOf(key), state.currency),
      [usedWhen[key], origin(key)].filter(Boolean).join(' ') || undefined,
    );
  const choice = (key: keyof typeof CHOICE_INPUTS) => (
    <ChoiceField
      id={calculatorFieldId(key)}
      definition={CHOICE_INPUTS[key]}
      value={state.values[key]}
      onChoose={(value) => {
        setCalculatorChoice(key, value);
      }}
    />
  );
  return (
    <form
      class="calc-form"
      aria-labelledby="calculator-inputs"
      onSubmit={(event) => {
        event.preventDefault();
      }}
      noValidate
    >
      <h2 id="calculator-inputs">Your figures</h2>
      <p class="calc-form-intro">
        Start from the usual figures below and replace them with your own. Results change as you type.
      </p>
      <DisplaySettings />
      <PresetPicker />
      {GROUPS.map((group) => (
        <fieldset class="calc-group" key={group.title}>
          <legend>{group.title}</legend>
          {group.keys.map((key) => (
            <Fragment key={key}>
              {key === 'acquisitionCost' && choice('acquisitionMode')}
              {field(key)}
              {key === 'valuePerCustomer' && choice('valueBasis')}
              {key === 'serviceChurnShare' && choice('lostCustomerView')}
            </Fragment>
          ))}
        </fieldset>
      ))}
    </form>
  );
}
