// The cost-of-inaction calculator's state: exactly what the reader typed in each field, the last
// usable value of every field, and the results computed from them. Every rule (parsing, ranges,
// formulas, the link format) comes from src/core/calculator; this module only wires them together.
// The two companions below the calculator keep their own state in calculator-companions.ts.
import { atom, computed } from 'nanostores';
import type { ChoiceInputKey } from '../core/calculator/choices';
import { formatForEditing } from '../core/calculator/editable';
import { isSupportedCurrency } from '../core/calculator/format';
import {
  CALCULATOR_INPUTS,
  NUMBER_INPUT_KEYS,
  type CalculatorValues,
  type NumberInputDefinition,
  type NumberInputKey,
} from '../core/calculator/inputs';
import {
  LEVER_INPUTS,
  LEVER_KEYS,
  validateLever,
  validateLevers,
  type LeverKey,
  type Levers,
} from '../core/calculator/levers';
import { canonicaliseLocale } from '../core/calculator/locale';
import { checkRange, RANGE_KEYS, type Ranges } from '../core/calculator/ranges';
import { compareScenarios, type ScenarioComparison } from '../core/calculator/scenario';
import {
  getDefaultState,
  MAX_DRAFT_CHARS,
  splitDrafts,
  type CalculatorState,
  type Drafts,
} from '../core/calculator/state';
import { validateAll, validateChoice, validateInput, type FieldError } from '../core/calculator/validate';

/** The key the last state is saved under on this device. */
export const CALCULATOR_STORAGE_KEY = 'accueil.calculator';

/** A number field of the calculator: an input or an improvement lever. */
export type CalculatorTextKey = NumberInputKey | LeverKey;

/** Every number field, inputs first and levers after, in the order the page shows them. */
export const CALCULATOR_TEXT_KEYS: readonly CalculatorTextKey[] = [...NUMBER_INPUT_KEYS, ...LEVER_KEYS];

/** The form as the reader sees it. */
export interface CalculatorForm {
  /** Exactly what the reader typed in each number field, never reformatted while they type. */
  texts: Record<CalculatorTextKey, string>;
  /** The last usable value of every field, plus choices, currency and number format. */
  state: CalculatorState;
}

/** The outcome of checking the form: every field's problem, or the results. */
export type CalculatorOutcome =
  | { ok: true; values: CalculatorValues; levers: Levers; comparison: ScenarioComparison }
  | { ok: false; errors: FieldError<CalculatorTextKey | ChoiceInputKey>[] };

/** The definition behind a number field, for its label, unit and help. */
export function definitionOf(key: CalculatorTextKey): NumberInputDefinition {
  return key in LEVER_INPUTS ? LEVER_INPUTS[key as LeverKey] : CALCULATOR_INPUTS[key as NumberInputKey];
}

/**
 * The form showing a state, each number written in the state's own number format; a field with a
 * draft shows the draft exactly as it was typed (and its message, since it cannot be used).
 */
export function formFromState(withDrafts: CalculatorState): CalculatorForm {
  const { state, drafts } = splitDrafts(withDrafts);
  const texts = {} as Record<CalculatorTextKey, string>;
  for (const key of NUMBER_INPUT_KEYS) texts[key] = drafts[key] ?? formatForEditing(state.values[key], state.locale);
  for (const key of LEVER_KEYS) texts[key] = drafts[key] ?? formatForEditing(state.levers[key], state.locale);
  return { texts, state };
}

/**
 * The state to keep outside the page (the address, this device, a link): the usable figures plus,
 * for each field that cannot be used, exactly what was typed in it, so none of them ever claims a
 * figure the screen does not show. A range is kept while it holds its input's figure.
 */
export function stateToKeep(form: CalculatorForm): CalculatorState {
  const { texts, state: withRanges } = form;
  const { ranges, ...rest } = withRanges;
  const state: CalculatorState = rest;
  const held = Object.fromEntries(
    RANGE_KEYS.flatMap((key) => {
      const range = ranges?.[key];
      return range && checkRange(key, range, state.values[key]) === undefined ? [[key, range]] : [];
    }),
  ) as Ranges;
  if (Object.keys(held).length > 0) state.ranges = held;
  const drafts: Drafts = {};
  for (const key of CALCULATOR_TEXT_KEYS) {
    const result =
      key in LEVER_INPUTS
        ? validateLever(key as LeverKey, texts[key], state.locale)
        : validateInput(key as NumberInputKey, texts[key], state.locale);
    if (!result.ok) drafts[key] = texts[key].slice(0, MAX_DRAFT_CHARS);
  }
  return Object.keys(drafts).length > 0 ? { ...state, drafts } : state;
}

