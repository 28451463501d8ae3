// What drives the result: for each input, the first-year total when that input alone moves from its
// low to its high figure (its range when the reader gave one, otherwise 20% either side of its
// figure, within what the input allows), every other input at its likely figure. Sorted by how far
// the total moves, this is the data behind a tornado chart, and the two inputs at the top are the
// assumptions a board should question first.
import { CALCULATOR_INPUTS, type CalculatorValues } from './inputs';
import { clampValues } from './model';
import { isWide, RANGE_KEYS, type RangeKey, type Ranges } from './ranges';
import { totalsFor } from './simulation';

/** How far an input moves when it has no range: this share either side of its figure. */
const DEFAULT_SWING = 0.2;

/** One input's effect on the first-year total. */
export interface Driver {
  key: RangeKey;
  /** The input's label. */
  label: string;
  /** The input's low and high figures. */
  low: number;
  high: number;
  /** Where the low and high figures come from: the reader's range, or 20% either side. */
  basis: 'range' | 'swing';
  /** The first-year total with the input at its low and at its high figure. */
  totalAtLow: number;
  totalAtHigh: number;
  /** How far the total moves between the two (never negative). */
  effect: number;
}

/** The inputs' effects on the first-year total, largest first; inputs that do not move it are left out. */
export function findDrivers(values: CalculatorValues, ranges: Ranges = {}): Driver[] {
  const likely = clampValues(values);
  const drivers: Driver[] = [];
  for (const key of RANGE_KEYS) {
    const { label, min, max } = CALCULATOR_INPUTS[key];
    const range = ranges[key];
    const ranged = isWide(range);
    const low = ranged ? range.low : Math.max(min, likely[key] * (1 - DEFAULT_SWING));
    const high = ranged ? range.high : Math.min(max, likely[key] * (1 + DEFAULT_SWING));
    const totalAtLow = totalsFor({ ...likely, [key]: low }).firstYear;
    const totalAtHigh = totalsFor({ ...likely, [key]: high }).firstYear;
    const effect = Math.abs(totalAtHigh - totalAtLow);
    if (!Number.isFinite(effect) || effect < 1e-9) continue;
    drivers.push({ key, label, low, high, basis: ranged ? 'range' : 'swing', totalAtLow, totalAtHigh, effect });
  }
  // Equal effects keep the page's order, so the list is the same on every device.
  return drivers.sort((a, b) => b.effect - a.effect);
}

/** The sentence naming the inputs that matter most, e.g. for a board. */
export function describeTopDrivers(drivers: readonly Driver[], money: (value: number) => string): string {
  const [first, second] = drivers;
  if (!first) return 'None of your figures moves the total: check that the figures that matter are not zero.';
  const moves = (driver: Driver): string =>
    `${driver.label} (the total runs from ${money(Math.min(driver.totalAtLow, driver.totalAtHigh))} to ${money(Math.max(driver.totalAtLow, driver.totalAtHigh))})`;
  if (!second) return `Only one of your figures moves the total: ${moves(first)}.`;
  return `The two figures that matter most are ${moves(first)} and ${moves(second)}. Question these first.`;
}
