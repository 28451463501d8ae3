// "What if we improve": three cuts, and the status quo beside the improved business, with the
// difference for each figure and the sums behind the improved figures.
import { useAtom } from '../shared/use-atom';
import { INVESTMENT_KEYS } from '../../core/calculator/investment';
import { LEVER_KEYS } from '../../core/calculator/levers';
import type { CostOfInaction, FigureKey } from '../../core/calculator/model';
import type { ScenarioComparison } from '../../core/calculator/scenario';
import {
  $calculatorFieldErrors,
  $calculatorForm,
  $calculatorInvestment,
  $calculatorOutcome,
} from '../../stores/calculator';
import { FixList, countFields } from './FixList';
import { calculatorFieldId, storeField } from './InputForm';
import { fieldsToFix } from './ResultsPanel';
import { lazyComponent } from '../shared/lazy';

// Whether the improvement pays back: its code loads as it nears the screen. Until then its note holds
// about the height of a five-year payback, so the sections below do not jump when it arrives.
const PaybackDetail = lazyComponent(() => import('./Payback').then((module) => module.Payback), {
  what: 'whether it pays back',
  near: true,
  pending: () => <p class="loading calc-payback-pending">Whether it pays back appears here as you scroll to it.</p>,
});

const ROWS: readonly { key: FigureKey; label: (result: CostOfInaction) => string }[] = [
  { key: 'waitingHours', label: () => 'Customers’ time spent waiting, a year' },
  // Failure demand's rows, shown only when there is some (see rowsFor).
  { key: 'failureContacts', label: () => 'Contacts caused by an earlier failure, a year' },
  { key: 'failureWaitingHours', label: () => 'Customers’ time waiting on failure demand, a year' },
  { key: 'failureHandlingHours', label: () => 'Your people’s time handling failure demand, a year' },
  { key: 'customersLost', label: () => 'Customers lost to poor service, a year' },
  { key: 'customerCost', label: (result) => `${result.customerCostLabel}, a year` },
  { key: 'staffLeavers', label: () => 'Frontline people who leave, a year' },
  { key: 'staffTurnoverCost', label: () => 'Staff turnover cost, a year' },
  { key: 'totalPerYear', label: () => 'Cost of inaction in the first year' },
  { key: 'cumulativeTotal', label: (result) => `Cost of inaction over ${countFields(result.years.length, 'year')}` },
];

const rowsFor = (result: CostOfInaction) =>
  ROWS.filter((row) => !row.key.startsWith('failure') || result.values.failureDemandShare > 0);

function Comparison({ comparison }: { comparison: ScenarioComparison }) {
  const { statusQuo, improved, differences } = comparison;
  const rows = rowsFor(statusQuo);
  return (
    <>
      <p class="calc-summary">{comparison.summary}</p>
      <div class="calc-table-wrap table-scroll" role="region" aria-labelledby="calc-compare-caption" tabindex={0}>
        <table class="calc-compare">
          <caption id="calc-compare-caption" class="visually-hidden">
            The status quo and the improved scenario side by side
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" class="num">
                If nothing changes
              </th>
              <th scope="col" class="num">
                If you improve
              </th>
              <th scope="col" class="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label(statusQuo)}</th>
                <td class="num">{statusQuo[row.key].text}</td>
                <td class="num">{improved[row.key].text}</td>
                <td class="num">{differences[row.key].text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="calc-scroll-cue">Scroll the table sideways to see every column.</p>
      <h3>How the improved figures are worked out</h3>
      <ul class="calc-formulas-list">
        {rows.map((row) => (
          <li key={row.key}>
            <strong>{row.label(improved)}:</strong> {improved[row.key].formula}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The levers and the side-by-side comparison. */
export function ScenarioPanel() {
  const { texts, state } = useAtom($calculatorForm);
  const errors = useAtom($calculatorFieldErrors);
  const outcome = useAtom($calculatorOutcome);
  const fields = fieldsToFix(outcome);
  const costs = useAtom($calculatorInvestment);
  return (
    <section class="calc-scenario" aria-labelledby="improve">
      <h2 id="improve">What if you improve?</h2>
      <p>Choose how much better things could get. The comparison shows what each improvement is worth.</p>
      <fieldset class="calc-group calc-levers">
        <legend>Improvements</legend>
        {LEVER_KEYS.map((key) => storeField(key, { texts, errors }, '%'))}
      </fieldset>
      {outcome.ok ? (
        <Comparison comparison={outcome.comparison} />
      ) : (
        <FixList
          title={`Fix ${countFields(fields.length)} to compare`}
          intro="The comparison needs every figure:"
          fields={fields}
        />
      )}
      <fieldset class="calc-group calc-levers calc-costs">
        <legend>What the improvements cost</legend>
        {INVESTMENT_KEYS.map((key) => storeField(key, { texts, errors }, state.currency))}
      </fieldset>
      {outcome.ok && (
        <section class="calc-payback no-print" aria-labelledby="calc-payback-title">
          <h3 id="calc-payback-title">Does it pay back?</h3>
          {costs.ok ? (
            <PaybackDetail />
          ) : (
            <FixList
              title={`Fix ${countFields(costs.errors.length, 'cost')} to see whether it pays back`}
              intro="The payback needs costs it can use:"
              fields={costs.errors.map((error) => ({ id: calculatorFieldId(error.key), message: error.message }))}
            />
          )}
        </section>
      )}
    </section>
  );
}
