// The cost-of-inaction calculator's state: exactly what the reader typed in each field, the last
// usable value of every field, and the results computed from them. Every rule (parsing, ranges,
// formulas, the link format) comes from src/core/calculator; this module only wires them together.
// The two companions below the calculator keep their own state in calculator-companions.ts.
import { atom, computed } from 'nanostores';
import type { ChoiceInputKey } from '../core/calculator/choices';
import { formatForEditing } from '../core/calculator/editable';
import { isSupportedCurrency } from '../core/calculator/format';
import { NUMBER_INPUT_KEYS, type CalculatorValues, type NumberInputKey } from '../core/calculator/inputs';
import { LEVER_INPUTS, LEVER_KEYS, validateLevers, type LeverKey, type Levers } from '../core/calculator/levers';
import {
  INVESTMENT_KEYS,
  NO_INVESTMENT,
  validateInvestment,
  withInvestmentCost,
  type Investment,
  type InvestmentKey,
} from '../core/calculator/investment';
import { canonicaliseLocale } from '../core/calculator/locale';
import {
  heldRanges,
  RANGE_KEYS,
  readRangeTexts,
  type RangeEnd,
  type RangeKey,
  type RangeProblems,
  type Ranges,
  type RangeTexts,
} from '../core/calculator/ranges';
import { findPreset } from '../core/calculator/presets';
import { compareScenarios, type ScenarioComparison } from '../core/calculator/scenario';
import { getDefaultState, type CalculatorState } from '../core/calculator/state';
import { validateAll, validateChoice, type FieldError } from '../core/calculator/validate';
import {
  CALCULATOR_TEXT_KEYS,
  formFromState,
  isInvestmentKey,
  numbersOf,
  validateText,
  type CalculatorForm,
  type CalculatorTextKey,
} from './calculator-form';

/** The key the last state is saved under on this device. */
export const CALCULATOR_STORAGE_KEY = 'accueil.calculator';

/** The outcome of checking the form: every field's problem, or the results. */
export type CalculatorOutcome =
  | { ok: true; values: CalculatorValues; levers: Levers; ranges: Ranges; comparison: ScenarioComparison }
  | { ok: false; errors: FieldError<CalculatorTextKey | ChoiceInputKey>[] };

/** The form on screen. */
export const $calculatorForm = atom<CalculatorForm>(formFromState(getDefaultState()));

/** Checks every field and, when all are usable, computes both scenarios. */
function outcomeOf({ texts, state }: Pick<CalculatorForm, 'texts' | 'state'>): CalculatorOutcome {
  const numberTexts = Object.fromEntries(NUMBER_INPUT_KEYS.map((key) => [key, texts[key]]));
  const leverTexts = Object.fromEntries(LEVER_KEYS.map((key) => [key, texts[key]]));
  const { valueBasis, acquisitionMode, lostCustomerView } = state.values;
  const checked = validateAll({ ...numberTexts, valueBasis, acquisitionMode, lostCustomerView }, numbersOf(state));
  const levers = validateLevers(leverTexts, numbersOf(state));
  const errors = [...(checked.ok ? [] : checked.errors), ...(levers.ok ? [] : levers.errors)];
  if (!checked.ok || !levers.ok) return { ok: false, errors };
  const display = { locale: state.locale, currency: state.currency };
  const comparison = compareScenarios(checked.values, levers.values, display);
  const ranges = heldRanges(state.ranges, checked.values);
  return { ok: true, values: checked.values, levers: levers.values, ranges, comparison };
}

/** The outcome of the form on screen. */
export const $calculatorOutcome = computed($calculatorForm, outcomeOf);

/** The improvement's costs as typed: usable (nothing spent while both are empty), or each one's problem. */
export type InvestmentOutcome =
  { ok: true; investment: Investment } | { ok: false; errors: FieldError<InvestmentKey>[] };

/**
 * The costs of the improvement, checked on their own: a cost that cannot be used holds up only the
 * payback, never the results it is compared with.
 */
