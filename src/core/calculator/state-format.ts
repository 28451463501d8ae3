// The stored format of the calculator's state: the one schema every saved copy, imported file and
// decoded link is checked against before it is trusted. It brings zod, so the page loads it only when
// it has something to read (src/stores/calculator-saved.ts, src/core/calculator/fragment.ts).
import * as z from '../zod';
import type { FormatSpec } from '../versioned';
import { CHOICE_INPUTS, type ChoiceInputKey } from './choices';
import { isSupportedCurrency } from './format';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from './inputs';
import { INVESTMENT_INPUTS, INVESTMENT_KEYS } from './investment';
import { LEVER_INPUTS, LEVER_KEYS } from './levers';
import { canonicaliseLocale } from './locale';
import { PRESETS } from './presets';
import { checkRange, RANGE_KEYS } from './ranges';
import { CALCULATOR_STATE_ENVELOPE, DRAFT_KEYS, MAX_DRAFT_CHARS, type CalculatorState } from './state';

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
    preset: z.optional(z.enum(PRESETS.map((preset) => preset.id))),
    ranges: z.optional(
      z.object(
        fields(RANGE_KEYS, (key) =>
          z.optional(z.object({ low: inRange(CALCULATOR_INPUTS[key]), high: inRange(CALCULATOR_INPUTS[key]) })),
        ),
      ),
    ),
    investment: z.optional(z.object(fields(INVESTMENT_KEYS, (key) => inRange(INVESTMENT_INPUTS[key])))),
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

// A version 1 copy was saved before failure demand existed: it had none, so it opens with none
// (the cut at its default, which changes nothing while there is no failure demand).
function addFailureDemand(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const { values, levers } = old as { values?: unknown; levers?: unknown };
  const record = (part: unknown): object => (typeof part === 'object' && part !== null ? part : {});
  return {
    ...old,
    values: { failureDemandShare: 0, ...record(values) },
    levers: { failureDemandReduction: LEVER_INPUTS.failureDemandReduction.default, ...record(levers) },
  };
}

/** The stored format of a calculator state, for saving it on the device or in a file. */
export const calculatorStateFormat: FormatSpec<CalculatorState> = {
  ...CALCULATOR_STATE_ENVELOPE,
  schema: calculatorStateSchema,
  migrations: { 1: addFailureDemand },
  maxChars: 10_000,
};
