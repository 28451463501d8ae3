// The calculator's whole state (inputs, improvement levers, currency and locale) as one value, and
// the stored format every saved copy is checked against before it is trusted. The check is written
// by hand rather than with zod, which would cost the page most of its JavaScript budget; it accepts
// exactly what calculatorStateSchema (state-schema.ts) accepts, and a property test holds them together.
import type { FormatSpec } from '../versioned';
import { CHOICE_INPUTS, type ChoiceInputKey } from './choices';
import { DEFAULT_CURRENCY, isSupportedCurrency } from './format';
import {
  CALCULATOR_INPUTS,
  getDefaultValues,
  NUMBER_INPUT_KEYS,
  type CalculatorValues,
  type NumberInputKey,
} from './inputs';
import { getDefaultLevers, LEVER_INPUTS, LEVER_KEYS, type LeverKey, type Levers } from './levers';
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
  /**
   * What the reader typed in each field that cannot be used yet (e.g. "1e309"), exactly as typed.
   * The numbers above keep that field's last usable value for the sums, but the link and the saved
   * copy carry the typed text, so they never claim a figure the screen does not show.
   */
  drafts?: Drafts;
}

/** A number field that can hold a draft: an input or an improvement lever. */
export type DraftKey = NumberInputKey | LeverKey;

/** Texts typed into fields that cannot be used yet, by field. */
export type Drafts = Partial<Record<DraftKey, string>>;

/** The longest draft kept: anything longer is no figure anyone meant to type. */
export const MAX_DRAFT_CHARS = 100;

/** Every field that can hold a draft, inputs first. */
export const DRAFT_KEYS: readonly DraftKey[] = [...NUMBER_INPUT_KEYS, ...LEVER_KEYS];

/** The state without its drafts, and the drafts when there are any. */
export function splitDrafts(state: CalculatorState): { state: CalculatorState; drafts: Drafts } {
  const { drafts = {}, ...rest } = state;
  return { state: rest, drafts };
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
  const state: CalculatorState = {
    values: values as CalculatorValues,
    levers: levers as unknown as Levers,
    currency,
    locale,
  };
  if (root['drafts'] !== undefined) state.drafts = readDrafts(root['drafts']);
  return state;
}

function readDrafts(data: unknown): Drafts {
  const raw = record(data, ['drafts']);
  const drafts: Drafts = {};
  for (const key of DRAFT_KEYS) {
    const text = raw[key];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.length > MAX_DRAFT_CHARS) {
      throw new Invalid(['drafts', key], `Expected text of at most ${MAX_DRAFT_CHARS} characters.`);
    }
    drafts[key] = text;
  }
  return drafts;
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
