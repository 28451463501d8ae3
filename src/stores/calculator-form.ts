// The calculator's form and the state it stands for: what each field shows for a state, written in
// the state's number format, and the state worth keeping for what the reader typed. Pure apart from
// the one NumberLocale it keeps for the format on screen; the store and its actions are in
// calculator.ts.
import { formatForEditing } from '../core/calculator/editable';
import {
  CALCULATOR_INPUTS,
  NUMBER_INPUT_KEYS,
  type NumberInputDefinition,
  type NumberInputKey,
} from '../core/calculator/inputs';
import { LEVER_INPUTS, LEVER_KEYS, validateLever, type LeverKey } from '../core/calculator/levers';
import {
  INVESTMENT_INPUTS,
  INVESTMENT_KEYS,
  validateInvestment,
  type InvestmentKey,
} from '../core/calculator/investment';
import { NumberLocale } from '../core/calculator/locale';
import { heldRanges, RANGE_KEYS, type RangeKey, type RangeTexts } from '../core/calculator/ranges';
import { MAX_DRAFT_CHARS, splitDrafts, type CalculatorState, type Drafts } from '../core/calculator/state';
import { validateInput, type FieldResult } from '../core/calculator/validate';

/** A number field of the calculator: an input, an improvement lever or a cost of the improvement. */
export type CalculatorTextKey = NumberInputKey | LeverKey | InvestmentKey;

/** Every number field, inputs first, then levers and the improvement's costs, in the order the page shows them. */
export const CALCULATOR_TEXT_KEYS: readonly CalculatorTextKey[] = [
  ...NUMBER_INPUT_KEYS,
  ...LEVER_KEYS,
  ...INVESTMENT_KEYS,
];

export const isInvestmentKey = (key: string): key is InvestmentKey => key in INVESTMENT_INPUTS;

let shownNumbers: NumberLocale | undefined;

/**
 * The number format a state's fields are written and read in, kept while the reader keeps it: the
 * page writes and checks every field at start and on each change (see NumberLocale).
 */
export function numbersOf(state: Pick<CalculatorState, 'locale'>): NumberLocale {
  if (shownNumbers?.tag !== state.locale) shownNumbers = new NumberLocale(state.locale);
  return shownNumbers;
}

/** Reads and checks the text typed into any number field. */
export function validateText(key: CalculatorTextKey, text: string, locale: NumberLocale): FieldResult {
  if (isInvestmentKey(key)) return validateInvestment(key, text, locale);
  return key in LEVER_INPUTS
    ? validateLever(key as LeverKey, text, locale)
    : validateInput(key as NumberInputKey, text, locale);
}

/** The form as the reader sees it. */
export interface CalculatorForm {
  /** Exactly what the reader typed in each number field, never reformatted while they type. */
  texts: Record<CalculatorTextKey, string>;
  /** The ranges open on screen: what was typed at each end, by input. */
  rangeTexts: Partial<Record<RangeKey, RangeTexts>>;
  /** The last usable value of every field, plus choices, currency and number format. */
  state: CalculatorState;
}

/** The definition behind a number field, for its label, unit and help. */
export function definitionOf(key: CalculatorTextKey): NumberInputDefinition {
  if (isInvestmentKey(key)) return INVESTMENT_INPUTS[key];
  return key in LEVER_INPUTS ? LEVER_INPUTS[key as LeverKey] : CALCULATOR_INPUTS[key as NumberInputKey];
}

/**
 * The form showing a state, each number written in the state's own number format; a field with a
 * draft shows the draft exactly as it was typed (and its message, since it cannot be used).
 */
export function formFromState(withDrafts: CalculatorState): CalculatorForm {
  const { state, drafts } = splitDrafts(withDrafts);
  const texts = {} as Record<CalculatorTextKey, string>;
  for (const key of NUMBER_INPUT_KEYS)
    texts[key] = drafts[key] ?? formatForEditing(state.values[key], numbersOf(state));
  for (const key of LEVER_KEYS) texts[key] = drafts[key] ?? formatForEditing(state.levers[key], numbersOf(state));
  // A cost left at nothing shows an empty field: the costs are optional.
  for (const key of INVESTMENT_KEYS) {
    const cost = state.investment?.[key] ?? 0;
    texts[key] = drafts[key] ?? (cost > 0 ? formatForEditing(cost, numbersOf(state)) : '');
  }
  const rangeTexts: CalculatorForm['rangeTexts'] = {};
  for (const key of RANGE_KEYS) {
    const range = state.ranges?.[key];
    if (range)
      rangeTexts[key] = {
        low: formatForEditing(range.low, numbersOf(state)),
        high: formatForEditing(range.high, numbersOf(state)),
      };
  }
  return { texts, rangeTexts, state };
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
  const held = heldRanges(ranges, state.values);
  if (Object.keys(held).length > 0) state.ranges = held;
  const drafts: Drafts = {};
  for (const key of CALCULATOR_TEXT_KEYS) {
    const result = validateText(key, texts[key], numbersOf(state));
    if (!result.ok) drafts[key] = texts[key].slice(0, MAX_DRAFT_CHARS);
  }
  return Object.keys(drafts).length > 0 ? { ...state, drafts } : state;
}

/** True when every field can be used, so a link to the form shows figures a colleague can use. */
export function isFormShareable(form: CalculatorForm): boolean {
  return stateToKeep(form).drafts === undefined;
}
