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
}

/** Computes the hours customers wait and your people spend on contacts, with human terms. */
export function computeWaitingFigures(v: CalculatorValues, levers: Levers, f: Formatter): WaitingFigures {
  const contactCount = v.customers * v.contactsPerCustomer;
  const perYear = `${f.count(v.customers)} customers × ${f.number(v.contactsPerCustomer)} contacts a year`;
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
  };
}
