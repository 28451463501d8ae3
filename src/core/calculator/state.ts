// The calculator's whole state (inputs, improvement levers, currency and locale) as one value, and
// the stored format every saved copy is checked against before it is trusted. The check is written
// by hand rather than with zod, which would cost the page most of its JavaScript budget; it accepts
// exactly what calculatorStateSchema (state-schema.ts) accepts, and a property test holds them together.
import type { FormatSpec } from '../versioned';
import { CHOICE_INPUTS, type ChoiceInputKey } from './choices';
import { DEFAULT_CURRENCY, isSupportedCurrency } from './format';
import { CALCULATOR_INPUTS, getDefaultValues, NUMBER_INPUT_KEYS, type CalculatorValues } from './inputs';
import { getDefaultLevers, LEVER_INPUTS, LEVER_KEYS, type Levers } from './levers';
import { canonicaliseLocale, FALLBACK_LOCALE } from './locale';

/** Everything needed to show the calculator as someone left it. */
export interface CalculatorState {
  /** The inputs. */
  values: CalculatorValues;
  /** The improvements in the "if we improve" scenario. */
  levers: Levers;
  /** The ISO 4217 currency results are shown in. */
  currency: string;
  /** The locale numbers are read and written in. */
  locale: string;
}

/** Returns the state the calculator starts with. */
export function getDefaultState(): CalculatorState {
  return {
    values: getDefaultValues(),
    levers: getDefaultLevers(),
    currency: DEFAULT_CURRENCY,
    locale: FALLBACK_LOCALE,
  };
}

/** The result of checking a state, in the shape of zod's safeParse (all decodeVersioned reads). */
export type StateCheck<T> =
  { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

const CHOICE_KEYS: readonly ChoiceInputKey[] = ['valueBasis', 'acquisitionMode', 'lostCustomerView'];

class Invalid extends Error {
  constructor(
    readonly path: PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

function record(data: unknown, path: PropertyKey[]): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Invalid(path, 'Expected an object.');
  return data as Record<string, unknown>;
}

function number(data: unknown, min: number, max: number, whole: boolean, path: PropertyKey[]): number {
  if (typeof data !== 'number' || !Number.isFinite(data)) throw new Invalid(path, 'Expected a number.');
  if (data < min || data > max) throw new Invalid(path, `Expected a number from ${min} to ${max}.`);
  if (whole && !Number.isSafeInteger(data)) throw new Invalid(path, 'Expected a whole number.');
  return data;
}

function readState(data: unknown): CalculatorState {
  const root = record(data, []);
  const rawValues = record(root['values'], ['values']);
  const values: Record<string, unknown> = {};
  for (const key of NUMBER_INPUT_KEYS) {
    const { min, max, wholeNumber } = CALCULATOR_INPUTS[key];
    values[key] = number(rawValues[key], min, max, wholeNumber, ['values', key]);
  }
  for (const key of CHOICE_KEYS) {
    const option = CHOICE_INPUTS[key].options.find((candidate) => candidate.value === rawValues[key]);
    if (!option) throw new Invalid(['values', key], 'Expected one of the options.');
    values[key] = option.value;
  }
  const rawLevers = record(root['levers'], ['levers']);
  const levers: Record<string, number> = {};
  for (const key of LEVER_KEYS) {
    const { min, max } = LEVER_INPUTS[key];
    levers[key] = number(rawLevers[key], min, max, false, ['levers', key]);
  }
  const { currency, locale } = root;
  if (typeof currency !== 'string' || !isSupportedCurrency(currency)) {
    throw new Invalid(['currency'], 'Choose a currency from the list.');
  }
  if (typeof locale !== 'string' || canonicaliseLocale(locale) !== locale) {
    throw new Invalid(['locale'], 'Choose a language and region from the list.');
  }
  return { values: values as CalculatorValues, levers: levers as unknown as Levers, currency, locale };
}

/** Checks a calculator state like calculatorStateSchema.safeParse: numbers in range, known choices. */
export function safeParseCalculatorState(data: unknown): StateCheck<CalculatorState> {
  try {
    return { success: true, data: readState(data) };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { success: false, error: { issues: [{ path: error.path, message: error.message }] } };
  }
}

/** The stored format of a calculator state, for saving it on the device or in a file. */
export const calculatorStateFormat: FormatSpec<CalculatorState> = {
  kind: 'accueil.cost-of-inaction',
  version: 1,
  // A hand-written validator: zod would cost the page most of its JavaScript budget.
  schema: { safeParse: safeParseCalculatorState },
  maxChars: 10_000,
};
