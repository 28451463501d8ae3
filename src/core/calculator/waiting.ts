// Time: the hours customers spend waiting in a year, and the same hours in human terms. Days are
// calendar days, as in the essay's "43 days of a life on hold"; the working year and the lifetime
// are the assumptions listed in ASSUMPTIONS.
import {
  HOURS_PER_DAY,
  LIFETIME_HOURS,
  LIFETIME_YEARS,
  SILLS_DAYS_ON_HOLD,
  SILLS_HOURS_ON_HOLD,
  WORKING_YEAR_HOURS,
} from './assumptions';
import { makeFigure, type Figure, type Formatter } from './figures';
import type { CalculatorValues } from './inputs';
import { describeCut, keepShare, type Levers } from './levers';

/** The time figures of one scenario. */
export interface WaitingFigures {
  /** Contacts in a year. */
  contacts: Figure;
  /** Hours customers spend waiting in a year. */
  waitingHours: Figure;
  /** The same time in 24-hour days. */
  waitingDays: Figure;
  /** The same time in working years of 1,720 hours. */
  waitingWorkingYears: Figure;
  /** The same time in whole 80-year lives. */
  waitingLifetimes: Figure;
  /** The same time as a number of people's lifetime time on hold (43 days each, as Ron Immink's review of Sills' book reports). */
  waitingLifetimesOnHold: Figure;
  /** The waiting time in the most telling human unit, e.g. "about 2.8 working years". */
  waitingInHumanTerms: string;
  /** Hours your people spend handling contacts in a year. */
  handlingHours: Figure;
  /** Contacts in a year that exist only because something went wrong earlier (failure demand). */
  failureContacts: Figure;
  /** The part of waitingHours spent on failure-demand contacts. */
  failureWaitingHours: Figure;
  /** That time in the most telling human unit. */
  failureWaitingInHumanTerms: string;
  /** The part of handlingHours spent on failure-demand contacts. */
  failureHandlingHours: Figure;
  /** The same handling time in working years of your people. */
  failureHandlingWorkingYears: Figure;
}

/** Computes the hours customers wait and your people spend on contacts, with human terms. */
export function computeWaitingFigures(v: CalculatorValues, levers: Levers, f: Formatter): WaitingFigures {
  // Failure demand is part of the contacts: cutting it removes its share of them, and nothing else.
  const failureCut = levers.failureDemandReduction;
  const removed = (v.failureDemandShare / 100) * (1 - keepShare(failureCut));
  const contactCount = v.customers * v.contactsPerCustomer * (1 - removed);
  const perYear = `${f.count(v.customers)} customers × ${f.number(v.contactsPerCustomer)} contacts a year${
    removed > 0
      ? ` × ${f.percent(100 - removed * 100)} left once failure demand is cut by ${f.percent(failureCut)}`
      : ''
  }`;
  const contacts = makeFigure(
    contactCount,
    (n) => f.countOf(n, 'contact', 'contacts'),
    (s) => `${perYear} = ${s}`,
  );
  const cut = levers.waitingReduction;
  const hours = (contactCount * (v.waitingShare / 100) * v.averageWaitMinutes * keepShare(cut)) / 60;
  const waitingHours = makeFigure(hours, f.hours, (s) => {
    const minutes = `${f.number(v.averageWaitMinutes)} minutes${describeCut(cut, 'waiting', f)}`;
    return `${perYear} × ${f.percent(v.waitingShare)} that wait × ${minutes} ÷ 60 = ${s}`;
  });
  const failure = computeFailureFigures(v, levers, f);
  const shown = waitingHours.text;
  const per = (
    divisor: number,
    unitWords: string,
    units: readonly [string, string],
    source?: 'sills-43-days',
  ): Figure =>
    makeFigure(
      hours / divisor,
      (n) => f.numberOf(n, ...units),
      (s) => `${shown} ÷ ${f.number(divisor)} ${unitWords} = ${s}`,
      source,
    );
  return {
    contacts,
    waitingHours,
    waitingDays: per(HOURS_PER_DAY, 'hours a day', ['day', 'days']),
    waitingWorkingYears: per(WORKING_YEAR_HOURS, 'hours in a working year', ['working year', 'working years']),
    waitingLifetimes: per(LIFETIME_HOURS, `hours in a life of ${LIFETIME_YEARS} years`, ['lifetime', 'lifetimes']),
    waitingLifetimesOnHold: per(
      SILLS_HOURS_ON_HOLD,
      `hours (${SILLS_DAYS_ON_HOLD} days, the time one customer spends on hold in a whole life)`,
      ['lifetime on hold', 'lifetimes on hold'],
      'sills-43-days',
    ),
    waitingInHumanTerms: f.human(hours),
    handlingHours: makeFigure(
      (contactCount * v.handlingMinutes) / 60,
      f.hours,
      (s) => `${contacts.text} × ${f.number(v.handlingMinutes)} minutes ÷ 60 = ${s}`,
    ),
    ...failure,
  };
}

type FailureFigures = Pick<
  WaitingFigures,
  | 'failureContacts'
  | 'failureWaitingHours'
  | 'failureWaitingInHumanTerms'
  | 'failureHandlingHours'
  | 'failureHandlingWorkingYears'
>;

// What failure demand costs: its contacts, and their share of the waiting and the handling above.
// They are already counted there, so these figures show part of those totals, never an addition.
function computeFailureFigures(v: CalculatorValues, levers: Levers, f: Formatter): FailureFigures {
  const failureCut = levers.failureDemandReduction;
  const count = v.customers * v.contactsPerCustomer * (v.failureDemandShare / 100) * keepShare(failureCut);
  const failureContacts = makeFigure(
    count,
    (n) => f.countOf(n, 'contact', 'contacts'),
    (s) =>
      `${f.count(v.customers)} customers × ${f.number(v.contactsPerCustomer)} contacts a year × ${f.percent(v.failureDemandShare)} caused by an earlier failure${describeCut(failureCut, 'failure demand', f)} = ${s}`,
    'seddon-failure-demand',
  );
  const cut = levers.waitingReduction;
  const waiting = (count * (v.waitingShare / 100) * v.averageWaitMinutes * keepShare(cut)) / 60;
  const failureWaitingHours = makeFigure(waiting, f.hours, (s) => {
    const minutes = `${f.number(v.averageWaitMinutes)} minutes${describeCut(cut, 'waiting', f)}`;
    return `${failureContacts.text} × ${f.percent(v.waitingShare)} that wait × ${minutes} ÷ 60 = ${s}`;
  });
  const failureHandlingHours = makeFigure(
    (count * v.handlingMinutes) / 60,
    f.hours,
    (s) => `${failureContacts.text} × ${f.number(v.handlingMinutes)} minutes ÷ 60 = ${s}`,
  );
  return {
    failureContacts,
    failureWaitingHours,
    failureWaitingInHumanTerms: f.human(waiting),
    failureHandlingHours,
    failureHandlingWorkingYears: makeFigure(
      failureHandlingHours.value / WORKING_YEAR_HOURS,
      (n) => f.numberOf(n, 'working year', 'working years'),
      (s) => `${failureHandlingHours.text} ÷ ${f.number(WORKING_YEAR_HOURS)} hours in a working year = ${s}`,
    ),
  };
}
