// The calculator's whole state (inputs, improvement levers, currency and locale) as one value, and
// the stored format every saved copy is checked against before it is trusted.
import * as z from '../zod';
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
import { checkRange, RANGE_KEYS, type Ranges } from './ranges';

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
  /**
   * Inputs given as a range instead of a single figure: the low and high ends, the input's value
   * being the likely figure. Absent when every input is a single figure (as in every older copy).
   */
  ranges?: Ranges;
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

const CHOICE_KEYS: readonly ChoiceInputKey[] = ['valueBasis', 'acquisitionMode', 'lostCustomerView'];

const inRange = ({ min, max, wholeNumber }: { min: number; max: number; wholeNumber?: boolean }) =>
  (wholeNumber ? z.int() : z.number()).check(z.gte(min), z.lte(max));
const fields = <K extends string, S extends z.ZodMiniType>(keys: readonly K[], schema: (key: K) => S) =>
  Object.fromEntries(keys.map((key) => [key, schema(key)])) as Record<K, S>;

/** Validates a calculator state: every number in range, every choice one of its options. */
export const calculatorStateSchema = z
  .object({
    values: z.object({
      ...fields(NUMBER_INPUT_KEYS, (key) => inRange(CALCULATOR_INPUTS[key])),
      ...fields(CHOICE_KEYS, (key) => z.enum(CHOICE_INPUTS[key].options.map((option) => option.value))),
    }),
    levers: z.object(fields(LEVER_KEYS, (key) => inRange(LEVER_INPUTS[key]))),
    currency: z.string().check(z.refine(isSupportedCurrency, 'Choose a currency from the list.')),
    locale: z
      .string()
      .check(z.refine((tag: string) => canonicaliseLocale(tag) === tag, 'Choose a language and region from the list.')),
    drafts: z.optional(z.object(fields(DRAFT_KEYS, () => z.optional(z.string().check(z.maxLength(MAX_DRAFT_CHARS)))))),
    ranges: z.optional(
      z.object(
        fields(RANGE_KEYS, (key) =>
          z.optional(z.object({ low: inRange(CALCULATOR_INPUTS[key]), high: inRange(CALCULATOR_INPUTS[key]) })),
        ),
      ),
    ),
  })
  .check(
    z.refine(
      (state: {
        values: Record<string, unknown>;
        ranges?: Partial<Record<string, { low: number; high: number } | undefined>> | undefined;
      }) =>
        RANGE_KEYS.every((key) => {
          const range = state.ranges?.[key];
          const likely = state.values[key];
          return range === undefined || (typeof likely === 'number' && checkRange(key, range, likely) === undefined);
        }),
      'Each range must run from its low figure through the likely figure to its high figure.',
    ),
  ) as unknown as z.ZodMiniType<CalculatorState>;

/** The stored format of a calculator state, for saving it on the device or in a file. */
export const calculatorStateFormat: FormatSpec<CalculatorState> = {
  kind: 'accueil.cost-of-inaction',
  version: 1,
  schema: calculatorStateSchema,
  maxChars: 10_000,
};
