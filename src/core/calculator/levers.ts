// The three improvements the "if we improve" scenario can make. Each is a percentage cut in
// something the status quo measures, so 0 means "no change" and 100 means "gone entirely".
import type { Formatter } from './figures';
import type { NumberInputDefinition } from './inputs';
import { type FieldError, type FieldResult, type ValidationResult, validateNumberText } from './validate';

/** How much better things get in the improved scenario, each in percent (0 to 100). */
export interface Levers {
  /** Cut in the time customers wait, in percent. */
  waitingReduction: number;
  /** Cut in the number of customers who leave over poor service, in percent. */
  serviceChurnReduction: number;
  /** Cut in the number of frontline people who leave, in percent. */
  staffTurnoverReduction: number;
  /** Cut in failure demand (contacts caused by an earlier failure), in percent. */
  failureDemandReduction: number;
}

/** The key of one lever. */
export type LeverKey = keyof Levers;

/** The levers in the order the page and the URL fragment list them. */
export const LEVER_KEYS: readonly LeverKey[] = [
  'waitingReduction',
  'serviceChurnReduction',
  'staffTurnoverReduction',
  'failureDemandReduction',
];

const percentLever = (key: LeverKey, label: string, fallback: number): NumberInputDefinition => ({
  key,
  label,
  unit: 'percent',
  default: fallback,
  min: 0,
  max: 100,
  step: 5,
  wholeNumber: false,
  fragmentKey: 'imp',
});

/** The lever inputs, described like the calculator's other inputs. */
export const LEVER_INPUTS: Readonly<Record<LeverKey, NumberInputDefinition>> = {
  waitingReduction: percentLever('waitingReduction', 'Cut waiting by', 20),
  serviceChurnReduction: percentLever('serviceChurnReduction', 'Cut customers leaving over poor service by', 30),
  staffTurnoverReduction: percentLever('staffTurnoverReduction', 'Cut frontline people leaving by', 10),
  failureDemandReduction: {
    ...percentLever('failureDemandReduction', 'Cut failure demand by', 25),
    fragmentKey: 'fdc',
  },
};

/** No improvement at all: the status quo. */
export const NO_LEVERS: Readonly<Levers> = {
  waitingReduction: 0,
  serviceChurnReduction: 0,
  staffTurnoverReduction: 0,
  failureDemandReduction: 0,
};

/** Returns the levers the page starts with. */
export function getDefaultLevers(): Levers {
  return {
    waitingReduction: LEVER_INPUTS.waitingReduction.default,
    serviceChurnReduction: LEVER_INPUTS.serviceChurnReduction.default,
    staffTurnoverReduction: LEVER_INPUTS.staffTurnoverReduction.default,
    failureDemandReduction: LEVER_INPUTS.failureDemandReduction.default,
  };
}

/** Reads and checks the text typed into one lever. */
export function validateLever(key: LeverKey, text: unknown, locale: unknown): FieldResult {
  return validateNumberText(LEVER_INPUTS[key], text, locale);
}

/** Reads and checks every lever; a missing one takes its default, an empty one is an error. */
export function validateLevers(
  rawTexts: Partial<Record<LeverKey, string>>,
  locale: unknown,
): ValidationResult<Levers, LeverKey> {
  const levers = getDefaultLevers();
  const errors: FieldError<LeverKey>[] = [];
  for (const key of LEVER_KEYS) {
    const text = rawTexts[key];
    if (text === undefined) continue;
    const result = validateLever(key, text, locale);
    if (result.ok) levers[key] = result.value;
    else errors.push({ key, message: result.message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values: levers };
}

/** The share that remains after a cut given in percent: a 20 % cut keeps 0.8. */
export function keepShare(cutPercent: number): number {
  return 1 - cutPercent / 100;
}

/** Words a cut for a formula, e.g. " × 80% (waiting cut by 20%)"; empty when there is no cut. */
export function describeCut(cutPercent: number, what: string, f: Formatter): string {
  return cutPercent > 0 ? ` × ${f.percent(100 - cutPercent)} (${what} cut by ${f.percent(cutPercent)})` : '';
}
