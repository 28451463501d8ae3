// "If we improve": the same business with less waiting, fewer customers leaving over poor service
// and fewer frontline leavers, set against the status quo. A saving is status quo minus improved,
// so a positive number is money, time or people you keep.
import { createFormatter, type DisplayOptions, type Formatter } from './figures';
import type { CalculatorValues } from './inputs';
import { NO_LEVERS, type Levers } from './levers';
import { computeCostOfInaction, type CostOfInaction, type FigureKey } from './model';

/** How one output changes between the status quo and the improved scenario. */
export interface Difference {
  /** The status-quo value. */
  statusQuo: number;
  /** The improved value. */
  improved: number;
  /** Status quo minus improved: positive when the improvement saves something. */
  saving: number;
  /** The saving in words with its unit, e.g. "€92,850 less" or "no change". */
  text: string;
}

/** How one year's total changes, and the running total of savings. */
export interface YearDifference {
  /** The year, counting from 1. */
  year: number;
  /** This year's total in the status quo and the improved scenario, and the saving. */
  total: Difference;
  /** Savings from year 1 to this year. */
  cumulativeSaving: Difference;
}

/** Both scenarios and what changes between them. */
export interface ScenarioComparison {
  /** The results if nothing changes. */
  statusQuo: CostOfInaction;
  /** The results with the levers applied. */
  improved: CostOfInaction;
  /** The change in every single-figure output. */
  differences: Record<FigureKey, Difference>;
  /** The change year by year. */
  years: YearDifference[];
  /** One or two plain sentences on what the improvement is worth. */
  summary: string;
}

type Describe = (f: Formatter, value: number) => string;
const money: Describe = (f, value) => f.money(value);
const unit =
  (singular: string, plural: string, count = false): Describe =>
  (f, value) =>
    count ? f.countOf(value, singular, plural) : f.numberOf(value, singular, plural);

// Written as a full record so a new output cannot be added to the model without a unit here.
const DESCRIBE: Record<FigureKey, Describe> = {
  contacts: unit('contact', 'contacts', true),
  waitingHours: (f, value) => f.hours(value),
  waitingDays: unit('day', 'days'),
  waitingWorkingYears: unit('working year', 'working years'),
  waitingLifetimes: unit('lifetime', 'lifetimes'),
  waitingLifetimesOnHold: unit('lifetime on hold', 'lifetimes on hold'),
  handlingHours: (f, value) => f.hours(value),
  failureContacts: unit('contact', 'contacts', true),
  failureWaitingHours: (f, value) => f.hours(value),
  failureHandlingHours: (f, value) => f.hours(value),
  failureHandlingWorkingYears: unit('working year', 'working years'),
  customersLost: unit('customer', 'customers', true),
  valueLost: money,
  acquisitionCostPerCustomer: money,
  replacementCost: money,
  customerCost: money,
  staffLeavers: unit('person', 'people', true),
  staffTurnoverCost: money,
  totalPerYear: money,
  cumulativeTotal: money,
};

const FIGURE_KEYS = Object.keys(DESCRIBE) as FigureKey[];

function compare(statusQuo: number, improved: number, describe: Describe, f: Formatter): Difference {
  const saving = statusQuo - improved;
  // Sums of the same terms in a different order can differ by rounding noise; that is no change.
  const tolerance = 1e-9 * Math.max(1, Math.abs(statusQuo));
  const text =
    Math.abs(saving) <= tolerance ? 'no change' : `${describe(f, Math.abs(saving))} ${saving > 0 ? 'less' : 'more'}`;
  return { statusQuo, improved, saving: Math.abs(saving) <= tolerance ? 0 : saving, text };
}

/** Computes the status quo and the improved scenario, and the differences per output and per year. */
export function compareScenarios(
  values: CalculatorValues,
  levers: Levers,
  display: DisplayOptions = {},
): ScenarioComparison {
  const f = createFormatter(display);
  const statusQuo = computeCostOfInaction(values, { ...display, levers: NO_LEVERS });
  const improved = computeCostOfInaction(values, { ...display, levers });
  const differences = Object.fromEntries(
    FIGURE_KEYS.map((key) => [key, compare(statusQuo[key].value, improved[key].value, DESCRIBE[key], f)]),
  ) as Record<FigureKey, Difference>;
  let before = 0;
  let after = 0;
  const years = statusQuo.years.map((row, index): YearDifference => {
    const better = improved.years[index]?.total.value ?? row.total.value;
    before += row.total.value;
    after += better;
    return {
      year: row.year,
      total: compare(row.total.value, better, money, f),
      cumulativeSaving: compare(before, after, money, f),
    };
  });
  return { statusQuo, improved, differences, years, summary: summarise(differences, statusQuo, f) };
}

function summarise(differences: Record<FigureKey, Difference>, statusQuo: CostOfInaction, f: Formatter): string {
  const total = differences.cumulativeTotal;
  const first = differences.totalPerYear;
  const hours = differences.waitingHours;
  const horizon = statusQuo.years.length;
  const period = horizon === 1 ? 'In one year' : `Over ${horizon} years`;
  const money =
    total.saving > 0
      ? `${period}, these improvements would save ${f.money(total.saving)}, of which ${f.money(first.saving)} in the first year.`
      : `${period}, these improvements would not change the cost of inaction.`;
  const time =
    hours.saving > 0
      ? ` Customers would spend ${f.hours(hours.saving)} less a year waiting: ${f.human(hours.saving)}.`
      : '';
  return money + time + describeFailureCut(differences, f);
}

// What cutting failure demand removes: contacts, and your people's time spent on them.
function describeFailureCut(differences: Record<FigureKey, Difference>, f: Formatter): string {
  const removed = differences.failureContacts.saving;
  if (!(removed > 0)) return '';
  const handling = differences.failureHandlingHours.saving;
  return ` Cutting failure demand removes ${f.countOf(removed, 'contact', 'contacts')} and ${f.hours(handling)} of handling a year.`;
}
