// Every figure with the sum that produced it and how the years add up, so a reader who disagrees
// with a number can see exactly where it comes from. The assumptions are static, so the page lists them.
// Loaded when the section nears the screen (see CalculatorApp); not printed.
import type { FigureKey } from '../../core/calculator/model';
import { $calculatorOutcome } from '../../stores/calculator';
import { useAtom } from '../shared/use-atom';
import { WaitingForFixes } from './FixList';
import { Citation } from './sources';

const FIGURES: readonly { key: FigureKey; label: string }[] = [
  { key: 'contacts', label: 'Contacts in a year' },
  { key: 'waitingHours', label: 'Customers’ time spent waiting' },
  { key: 'waitingDays', label: 'The same time in days' },
  { key: 'waitingWorkingYears', label: 'The same time in working years' },
  { key: 'waitingLifetimes', label: 'The same time in lifetimes' },
  { key: 'waitingLifetimesOnHold', label: 'The same time in lifetimes on hold' },
  { key: 'handlingHours', label: 'Your people’s time handling contacts' },
  { key: 'failureContacts', label: 'Contacts caused by an earlier failure (failure demand)' },
  { key: 'failureWaitingHours', label: 'Customers’ time spent waiting on failure demand' },
  { key: 'failureHandlingHours', label: 'Your people’s time handling failure demand' },
  { key: 'failureHandlingWorkingYears', label: 'The same time in working years' },
  { key: 'customersLost', label: 'Customers lost to poor service' },
  { key: 'valueLost', label: 'Value those customers take with them' },
  { key: 'acquisitionCostPerCustomer', label: 'Cost to win one new customer' },
  { key: 'replacementCost', label: 'Cost to win as many new customers' },
  { key: 'staffLeavers', label: 'Frontline people who leave' },
  { key: 'staffTurnoverCost', label: 'Staff turnover cost' },
  { key: 'totalPerYear', label: 'Cost of inaction in the first year' },
  { key: 'cumulativeTotal', label: 'Cost of inaction over the horizon' },
];

/** The formulas behind the status quo, for the section "How every figure is worked out", or what to fix first. */
export function FormulaList() {
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) return <WaitingForFixes />;
  const result = outcome.comparison.statusQuo;
  // Failure demand's figures are listed only when there is some.
  const shown = (key: FigureKey): boolean => !key.startsWith('failure') || result.values.failureDemandShare > 0;
  return (
    <>
      <p>Each sum uses your figures. Figures are for one year unless they say otherwise.</p>
      <dl class="calc-formula-list">
        {FIGURES.filter(({ key }) => shown(key)).map(({ key, label }) => (
          <div key={key}>
            <dt>
              {label}: <strong>{result[key].text}</strong>
            </dt>
            <dd>
              {result[key].formula}
              {result[key].source ? '. ' : ''}
              <Citation id={result[key].source} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>How the years add up</h3>
      <p>{result.cumulationRule}</p>
      <p>
        The assumptions behind these sums are listed under <a href="#assumptions">Assumptions</a>.
      </p>
    </>
  );
}