/** True when every field can be used, so a link to the form shows figures a colleague can use. */
export function isFormShareable(form: CalculatorForm): boolean {
  return stateToKeep(form).drafts === undefined;
}

/** The form on screen. */
export const $calculatorForm = atom<CalculatorForm>(formFromState(getDefaultState()));

/** Checks every field and, when all are usable, computes both scenarios. */
function outcomeOf({ texts, state }: CalculatorForm): CalculatorOutcome {
  const numberTexts = Object.fromEntries(NUMBER_INPUT_KEYS.map((key) => [key, texts[key]]));
  const leverTexts = Object.fromEntries(LEVER_KEYS.map((key) => [key, texts[key]]));
  const { valueBasis, acquisitionMode, lostCustomerView } = state.values;
  const checked = validateAll({ ...numberTexts, valueBasis, acquisitionMode, lostCustomerView }, state.locale);
  const levers = validateLevers(leverTexts, state.locale);
  const errors = [...(checked.ok ? [] : checked.errors), ...(levers.ok ? [] : levers.errors)];
  if (!checked.ok || !levers.ok) return { ok: false, errors };
  const display = { locale: state.locale, currency: state.currency };
  const comparison = compareScenarios(checked.values, levers.values, display);
  return { ok: true, values: checked.values, levers: levers.values, comparison };
}

/** The outcome of the form on screen. */
export const $calculatorOutcome = computed($calculatorForm, outcomeOf);

/** Each field's problem by key, for the message under the field. */
export const $calculatorFieldErrors = computed($calculatorOutcome, (outcome): Partial<Record<string, string>> => {
  if (outcome.ok) return {};
  return Object.fromEntries(outcome.errors.map((error) => [error.key, error.message]));
});

function update(change: (form: CalculatorForm) => CalculatorForm): void {
  $calculatorForm.set(change($calculatorForm.get()));
}

/** Records what the reader typed, and the value when it is usable. */
export function setCalculatorText(key: CalculatorTextKey, text: string): void {
  update(({ texts, state }) => {
    const isLever = key in LEVER_INPUTS;
    const result = isLever
      ? validateLever(key as LeverKey, text, state.locale)
      : validateInput(key as NumberInputKey, text, state.locale);
    const next: CalculatorState = { ...state, values: { ...state.values }, levers: { ...state.levers } };
    if (result.ok && isLever) next.levers[key as LeverKey] = result.value;
    else if (result.ok) next.values[key as NumberInputKey] = result.value;
    return { texts: { ...texts, [key]: text }, state: next };
  });
}

/** Picks one option of a choice input; an unknown option is ignored. */
export function setCalculatorChoice(key: ChoiceInputKey, value: string): void {
  const result = validateChoice(key, value);
  if (!result.ok) return;
  update(({ texts, state }) => ({ texts, state: { ...state, values: { ...state.values, [key]: result.value } } }));
}

/** Changes the currency results are shown in. */
export function setCalculatorCurrency(code: string): void {
  if (!isSupportedCurrency(code)) return;
  update(({ texts, state }) => ({ texts, state: { ...state, currency: code } }));
}

/** Changes the number format, rewriting every usable field in it; fields with a problem keep their text. */
export function setCalculatorLocale(tag: string): void {
  const locale = canonicaliseLocale(tag);
  if (locale === undefined) return;
  update(({ texts, state }) => {
    const errors = $calculatorFieldErrors.get();
    const next: CalculatorState = { ...state, locale };
    const rewritten = formFromState(next).texts;
    const kept = Object.fromEntries(
      CALCULATOR_TEXT_KEYS.map((key) => [key, errors[key] ? texts[key] : rewritten[key]]),
    );
    return { texts: kept as Record<CalculatorTextKey, string>, state: next };
  });
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
