// "Does it pay back?": the improvement's costs against what it saves each year (core's payback.ts),
// as a sentence, the figures with their sums, and the running net benefit year by year. It loads
// when it nears the screen (see ScenarioPanel); the print summary carries its sentence instead.
import { createFormatter } from '../../core/calculator/figures';
import { analysePayback, describePayback, paybackFigures } from '../../core/calculator/payback';
import { $calculatorForm, $calculatorInvestment, $calculatorOutcome } from '../../stores/calculator';
import { useAtom } from '../shared/use-atom';
import { FixList, countFields } from './FixList';
import { calculatorFieldId } from './InputForm';

/** The payback of the improvement on screen, or which cost to fix first. */
export function Payback() {
  const { state } = useAtom($calculatorForm);
  const outcome = useAtom($calculatorOutcome);
  const costs = useAtom($calculatorInvestment);
  if (!outcome.ok) return null;
  if (!costs.ok) {
    return (
      <FixList
        title={`Fix ${countFields(costs.errors.length, 'cost')} to see whether it pays back`}
        intro="The payback needs costs it can use:"
        fields={costs.errors.map((error) => ({ id: calculatorFieldId(error.key), message: error.message }))}
      />
    );
  }
  const f = createFormatter({ locale: state.locale, currency: state.currency });
  const payback = analysePayback(
    costs.investment,
    outcome.comparison.years.map((row) => row.total.saving),
  );
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
