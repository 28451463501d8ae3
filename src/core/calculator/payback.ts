// Does the improvement pay back? Given what it costs (once, up front, and every year) and what it
// saves each year of the horizon (the status quo's total minus the improved one, as scenario.ts
// works out), this finds the net benefit year by year, the month the running total turns for good,
// and the most it would be worth spending up front.
//
// The rules, said on the page too: the one-off cost is paid at the very start; each year's saving
// and the yearly cost build up evenly over that year's twelve months; money is not discounted (a
// euro in year five counts as a euro today). The payback month is the first month from whose end
// the running net total stays at or above zero for the rest of the horizon.
import { makeFigure, type Figure, type Formatter } from './figures';
import type { Investment } from './investment';

/** Months in a year: savings and the yearly cost build up evenly over them. */
const MONTHS_PER_YEAR = 12;

/** When the improvement pays back. */
export type PaybackPoint =
  /** Nothing is spent, so there is nothing to pay back. */
  | { kind: 'no-cost' }
  /** From the end of this month on (0: from the start), the running net total stays at or above zero. */
  | { kind: 'month'; month: number }
  /** The running net total is still below zero at the end of the horizon, or never rises above it. */
  | { kind: 'never' };

/** One year of the improvement's costs and savings. */
export interface PaybackYear {
  /** The year, counting from 1. */
  year: number;
  /** What the improvement saves this year. */
  saving: number;
  /** What it costs this year: the yearly cost, plus the one-off cost in year 1. */
  cost: number;
  /** Saving minus cost. */
  net: number;
  /** The net benefit from the start to the end of this year, the one-off cost included. */
  cumulativeNet: number;
}

/** What the improvement returns for what it costs, over the horizon. */
export interface Payback {
  /** The costs used (each at least zero). */
  investment: Investment;
  /** One row per year of the horizon. */
  years: PaybackYear[];
  /** When it pays back. */
  point: PaybackPoint;
  /** Everything it saves over the horizon. */
  totalSaving: number;
  /** Everything it costs over the horizon. */
  totalCost: number;
  /** Total saving minus total cost. */
  netBenefit: number;
  /**
   * The most worth spending up front, given the yearly cost: the one-off cost at which the net
   * benefit over the horizon is exactly zero, or zero when the yearly cost alone eats the savings.
   */
  maxOneOff: number;
}

// A cost typed by a person is finite and at least zero; anything else counts as nothing spent.
const cost = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
const finite = (value: number): number => (Number.isFinite(value) ? value : 0);

/**
 * Works out the payback of an improvement from its costs and its yearly savings (one per year of
 * the horizon). Every number it returns is finite.
 */
export function analysePayback(investment: Investment, savings: readonly number[]): Payback {
  const oneOffCost = cost(investment.oneOffCost);
  const yearlyCost = cost(investment.yearlyCost);
  const saved = savings.map(finite);
  const nets = saved.map((saving) => saving - yearlyCost);
  // Net totals at each year's end, before the one-off cost: prefix[y] covers years 1 to y.
  const prefix = [0];
  for (const net of nets) prefix.push((prefix.at(-1) ?? 0) + net);
  const horizonNet = prefix.at(-1) ?? 0;
  const years = nets.map((net, index): PaybackYear => ({
    year: index + 1,
    saving: saved[index] ?? 0,
    cost: yearlyCost + (index === 0 ? oneOffCost : 0),
    net: net - (index === 0 ? oneOffCost : 0),
    cumulativeNet: (prefix[index + 1] ?? 0) - oneOffCost,
  }));
  const totalSaving = saved.reduce((sum, saving) => sum + saving, 0);
  return {
    investment: { oneOffCost, yearlyCost },
    years,
    point: findPayback(oneOffCost, yearlyCost, nets, prefix),
    totalSaving,
    totalCost: oneOffCost + yearlyCost * nets.length,
    netBenefit: horizonNet - oneOffCost,
    maxOneOff: Math.max(0, horizonNet),
  };
}

/** The running net total at the end of a month (0: the start), savings and yearly cost spread evenly. */
function netAtMonth(month: number, oneOffCost: number, nets: readonly number[], prefix: readonly number[]): number {
  if (month === 0) return -oneOffCost;
  const year = Math.ceil(month / MONTHS_PER_YEAR);
  const share = (month - (year - 1) * MONTHS_PER_YEAR) / MONTHS_PER_YEAR;
  // At a year's end (share 1) this is exactly prefix[year] − oneOffCost, the year table's figure.
  return (prefix[year - 1] ?? 0) + (nets[year - 1] ?? 0) * share - oneOffCost;
}

