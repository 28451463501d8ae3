// "Does it pay back?": the improvement's costs against what it saves each year (core's payback.ts),
// as a sentence, the figures with their sums, and the running net benefit year by year; and the
// same sentence and sums for the print summary. The page loads this when the part nears the screen
// (see ScenarioPanel), or before printing (PrintPayback.tsx).
import { createFormatter, type Formatter } from '../../core/calculator/figures';
import { analysePayback, describePayback, paybackFigures, type Payback } from '../../core/calculator/payback';
import { $calculatorForm, $calculatorInvestment, $calculatorOutcome } from '../../stores/calculator';
import { useAtom } from '../shared/use-atom';
import { countFields } from './FixList';

/** The payback of the figures on screen, once every figure and cost can be used. */
function usePayback(): { payback: Payback; f: Formatter } | undefined {
  const { state } = useAtom($calculatorForm);
  const outcome = useAtom($calculatorOutcome);
  const costs = useAtom($calculatorInvestment);
  if (!outcome.ok || !costs.ok) return undefined;
  const savings = outcome.comparison.years.map((row) => row.total.saving);
  return {
    payback: analysePayback(costs.investment, savings),
    f: createFormatter({ locale: state.locale, currency: state.currency }),
  };
}

/**
 * The payback in one short paragraph for the print summary, which must stay on one page: the costs
 * are said here rather than listed with the figures. With no cost there is nothing to pay back, and
 * the scenario's own summary already says what it saves.
 */
export function PaybackPrint() {
  const found = usePayback();
  if (!found || found.payback.point.kind === 'no-cost') return null;
  const { payback, f } = found;
  const figures = paybackFigures(payback, f);
  const { oneOffCost, yearlyCost } = payback.investment;
  return (
    <p class="calc-print-payback">
      <strong>Does it pay back? </strong>
      {describePayback(payback, f)} Costs: {f.money(oneOffCost)} up front, {f.money(yearlyCost)} a year. Net benefit{' '}
      {figures.netBenefit.text}; the most worth spending up front {figures.maxOneOff.text}.
    </p>
  );
}

/** The payback of the improvement on screen (the scenario panel shows which cost to fix instead). */
export function Payback() {
  const found = usePayback();
  if (!found) return null;
  const { payback, f } = found;
  const figures = paybackFigures(payback, f);
  const spends = payback.point.kind !== 'no-cost';
  const rows = [
    { label: `Saved over ${countFields(payback.years.length, 'year')}`, figure: figures.totalSaving },
    ...(spends
      ? [
          { label: `Spent over ${countFields(payback.years.length, 'year')}`, figure: figures.totalCost },
          { label: 'Net benefit', figure: figures.netBenefit },
        ]
      : []),
    { label: 'The most worth spending up front', figure: figures.maxOneOff },
  ];
  return (
    <>
      <p class="calc-summary calc-payback-sentence">{describePayback(payback, f)}</p>
      <ul class="calc-payback-figures">
        {rows.map(({ label, figure }) => (
          <li key={label}>
            {label}: <strong>{figure.text}</strong>
            <span class="calc-formula">
              <span class="visually-hidden">How it is worked out: </span>
              {figure.formula}
            </span>
          </li>
        ))}
      </ul>
      <div class="calc-table-wrap table-scroll" role="region" aria-labelledby="calc-payback-caption" tabindex={0}>
        <table class="calc-payback-table">
          <caption id="calc-payback-caption">What the improvement saves and costs, year by year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" class="num">
                Saving
              </th>
              <th scope="col" class="num">
                Cost
              </th>
              <th scope="col" class="num">
                Net that year
              </th>
              <th scope="col" class="num">
                Net so far
              </th>
            </tr>
          </thead>
          <tbody>
            {payback.years.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td class="num">{f.money(row.saving)}</td>
                <td class="num">{f.money(row.cost)}</td>
                <td class="num">{f.money(row.net)}</td>
                <td class="num">{f.money(row.cumulativeNet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="calc-scroll-cue">Scroll the table sideways to see every column.</p>
      <p class="calc-payback-rule">
        How this is worked out: the one-off cost is paid at the start; each year’s saving and the yearly cost build up
        evenly over its twelve months; money is not discounted, so a sum in a later year counts as much as one today.
      </p>
    </>
  );
}
