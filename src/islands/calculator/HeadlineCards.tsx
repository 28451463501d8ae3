// The four numbers a board remembers, each with the sum behind it in plain words: customers' time
// spent waiting, customers lost, money lost, and the total cost of doing nothing.
import { LIFETIME_YEARS, SILLS_DAYS_ON_HOLD } from '../../core/calculator/assumptions';
import type { Figure } from '../../core/calculator/figures';
import type { CostOfInaction } from '../../core/calculator/model';
import { Citation } from './sources';

function Formula({ figure }: { figure: Figure }) {
  return (
    <p class="calc-formula">
      <span class="visually-hidden">How it is worked out: </span>
      {figure.formula}
      {figure.source ? '. ' : ''}
      <Citation id={figure.source} />
    </p>
  );
}

/**
 * What failure demand costs: its contacts, and their part of the waiting and the handling. They are
 * part of the contacts, so the card says they add to nothing. Shown only when there is some.
 */
function FailureDemandCard({ result }: { result: CostOfInaction }) {
  return (
    <li class="card calc-card calc-failure">
      <h3>Failure demand, each year</h3>
      <p class="calc-big">{result.failureContacts.text}</p>
      <p class="calc-human">
        caused by an earlier failure. They are part of your contacts, so they add nothing to the totals: they show how
        much of today’s waiting and handling comes from failure.
      </p>
      <Formula figure={result.failureContacts} />
      <p class="calc-second">
        Customers spend <strong>{result.failureWaitingHours.text}</strong> waiting on them:{' '}
        {result.failureWaitingInHumanTerms}.
      </p>
      <Formula figure={result.failureWaitingHours} />
      <p class="calc-second">
        Your people spend <strong>{result.failureHandlingHours.text}</strong> handling them:{' '}
        {result.failureHandlingWorkingYears.text}.
      </p>
      <Formula figure={result.failureHandlingHours} />
      <Formula figure={result.failureHandlingWorkingYears} />
    </li>
  );
}

/** The headline results of the status quo. */
export function HeadlineCards({ result }: { result: CostOfInaction }) {
  const years = result.years.length;
  return (
    <ul class="calc-cards" aria-label="Headline results">
      <li class="card calc-card">
        <h3>Customers’ time spent waiting, each year</h3>
        <p class="calc-big">{result.waitingHours.text}</p>
        <p class="calc-human">In human terms: {result.waitingInHumanTerms}.</p>
        <Formula figure={result.waitingHours} />
        <ul class="calc-terms">
          <li>
            {result.waitingDays.text} <span class="calc-of">of 24 hours</span>
          </li>
          <li>{result.waitingWorkingYears.text}</li>
          <li>
            {result.waitingLifetimes.text} <span class="calc-of">of {LIFETIME_YEARS} years</span>
          </li>
          <li>
            {result.waitingLifetimesOnHold.text}{' '}
            <span class="calc-of">
              at {SILLS_DAYS_ON_HOLD} days each. <Citation id={result.waitingLifetimesOnHold.source} />
            </span>
          </li>
        </ul>
      </li>
      {result.values.failureDemandShare > 0 && <FailureDemandCard result={result} />}
      <li class="card calc-card">
        <h3>Customers lost to poor service, each year</h3>
        <p class="calc-big">{result.customersLost.text}</p>
        <Formula figure={result.customersLost} />
      </li>
      <li class="card calc-card">
        <h3>Money lost, each year</h3>
        <p class="calc-big">{result.customerCost.text}</p>
        <p class="calc-human">{result.customerCostLabel}</p>
        <Formula figure={result.customerCost} />
        <p class="calc-second">
          Plus <strong>{result.staffTurnoverCost.text}</strong> to replace {result.staffLeavers.text} who leave the
          front line.
        </p>
        <Formula figure={result.staffTurnoverCost} />
      </li>
      <li class="card calc-card calc-total">
        <h3>Total cost of inaction</h3>
        <p class="calc-big">
          {result.totalPerYear.text} <span class="calc-per">in the first year</span>
        </p>
        <Formula figure={result.totalPerYear} />
        <p class="calc-big">
          {result.cumulativeTotal.text} <span class="calc-per">over {years === 1 ? 'one year' : `${years} years`}</span>
        </p>
        <Formula figure={result.cumulativeTotal} />
      </li>
    </ul>
  );
}
