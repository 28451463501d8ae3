// The cost of inaction: what waiting, customers leaving over poor service and frontline turnover
// cost in a year, and added up over the years ahead. Every result is a Figure whose formula shows
// the sum with the reader's numbers. The rule for adding years up is in series.ts and ASSUMPTIONS,
// and the page lists it beside the results.
import { computeChurnFigures, type ChurnFigures } from './churn';
import { createFormatter, type DisplayOptions, type Figure, type Formatter } from './figures';
import { CHOICE_INPUTS } from './choices';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS, type CalculatorValues } from './inputs';
import { LEVER_KEYS, NO_LEVERS, type Levers } from './levers';
import { buildYearSeries, type YearRow } from './series';
import { computeWaitingFigures, type WaitingFigures } from './waiting';

/** Options for computeCostOfInaction: how to write the results, and any improvements to apply. */
export interface ComputeOptions extends DisplayOptions {
  /** Improvements to apply; leave out for the status quo. */
  levers?: Levers;
  /** Writes the figures; by default one for the locale and currency above. */
  formatter?: Formatter;
}

/** Everything the calculator shows for one scenario. */
export interface CostOfInaction extends WaitingFigures, ChurnFigures {
  /** The values the results were computed from (out-of-range values clamped). */
  values: CalculatorValues;
  /** The improvements applied (all zero for the status quo). */
  levers: Levers;
  /** Year by year over the horizon, with a running total. */
  years: YearRow[];
  /** The cost of inaction added up over the horizon. */
  cumulativeTotal: Figure;
  /** How the years are added up, in plain words with the actual rates. */
  cumulationRule: string;
}

/** The outputs that are a single Figure, for comparing scenarios field by field. */
export type FigureKey = {
  [K in keyof CostOfInaction]: CostOfInaction[K] extends Figure ? K : never;
}[keyof CostOfInaction];

/** Computes the cost of inaction for validated values; never returns NaN or Infinity. */
export function computeCostOfInaction(input: CalculatorValues, options: ComputeOptions = {}): CostOfInaction {
  const values = clampValues(input);
  const levers = clampLevers(options.levers ?? NO_LEVERS);
  const formatter = options.formatter ?? createFormatter(options);
  const waiting = computeWaitingFigures(values, levers, formatter);
  const churn = computeChurnFigures(values, levers, formatter);
  const series = buildYearSeries({
    values,
    lostPerYear: churn.customersLost.value,
    acquisition: churn.acquisitionCostPerCustomer.value,
    staffCost: churn.staffTurnoverCost,
    formatter,
  });
  return {
    values,
    levers,
    ...waiting,
    ...churn,
    years: series.years,
    cumulativeTotal: series.cumulativeTotal,
    cumulationRule: series.rule,
  };
}

/** Brings values into their allowed ranges, so a caller that skipped validation still gets finite results. */
export function clampValues(values: CalculatorValues): CalculatorValues {
  const clamped: CalculatorValues = { ...values };
  for (const key of NUMBER_INPUT_KEYS) {
    const { min, max, wholeNumber, default: fallback } = CALCULATOR_INPUTS[key];
    const raw = values[key];
    const number = Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback;
    clamped[key] = wholeNumber ? Math.round(number) : number;
  }
  for (const key of ['valueBasis', 'acquisitionMode', 'lostCustomerView'] as const) {
    const options: readonly string[] = CHOICE_INPUTS[key].options.map((option) => option.value);
    if (!options.includes(values[key])) Object.assign(clamped, { [key]: CHOICE_INPUTS[key].default });
  }
  return clamped;
}

/** Brings each lever into 0-100 %, treating a missing or non-finite lever as no improvement. */
function clampLevers(levers: Levers): Levers {
  const clamped: Levers = { ...NO_LEVERS };
  for (const key of LEVER_KEYS) {
    const raw = levers[key];
    clamped[key] = Number.isFinite(raw) ? Math.min(100, Math.max(0, raw)) : 0;
  }
  return clamped;
}
