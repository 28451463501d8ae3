// How sure the total is, for inputs given as ranges (see ranges.ts). A seeded simulation draws every ranged input
// from a triangular distribution a few thousand times and reports the total's 10th and 90th
// percentiles, widened to include the likely total when a lopsided range leaves it outside them,
// so "between X and Y, most likely Z" always holds. The same inputs and seed give the same result.
//
// Each draw takes one uniform number per rangeable input, in a fixed order, and turns it into a
// value through the input's quantile function. An input's draws therefore do not depend on which
// other inputs have ranges, and widening a range only moves each of its draws further from the
// likely value, so the result's range never narrows.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Formatter } from './figures';
import { formatWith, resolveCurrency, UNAVAILABLE } from './format';
import { CALCULATOR_INPUTS, type CalculatorValues } from './inputs';
import { NO_LEVERS } from './levers';
import { clampValues, computeCostOfInaction } from './model';
import { isWide, RANGE_KEYS, type RangeKey, type Ranges } from './ranges';

/** How many draws a simulation makes. */
const SIMULATION_DRAWS = 2000;

/** The seed used unless another is given, so a link always shows the same range. */
const DEFAULT_SEED = 20_211;

// The inputs added after the simulation was first published (issue 21's failure demand), and the
// offset of their stream's seed.
const LATER_KEYS: ReadonlySet<RangeKey> = new Set<RangeKey>(['failureDemandShare']);
const LATER_STREAM = 7919;

/** A total as a range: low and high (10th and 90th percentiles, holding the likely total) and the likely total. */
export interface ResultRange {
  low: number;
  likely: number;
  high: number;
}

/** The simulated totals: the first year and the whole horizon. */
export interface Uncertainty {
  firstYear: ResultRange;
  horizon: ResultRange;
}

/**
 * The value of a triangular distribution from `low` to `high` with its mode at `likely` below which
 * a share `u` (0 to 1) of draws fall. It never leaves [low, high].
 */
function triangularQuantile(u: number, low: number, likely: number, high: number): number {
  if (!(high > low)) return likely;
  const mode = Math.min(high, Math.max(low, likely));
  const width = high - low;
  const split = (mode - low) / width;
  const value =
    u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
  return Math.min(high, Math.max(low, value));
}

/** The value below which a share `p` of the sorted numbers lie, interpolating between neighbours. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  const lower = sorted[below] ?? 0;
  const upper = sorted[above] ?? lower;
  return lower + (upper - lower) * (at - below);
}

// The figures' words are not needed for a draw, only their values: writing nothing keeps a few
// thousand draws fast enough for a phone.
const nothing = (): string => '';
const SILENT: Formatter = {
  locale: 'en-GB',
  currency: 'EUR',
  money: nothing,
  count: nothing,
  number: nothing,
  percent: nothing,
  countOf: nothing,
  numberOf: nothing,
  hours: nothing,
  human: nothing,
};

/** The first-year and horizon totals of the status quo for some values. */
export function totalsFor(values: CalculatorValues): { firstYear: number; horizon: number } {
  const result = computeCostOfInaction(values, { levers: NO_LEVERS, formatter: SILENT });
  return { firstYear: result.totalPerYear.value, horizon: result.cumulativeTotal.value };
}

/** A simulation run in slices, so a page can draw between them and never block typing. */
export interface Simulation {
  /** Makes up to `count` more draws; true once every draw is made. */
  step: (count: number) => boolean;
  /** The result of the draws made so far (of every draw once step has returned true). */
  result: () => Uncertainty;
}

/** Prepares a simulation of the totals for values with ranges. */
export function createSimulation(
  values: CalculatorValues,
  ranges: Ranges,
  { seed = DEFAULT_SEED, draws = SIMULATION_DRAWS }: { seed?: number; draws?: number } = {},
): Simulation {
  const likelyValues = clampValues(values);
  const likely = totalsFor(likelyValues);
  const ranged = RANGE_KEYS.filter((key) => isWide(ranges[key]));
  const rng = xoroshiro128plus(seed);
  // Inputs added later draw from a stream of their own, so every earlier input keeps its draws and
  // a link made before them shows the same range.
  const laterRng = xoroshiro128plus(seed + LATER_STREAM);
  const firstYear: number[] = [];
  const horizon: number[] = [];
  const step = (count: number): boolean => {
    for (let made = 0; made < count && firstYear.length < draws; made += 1) {
      const drawn: CalculatorValues = { ...likelyValues };
      for (const key of RANGE_KEYS) {
        const u = uniformFloat64(LATER_KEYS.has(key) ? laterRng : rng);
        const range = ranges[key];
        if (!ranged.includes(key) || range === undefined) continue;
        const { min, max } = CALCULATOR_INPUTS[key];
        const low = Math.max(min, Math.min(range.low, likelyValues[key]));
        const high = Math.min(max, Math.max(range.high, likelyValues[key]));
        drawn[key] = triangularQuantile(u, low, likelyValues[key], high);
      }
      const totals = totalsFor(drawn);
      firstYear.push(totals.firstYear);
      horizon.push(totals.horizon);
    }
    return firstYear.length >= draws;
  };
  const summarise = (totals: readonly number[], likelyTotal: number): ResultRange => {
    if (totals.length === 0 || ranged.length === 0) return { low: likelyTotal, likely: likelyTotal, high: likelyTotal };
    const sorted = [...totals].sort((a, b) => a - b);
    return {
      low: Math.min(percentile(sorted, 0.1), likelyTotal),
      likely: likelyTotal,
      high: Math.max(percentile(sorted, 0.9), likelyTotal),
    };
  };
  return {
    step,
    result: () => ({
      firstYear: summarise(firstYear, likely.firstYear),
      horizon: summarise(horizon, likely.horizon),
    }),
  };
}

/** Runs a whole simulation at once (tests, and small cases). */
export function simulate(
  values: CalculatorValues,
  ranges: Ranges,
  options: { seed?: number; draws?: number } = {},
): Uncertainty {
  const simulation = createSimulation(values, ranges, options);
  simulation.step(Number.POSITIVE_INFINITY);
  return simulation.result();
}

/** An amount rounded for a sentence about a range: two significant figures, in short form ("€1.2M"). */
export function formatRangeAmount(value: number, currency: unknown, locale: unknown): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  return formatWith(value, locale, {
    style: 'currency',
    currency: resolveCurrency(currency),
    notation: 'compact',
    maximumSignificantDigits: 2,
  });
}

/** One total's range in words: "between €0.9M and €1.6M in the first year, most likely €1.2M". */
function describeResultRange(range: ResultRange, when: string, currency: unknown, locale: unknown): string {
  const write = (value: number): string => formatRangeAmount(value, currency, locale);
  return `between ${write(range.low)} and ${write(range.high)} ${when}, most likely ${write(range.likely)}`;
}

/** The plain sentence for both totals, e.g. for a board: how sure the figure is. */
export function describeUncertainty(
  uncertainty: Uncertainty,
  years: number,
  currency: unknown,
  locale: unknown,
): string {
  const first = describeResultRange(uncertainty.firstYear, 'in the first year', currency, locale);
  const over = years === 1 ? 'over one year' : `over ${years} years`;
  const horizon = describeResultRange(uncertainty.horizon, over, currency, locale);
  return `With the ranges you gave, the cost of inaction is ${first}; and ${horizon}.`;
}
