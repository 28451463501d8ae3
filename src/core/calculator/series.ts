// Adding the years up. Two views of a customer who leaves over poor service, and never both:
//
// - Lost value (default): they take their yearly value with them. Had service been good, some
//   would still have left for other reasons, so each year a customer lost earlier still counts
//   with the chance they would have stayed: 1 − (churn × share of churn NOT caused by service).
//   Missing customers therefore build up year on year, towards a ceiling.
// - Replacement: you win a new customer in their place, paying the acquisition cost once. The new
//   customer brings the value back, so the lost value is not counted as well; every year costs
//   the same.
// Staff turnover costs the same every year: leavers are replaced, so the headcount is steady.
import { makeFigure, type Figure, type Formatter } from './figures';
import type { CalculatorValues } from './inputs';

/** One year of the cost of inaction. */
export interface YearRow {
  /** The year, counting from 1. */
  year: number;
  /** Customers who leave over poor service during this year. */
  customersLost: Figure;
  /** Customers lost in earlier years who would still be with you had service been good. */
  customersStillMissing: Figure;
  /** This year's customer cost: value lost, or the cost of replacing this year's leavers. */
  customerCost: Figure;
  /** This year's staff turnover cost. */
  staffTurnoverCost: Figure;
  /** This year's cost of inaction. */
  total: Figure;
  /** The cost of inaction from year 1 to this year. */
  cumulative: Figure;
}

/** What the series needs from the yearly model. */
export interface SeriesInput {
  /** The clamped calculator values. */
  values: CalculatorValues;
  /** Customers lost over poor service each year (after any improvement). */
  lostPerYear: number;
  /** The cost of winning one new customer. */
  acquisition: number;
  /** The staff turnover Figure for one year. */
  staffCost: Figure;
  /** The formatter for the reader's locale and currency. */
  formatter: Formatter;
}

/** The year-by-year rows, their total and the rule used, in plain words. */
export interface YearSeries {
  /** One row per year of the horizon. */
  years: YearRow[];
  /** All years added up. */
  cumulativeTotal: Figure;
  /** How the years were added up, in plain words with the actual rates. */
  rule: string;
}

/** Builds the rows for every year of the horizon, following the rule described above. */
export function buildYearSeries(input: SeriesInput): YearSeries {
  const { values: v, lostPerYear: lost, acquisition, staffCost, formatter: f } = input;
  const countsValue = v.lostCustomerView === 'lost-value';
  // The counterfactual keeps only the churn that good service would not have prevented.
  const otherChurn = (v.annualChurn / 100) * (1 - v.serviceChurnShare / 100);
  const stayRate = 1 - otherChurn;
  const years: YearRow[] = [];
  let missing = 0;
  let cumulative = 0;
  for (let year = 1; year <= v.horizonYears; year += 1) {
    const previousMissing = missing;
    if (year > 1) missing = countsValue ? (missing + lost) * stayRate : 0;
    const customersLost = makeFigure(
      lost,
      (n) => f.countOf(n, 'customer', 'customers'),
      (s) => `${s} leave over poor service in year ${year}`,
    );
    const customersStillMissing = makeFigure(
      missing,
      (n) => f.countOf(n, 'customer', 'customers'),
      (s) =>
        !countsValue
          ? 'none: every customer who left was replaced'
          : year === 1
            ? 'none yet: this is the first year'
            : `(${f.count(previousMissing)} + ${f.count(lost)}) customers × ${f.percent(stayRate * 100)} who would have stayed another year = ${s}`,
    );
    const customerCost = countsValue
      ? makeFigure(
          (lost + missing) * v.valuePerCustomer,
          f.money,
          (s) =>
            `(${f.count(lost)} lost this year + ${f.count(missing)} lost earlier) customers × ${f.money(v.valuePerCustomer)} ${v.valueBasis} = ${s}`,
        )
      : makeFigure(
          lost * acquisition,
          f.money,
          (s) => `${customersLost.text} × ${f.money(acquisition)} to win each new one = ${s}`,
        );
    const total = makeFigure(
      customerCost.value + staffCost.value,
      f.money,
      (s) => `${customerCost.text} for customers + ${staffCost.text} for staff = ${s}`,
    );
    const previous = cumulative;
    cumulative += total.value;
    const running = makeFigure(cumulative, f.money, (s) =>
      year === 1
        ? `${s} in year 1`
        : `${f.money(previous)} up to year ${year - 1} + ${total.text} in year ${year} = ${s}`,
    );
    years.push({
      year,
      customersLost,
      customersStillMissing,
      customerCost,
      staffTurnoverCost: staffCost,
      total,
      cumulative: running,
    });
  }
  return { years, cumulativeTotal: sumYears(years, f), rule: describeRule(v, otherChurn, f) };
}

function sumYears(years: readonly YearRow[], f: Formatter): Figure {
  const total = years.reduce((sum, row) => sum + row.total.value, 0);
  const first = years[0];
  const last = years.at(-1);
  return makeFigure(total, f.money, (s) => {
    if (!first || !last || years.length === 1) return `${s} in one year`;
    if (years.length <= 5) return `${years.map((row) => row.total.text).join(' + ')} = ${s} over ${years.length} years`;
    return `the ${years.length} yearly totals, from ${first.total.text} in year 1 to ${last.total.text} in year ${last.year}, added up = ${s}`;
  });
}

function describeRule(v: CalculatorValues, otherChurn: number, f: Formatter): string {
  const staff = 'Staff turnover costs the same every year, because every leaver is replaced.';
  if (v.lostCustomerView === 'replacement') {
    return `Each year you pay to win as many new customers as leave over poor service. Once replaced, they cost nothing more, so their lost ${v.valueBasis} is not counted as well. ${staff}`;
  }
  return [
    `Customers who leave over poor service take their yearly ${v.valueBasis} with them, and keep costing it in later years.`,
    `Only those who would have left anyway stop counting: ${f.percent(otherChurn * 100)} a year, the ${f.percent(v.annualChurn)} who leave each year times the ${f.percent(100 - v.serviceChurnShare)} who leave for reasons other than service.`,
    staff,
  ].join(' ');
}
