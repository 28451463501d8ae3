// Field rules on top of parseLocaleNumber: the range, whole numbers where they matter, and
// messages that name the field and show the allowed range in the reader's own number format.
import { CHOICE_INPUTS, type ChoiceInputKey } from './choices';
import {
  CALCULATOR_INPUTS,
  NUMBER_INPUT_KEYS,
  type CalculatorValues,
  type NumberInputDefinition,
  type NumberInputKey,
} from './inputs';
import { formatCount, formatMinutes, formatNumber, formatPercent, withUnit } from './format';
import { describeParseFailure, parseLocaleNumber } from './parse';

/** The outcome of checking one field. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

/** A message for one field that could not be used. */
export interface FieldError<K extends string = string> {
  /** The field's key. */
  key: K;
  /** A plain sentence saying what is wrong and how to fix it. */
  message: string;
}

/** Formats a value in an input's unit for messages: "100%", "600 minutes", "20 years". */
export function formatInputValue(definition: NumberInputDefinition, value: number, locale: unknown): string {
  switch (definition.unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'minutes':
      return formatMinutes(value, locale);
    case 'years':
      return withUnit(value, locale, 'year', 'years');
    case 'multiple':
      return withUnit(value, locale, 'time', 'times');
    case 'count':
      return formatCount(value, locale);
    case 'per-year':
    case 'money':
    case 'score':
      return formatNumber(value, locale);
  }
}

/** Words an input's allowed range in the reader's format: "between 0% and 100%". */
function describeRange(definition: NumberInputDefinition, locale: unknown): string {
  const min = formatInputValue(definition, definition.min, locale);
  return `between ${min} and ${formatInputValue(definition, definition.max, locale)}`;
}

/** Checks that a number suits an input (range, whole number); returns a message when it does not. */
export function checkNumberInput(definition: NumberInputDefinition, value: number, locale: unknown): FieldResult {
  // Worded only for a message: a valid value, the usual case on every keystroke, needs no words.
  const range = () => describeRange(definition, locale);
  if (!Number.isFinite(value)) return { ok: false, message: `“${definition.label}” must be a number ${range()}.` };
  if (value < definition.min || value > definition.max) {
    const side = value < definition.min ? 'too small' : 'too large';
    return { ok: false, message: `“${definition.label}” is ${side}. Enter a number ${range()}.` };
  }
  if (definition.wholeNumber && !Number.isInteger(value)) {
    const rounded = formatInputValue(definition, Math.round(value), locale);
    return { ok: false, message: `“${definition.label}” must be a whole number, for example ${rounded}.` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Reads and checks the text typed into any numeric field defined like the calculator's inputs. */
export function validateNumberText(definition: NumberInputDefinition, text: unknown, locale: unknown): FieldResult {
  const parsed = parseLocaleNumber(text, locale, { allowPercent: definition.unit === 'percent' });
  if (!parsed.ok) {
    const problem = describeParseFailure(parsed.reason, locale);
    return { ok: false, message: `“${definition.label}” ${problem} It must be ${describeRange(definition, locale)}.` };
  }
  return checkNumberInput(definition, parsed.value, locale);
}

/** Reads and checks the text typed into one calculator input. */
export function validateInput(key: NumberInputKey, text: unknown, locale: unknown): FieldResult {
  return validateNumberText(CALCULATOR_INPUTS[key], text, locale);
}

/** Checks a choice input's value against its options. */
export function validateChoice<K extends ChoiceInputKey>(
  key: K,
  value: unknown,
): { ok: true; value: CalculatorValues[K] } | { ok: false; message: string } {
  const definition = CHOICE_INPUTS[key];
  const option = definition.options.find((candidate) => candidate.value === value);
  if (option) return { ok: true, value: option.value as CalculatorValues[K] };
  const choices = definition.options.map((candidate) => `“${candidate.label}”`).join(' or ');
  return { ok: false, message: `For “${definition.label}”, choose ${choices}.` };
}

/** The texts typed into the form; a missing field takes its default, an empty one is an error. */
export type RawCalculatorInputs = Partial<Record<NumberInputKey | ChoiceInputKey, string>>;

/** The outcome of checking the whole form. */
export type ValidationResult<V, K extends string> = { ok: true; values: V } | { ok: false; errors: FieldError<K>[] };

/** Reads and checks every calculator input, returning all values or every problem at once. */
export function validateAll(
  rawTexts: RawCalculatorInputs,
  locale: unknown,
): ValidationResult<CalculatorValues, NumberInputKey | ChoiceInputKey> {
  const errors: FieldError<NumberInputKey | ChoiceInputKey>[] = [];
  const numbers: Partial<Record<NumberInputKey, number>> = {};
  for (const key of NUMBER_INPUT_KEYS) {
    const text = rawTexts[key];
    const result =
      text === undefined
        ? { ok: true as const, value: CALCULATOR_INPUTS[key].default }
        : validateInput(key, text, locale);
    if (result.ok) numbers[key] = result.value;
    else errors.push({ key, message: result.message });
  }
  const readChoice = <K extends ChoiceInputKey>(key: K): CalculatorValues[K] => {
    const raw = rawTexts[key];
    const result = validateChoice(key, raw ?? CHOICE_INPUTS[key].default);
    if (result.ok) return result.value;
    errors.push({ key, message: result.message });
    return CHOICE_INPUTS[key].default as CalculatorValues[K];
  };
  const choices = {
    valueBasis: readChoice('valueBasis'),
    acquisitionMode: readChoice('acquisitionMode'),
    lostCustomerView: readChoice('lostCustomerView'),
  };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, values: { ...(numbers as Record<NumberInputKey, number>), ...choices } };
}