export const $calculatorInvestment = computed($calculatorForm, ({ texts, state }): InvestmentOutcome => {
  const investment: Investment = { ...NO_INVESTMENT };
  const errors: FieldError<InvestmentKey>[] = [];
  for (const key of INVESTMENT_KEYS) {
    const result = validateInvestment(key, texts[key], numbersOf(state));
    if (result.ok) investment[key] = result.value;
    else errors.push({ key, message: result.message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, investment };
});

/** Each field's problem by key, for the message under the field. */
export const $calculatorFieldErrors = computed(
  [$calculatorOutcome, $calculatorInvestment],
  (outcome, investment): Partial<Record<string, string>> => {
    const all = [...(outcome.ok ? [] : outcome.errors), ...(investment.ok ? [] : investment.errors)];
    return Object.fromEntries(all.map((error) => [error.key, error.message]));
  },
);

/** The problems with each open range, by input: what is wrong with an end, or with the pair. */
export const $calculatorRangeErrors = computed($calculatorForm, ({ rangeTexts, state }) => {
  const problems: Partial<Record<RangeKey, RangeProblems>> = {};
  for (const key of RANGE_KEYS) {
    const typed = rangeTexts[key];
    if (!typed) continue;
    const found = readRangeTexts(key, typed, state.values[key], numbersOf(state));
    if (found.problems) problems[key] = found.problems;
  }
  return problems;
});

// The state's ranges after an open range's texts changed: its usable range, or none while it has a problem.
function withRangeFrom(key: RangeKey, typed: RangeTexts | undefined, state: CalculatorState): CalculatorState {
  const { [key]: _old, ...others } = state.ranges ?? {};
  const range = typed ? readRangeTexts(key, typed, state.values[key], numbersOf(state)).range : undefined;
  const ranges: Ranges = range ? { ...others, [key]: range } : others;
  const { ranges: _previous, ...rest } = state;
  return Object.keys(ranges).length > 0 ? { ...rest, ranges } : rest;
}

function update(change: (form: CalculatorForm) => CalculatorForm): void {
  $calculatorForm.set(change($calculatorForm.get()));
}

/** Records what the reader typed, and the value when it is usable. */
export function setCalculatorText(key: CalculatorTextKey, text: string): void {
  update((form) => {
    const { texts, state } = form;
    const isLever = key in LEVER_INPUTS;
    const result = validateText(key, text, numbersOf(state));
    const next: CalculatorState = { ...state, values: { ...state.values }, levers: { ...state.levers } };
    if (isInvestmentKey(key)) {
      if (result.ok) {
        const { investment: _old, ...rest } = next;
        const investment = withInvestmentCost(state.investment, key, result.value);
        return { ...form, texts: { ...texts, [key]: text }, state: investment ? { ...rest, investment } : rest };
      }
      return { ...form, texts: { ...texts, [key]: text } };
    }
    if (result.ok && isLever) next.levers[key as LeverKey] = result.value;
    else if (result.ok) next.values[key as NumberInputKey] = result.value;
    // An open range is checked again against the new likely figure.
    const typed = form.rangeTexts[key as RangeKey];
    const checked = typed ? withRangeFrom(key as RangeKey, typed, next) : next;
    return { ...form, texts: { ...texts, [key]: text }, state: checked };
  });
}

/**
 * Opens a range on an input, both ends starting at its likely figure (a range as wide as a single
 * figure, until the reader widens it).
 */
export function openCalculatorRange(key: RangeKey): void {
  update((form) => {
    if (form.rangeTexts[key]) return form;
    const likely = form.texts[key];
    return { ...form, rangeTexts: { ...form.rangeTexts, [key]: { low: likely, high: likely } } };
  });
}

/** Records what was typed at one end of an input's range; the range is used once both ends hold the likely figure. */
export function setCalculatorRangeText(key: RangeKey, end: RangeEnd, text: string): void {
  update((form) => {
    const current = form.rangeTexts[key] ?? { low: form.texts[key], high: form.texts[key] };
    const typed = { ...current, [end]: text };
    return { ...form, rangeTexts: { ...form.rangeTexts, [key]: typed }, state: withRangeFrom(key, typed, form.state) };
  });
}

/** Goes back to a single figure for an input: its range is closed and no longer used. */
export function closeCalculatorRange(key: RangeKey): void {
  update((form) => {
    const { [key]: _closed, ...rangeTexts } = form.rangeTexts;
    return { ...form, rangeTexts, state: withRangeFrom(key, undefined, form.state) };
  });
}

/** Picks one option of a choice input; an unknown option is ignored. */
export function setCalculatorChoice(key: ChoiceInputKey, value: string): void {
  const result = validateChoice(key, value);
  if (!result.ok) return;
  update((form) => ({ ...form, state: { ...form.state, values: { ...form.state.values, [key]: result.value } } }));
}

/** Changes the currency results are shown in. */
export function setCalculatorCurrency(code: string): void {
  if (!isSupportedCurrency(code)) return;
  update((form) => ({ ...form, state: { ...form.state, currency: code } }));
}

/** Changes the number format, rewriting every usable field in it; fields with a problem keep their text. */
export function setCalculatorLocale(tag: string): void {
  const locale = canonicaliseLocale(tag);
  if (locale === undefined) return;
  update(({ texts, rangeTexts, state }) => {
    const errors = $calculatorFieldErrors.get();
    const rangeErrors = $calculatorRangeErrors.get();
    const next: CalculatorState = { ...state, locale };
    const rewritten = formFromState(next);
    const kept = Object.fromEntries(
      CALCULATOR_TEXT_KEYS.map((key) => [key, errors[key] ? texts[key] : rewritten.texts[key]]),
    );
    // An open range with a problem keeps what was typed; a usable one is written in the new format.
    const keptRanges = Object.fromEntries(
      Object.entries(rangeTexts).map(([key, typed]) => {
        const problems = rangeErrors[key as RangeKey];
        const written = rewritten.rangeTexts[key as RangeKey];
        return [key, problems?.low || problems?.high || !written ? typed : written];
      }),
    );
    return { texts: kept as Record<CalculatorTextKey, string>, rangeTexts: keptRanges, state: next };
  });
}

/**
 * Starts from a sector preset: sets the figures it holds (each from its source), records which
 * preset, and leaves every other figure as it is. A preset's figure is a single figure, so any range
 * on it is closed. Returns the form before, for undo; undefined for an unknown preset.
 */
export function applyCalculatorPreset(id: string): CalculatorForm | undefined {
  const preset = findPreset(id);
  if (!preset) return undefined;
  const previous = $calculatorForm.get();
  update((form) => {
    const texts = { ...form.texts };
    const values = { ...form.state.values };
    const set: ReadonlySet<string> = new Set(preset.figures.map((figure) => figure.key));
    const rangeTexts = Object.fromEntries(Object.entries(form.rangeTexts).filter(([key]) => !set.has(key)));
    let state: CalculatorState = { ...form.state, values, preset: preset.id };
    for (const figure of preset.figures) {
      values[figure.key] = figure.value;
      texts[figure.key] = formatForEditing(figure.value, numbersOf(form.state));
      if ((RANGE_KEYS as readonly string[]).includes(figure.key))
        state = withRangeFrom(figure.key as RangeKey, undefined, state);
    }
    return { texts, rangeTexts, state };
  });
  return previous;
}

/** Puts back a form, e.g. to undo a reset. */
export function restoreCalculator(form: CalculatorForm): void {
  $calculatorForm.set(form);
}

/** Sets every figure back to its default, keeping the currency and number format; returns the form for undo. */
export function resetCalculator(): CalculatorForm {
  const previous = $calculatorForm.get();
  const fresh = getDefaultState();
  $calculatorForm.set(formFromState({ ...fresh, currency: previous.state.currency, locale: previous.state.locale }));
  return previous;
}
