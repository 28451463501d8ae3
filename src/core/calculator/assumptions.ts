// The fixed figures the calculator uses to turn hours into human terms, and the rules it follows
// when it adds years up. They are exported as plain sentences so the page can list them next to
// the results: a reader who disagrees with an assumption should be able to see it.
import type { SourceId } from './inputs';

/** Hours in a calendar day; the essays count time on hold in whole days of a life. */
export const HOURS_PER_DAY = 24;

/** Hours in a working year: 215 working days of 8 hours, the standard year used in EU research budgets. */
export const WORKING_YEAR_HOURS = 1720;

/** The length of a life we assume, in years. Our assumption: the essays give no figure. */
export const LIFETIME_YEARS = 80;

/** Hours in a life of LIFETIME_YEARS calendar years of 365.25 days. */
export const LIFETIME_HOURS = LIFETIME_YEARS * 365.25 * HOURS_PER_DAY;

/** Days an average customer spends on hold in a lifetime, as Ron Immink's review of Sills' book reports it. */
export const SILLS_DAYS_ON_HOLD = 43;

/** Hours an average customer spends on hold in a lifetime, from SILLS_DAYS_ON_HOLD. */
export const SILLS_HOURS_ON_HOLD = SILLS_DAYS_ON_HOLD * HOURS_PER_DAY;

/** One assumption the results rest on, in plain words. */
export interface Assumption {
  /** A stable id, for the page to key a list. */
  id: string;
  /** The assumption in one or two plain sentences. */
  text: string;
  /** The source id, when the figure comes from the essays. */
  source?: SourceId;
}

/** Every assumption behind the calculator's results, in the order a reader needs them. */
export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'working-year',
    text: 'A working year is 1,720 hours: 215 working days of 8 hours, the standard year used in EU research budgets.',
  },
  {
    id: 'lifetime',
    text: 'A lifetime is 80 years, counted in full days and nights. This is our assumption; the essays give no figure.',
  },
  {
    id: 'days',
    text: 'Days are whole calendar days of 24 hours, the way the essay counts 43 days of a life spent on hold.',
  },
  {
    id: 'time-on-hold',
    source: 'sills-43-days',
    text: "Ron Immink's review of John Sills' book reports that the average customer spends around 43 days of their life on hold. The review does not say where the figure comes from.",
  },
  {
    id: 'lost-customers',
    text: 'Customers who leave over poor service are counted by the yearly value they would have brought. They go on costing you that value in later years, for as long as they would have stayed: each year some of them would have left anyway, at the rate at which customers leave for reasons other than service.',
  },
  {
    id: 'whole-years',
    text: 'A customer who leaves is counted for the whole year in which they leave. If people leave evenly through the year, the first year costs about half as much as shown.',
  },
  {
    id: 'replacement',
    text: 'If you choose to count what it costs to win new customers in their place, each lost customer costs that amount once, in the year they leave, and their lost value is not counted as well: a customer you replace stops costing you the value they took.',
  },
  {
    id: 'staff',
    text: 'Frontline people who leave cost the replacement cost each, every year. The headcount stays the same, because every leaver is replaced.',
  },
  {
    id: 'steady-business',
    text: 'The number of customers, their value and your costs stay the same every year. The results are in today’s money, without inflation or discounting.',
  },
];