function findPayback(
  oneOffCost: number,
  yearlyCost: number,
  nets: readonly number[],
  prefix: readonly number[],
): PaybackPoint {
  if (oneOffCost === 0 && yearlyCost === 0) return { kind: 'no-cost' };
  // Savings that only ever equal the yearly cost, with nothing spent up front, return nothing.
  if (oneOffCost === 0 && nets.every((net) => net === 0)) return { kind: 'never' };
  let month: number | undefined;
  for (let at = nets.length * MONTHS_PER_YEAR; at >= 0; at -= 1) {
    if (netAtMonth(at, oneOffCost, nets, prefix) < 0) break;
    month = at;
  }
  return month === undefined ? { kind: 'never' } : { kind: 'month', month };
}

/** The payback point as a number for ordering: the month, 0 when nothing is spent, Infinity for never. */
export function paybackOrder(point: PaybackPoint): number {
  if (point.kind === 'no-cost') return 0;
  return point.kind === 'month' ? point.month : Number.POSITIVE_INFINITY;
}

/** "over 5 years" or "over one year". */
function overYears(years: number): string {
  return years === 1 ? 'over one year' : `over ${years} years`;
}

/** When it pays back, in words: "Pays back in month 14 (year 2)". */
function describePaybackPoint(payback: Payback): string {
  const { point, years } = payback;
  const horizon = years.length;
  switch (point.kind) {
    case 'no-cost':
      return 'With no cost entered, there is nothing to pay back';
    case 'never':
      return `Does not pay back within the ${horizon === 1 ? 'one-year' : `${horizon}-year`} horizon`;
    case 'month': {
      const { month } = point;
      if (month === 0)
        return 'Pays back from the start: with nothing spent up front, the savings cover the yearly cost';
      if (month <= MONTHS_PER_YEAR)
        return `Pays back within the first year: after about ${month === 1 ? 'a month' : `${month} months`}`;
      return `Pays back in month ${month} (year ${Math.ceil(month / MONTHS_PER_YEAR)})`;
    }
  }
}

/**
 * The plain sentence for a board: when it pays back and what it returns for what it costs, e.g.
 * "Pays back in month 14 (year 2); over 3 years it returns €2,100,000 for €400,000 spent."
 */
export function describePayback(payback: Payback, f: Formatter): string {
  const horizon = payback.years.length;
  const when = describePaybackPoint(payback);
  if (payback.point.kind === 'no-cost') {
    return `${when}: ${overYears(horizon)} these improvements save ${f.money(payback.totalSaving)}. Enter what they would cost to see when they pay back.`;
  }
  const returns = `${when}; ${overYears(horizon)} it returns ${f.money(payback.totalSaving)} for ${f.money(payback.totalCost)} spent.`;
  if (payback.point.kind !== 'never') return returns;
  const last = payback.years.at(-1);
  const short = -payback.netBenefit;
  if (last && last.net > 0 && short > 0)
    return `${returns} It is still ${f.money(short)} short at the end of year ${last.year}, so it would take longer.`;
  return `${returns} The savings never run ahead of what it costs.`;
}

/** The payback's figures, each with the sum behind it in words. */
export interface PaybackFigures {
  /** Everything saved over the horizon. */
  totalSaving: Figure;
  /** Everything spent over the horizon. */
  totalCost: Figure;
  /** Saved minus spent. */
  netBenefit: Figure;
  /** The most worth spending up front, given the yearly cost. */
  maxOneOff: Figure;
}

/** Writes the payback's figures with their sums, in the reader's currency and number format. */
export function paybackFigures(payback: Payback, f: Formatter): PaybackFigures {
  const { investment, years } = payback;
  const horizon = years.length;
  const savings = years.map((row) => f.money(row.saving));
  const yearly = `${horizon} × ${f.money(investment.yearlyCost)} a year`;
  const totalSaving = makeFigure(payback.totalSaving, f.money, (s) =>
    horizon === 1
      ? `${s} saved in one year`
      : horizon <= 5
        ? `${savings.join(' + ')} = ${s} saved ${overYears(horizon)}`
        : `the ${horizon} yearly savings, from ${savings[0] ?? ''} in year 1 to ${savings.at(-1) ?? ''} in year ${horizon}, added up = ${s}`,
  );
  const totalCost = makeFigure(
    payback.totalCost,
    f.money,
    (s) => `${f.money(investment.oneOffCost)} up front + ${yearly} = ${s} spent ${overYears(horizon)}`,
  );
  const netBenefit = makeFigure(
    payback.netBenefit,
    f.money,
    (s) => `${totalSaving.text} saved − ${totalCost.text} spent = ${s}`,
  );
  const maxOneOff = makeFigure(payback.maxOneOff, f.money, (s) =>
    investment.yearlyCost === 0
      ? `${totalSaving.text} saved ${overYears(horizon)}, with no yearly cost = ${s}`
      : payback.maxOneOff > 0
        ? `${totalSaving.text} saved − ${yearly} = ${s}`
        : `${totalSaving.text} saved − ${yearly} leaves nothing, so ${s}`,
  );
  return { totalSaving, totalCost, netBenefit, maxOneOff };
}
