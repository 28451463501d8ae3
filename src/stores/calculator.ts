// The cost-of-inaction calculator's state: exactly what the reader typed in each field, the last
// usable value of every field, and the results computed from them. Every rule (parsing, ranges,
// formulas, the link format) comes from src/core/calculator; this module only wires them together.
// Below them, the state of the calculator's two companions ("actuals, not averages" and the value
// formula explorer), which read and write numbers in the calculator's number format.
import { atom, computed } from 'nanostores';
import {
  ACTUALS_INPUTS,
  ACTUALS_INPUT_KEYS,
  computeActuals,
  validateActuals,
  type Actuals,
  type ActualsInputKey,
} from '../core/calculator/actuals';
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
import { compareScenarios, type ScenarioComparison } from '../core/calculator/scenario';
import {
  calculatorStateFormat,
  getDefaultState,
  MAX_DRAFT_CHARS,
  splitDrafts,
  type CalculatorState,
  type Drafts,
} from '../core/calculator/state';
import {
  validateAll,
  validateChoice,
  validateInput,
  validateNumberText,
  type FieldError,
} from '../core/calculator/validate';
import { VALUE_FORMULA_EXAMPLE } from '../core/calculator/value-example';
import {
  VALUE_TERMS,
  compareValue,
  validateValueScore,
  type ValueComparison,
  type ValueFormulaInput,
  type ValueScores,
  type ValueTerm,
} from '../core/calculator/value-formula';
import { versionedStore } from './versioned-store';

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
 * figure the screen does not show.
 */
export function stateToKeep(form: CalculatorForm): CalculatorState {
  const { texts, state } = form;
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

/** The last state, kept on this device for a reader who comes back without a link. */
export const $savedCalculator = versionedStore<CalculatorState>(
  CALCULATOR_STORAGE_KEY,
  calculatorStateFormat,
  getDefaultState(),
);

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

// The companions. They keep exactly what the reader typed, and are not saved: they are for
// exploring, not for keeping.

/** The two sides of the value formula. */
export type ValueSide = 'us' | 'alternative';

/** The sides in the order the page shows them. */
export const VALUE_SIDES: readonly ValueSide[] = ['us', 'alternative'];

/** The number format and currency the calculator uses. */
export const $calculatorDisplay = computed($calculatorForm, ({ state }) => ({
  locale: state.locale,
  currency: state.currency,
}));

function actualsTexts(values: Record<ActualsInputKey, number>, locale: string): Record<ActualsInputKey, string> {
  return Object.fromEntries(ACTUALS_INPUT_KEYS.map((key) => [key, formatForEditing(values[key], locale)])) as Record<
    ActualsInputKey,
    string
  >;
}

function valueTexts(input: ValueFormulaInput, locale: string): Record<ValueSide, Record<ValueTerm, string>> {
  const side = (scores: ValueScores) =>
    Object.fromEntries(VALUE_TERMS.map((term) => [term, formatForEditing(scores[term], locale)])) as Record<
      ValueTerm,
      string
    >;
  return { us: side(input.us), alternative: side(input.alternative) };
}

const ACTUALS_DEFAULTS = Object.fromEntries(
  ACTUALS_INPUT_KEYS.map((key) => [key, ACTUALS_INPUTS[key].default]),
) as Record<ActualsInputKey, number>;

/** What the reader typed in the actuals fields. */
export const $actualsTexts = atom(actualsTexts(ACTUALS_DEFAULTS, $calculatorForm.get().state.locale));

/** What the reader typed in the value formula fields. */
export const $valueTexts = atom(valueTexts(VALUE_FORMULA_EXAMPLE, $calculatorForm.get().state.locale));

/** The actuals, or every field's problem. */
export const $actualsOutcome = computed(
  [$actualsTexts, $calculatorDisplay],
  (texts, display): { ok: true; actuals: Actuals } | { ok: false; errors: FieldError<ActualsInputKey>[] } => {
    const checked = validateActuals(texts, display.locale);
    return checked.ok ? { ok: true, actuals: computeActuals(checked.values, display) } : checked;
  },
);

/** One value formula field's problem. */
export interface ValueFieldError {
  side: ValueSide;
  term: ValueTerm;
  message: string;
}

/** The likely choice, or every field's problem. */
export const $valueOutcome = computed(
  [$valueTexts, $calculatorDisplay],
  (texts, { locale }): { ok: true; comparison: ValueComparison } | { ok: false; errors: ValueFieldError[] } => {
    const errors: ValueFieldError[] = [];
    const scores = { us: {}, alternative: {} } as ValueFormulaInput;
    for (const side of VALUE_SIDES) {
      for (const term of VALUE_TERMS) {
        const result = validateValueScore(term, texts[side][term], locale);
        if (result.ok) scores[side][term] = result.value;
        else
          errors.push({ side, term, message: `${side === 'us' ? 'Yours' : 'The alternative’s'}: ${result.message}` });
      }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, comparison: compareValue(scores, locale) };
  },
);

/** Records what the reader typed in an actuals field. */
export function setActualsText(key: ActualsInputKey, text: string): void {
  $actualsTexts.set({ ...$actualsTexts.get(), [key]: text });
}

/** Records what the reader typed in a value formula field. */
export function setValueText(side: ValueSide, term: ValueTerm, text: string): void {
  const texts = $valueTexts.get();
  $valueTexts.set({ ...texts, [side]: { ...texts[side], [term]: text } });
}

/** Loads a set of scores into the value formula fields, e.g. the example or neutral scores. */
export function loadValueScores(input: ValueFormulaInput): void {
  $valueTexts.set(valueTexts(input, $calculatorForm.get().state.locale));
}

// When the number format changes, usable fields are rewritten in it; fields with a problem keep
// their text, so nothing the reader typed is lost.
let shownLocale = $calculatorForm.get().state.locale;
$calculatorDisplay.subscribe(({ locale }) => {
  if (locale === shownLocale) return;
  const previous = shownLocale;
  shownLocale = locale;
  const actuals = { ...$actualsTexts.get() };
  for (const key of ACTUALS_INPUT_KEYS) {
    const result = validateNumberText(ACTUALS_INPUTS[key], actuals[key], previous);
    if (result.ok) actuals[key] = formatForEditing(result.value, locale);
  }
  $actualsTexts.set(actuals);
  const rewritten = { ...$valueTexts.get() };
  for (const side of VALUE_SIDES) {
    const next = { ...rewritten[side] };
    for (const term of VALUE_TERMS) {
      const result = validateValueScore(term, next[term], previous);
      if (result.ok) next[term] = formatForEditing(result.value, locale);
    }
    rewritten[side] = next;
  }
  $valueTexts.set(rewritten);
});
