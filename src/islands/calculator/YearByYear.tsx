// The cost of inaction year by year over the horizon: a bar chart, fetched only when it nears the
// screen, and a table with exactly the same figures, always visible. The section loads when it
// nears the screen (see CalculatorApp) and is not printed, so print never waits for it.
import type { ChartConfiguration } from 'chart.js';
import { createFormatter } from '../../core/calculator/figures';
import type { ScenarioComparison } from '../../core/calculator/scenario';
import { $calculatorForm, $calculatorOutcome } from '../../stores/calculator';
import { ChartFrame, type ChartTheme } from '../shared/ChartFrame';
import { useAtom } from '../shared/use-atom';
import { WaitingForFixes } from './FixList';

function buildChart(comparison: ScenarioComparison, locale: string, currency: string) {
  const f = createFormatter({ locale, currency });
  return (theme: ChartTheme): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: comparison.statusQuo.years.map((row) => `Year ${row.year}`),
      datasets: [
        {
          label: 'If nothing changes',
          data: comparison.statusQuo.years.map((row) => row.total.value),
          backgroundColor: theme.series[0] ?? theme.accent,
        },
        {
          label: 'If you improve',
          data: comparison.improved.years.map((row) => row.total.value),
          backgroundColor: theme.series[2] ?? theme.muted,
        },
      ],
    },
    options: {
      scales: {
        x: { ticks: { color: theme.muted }, grid: { color: theme.grid } },
        y: {
          beginAtZero: true,
          ticks: { color: theme.muted, callback: (value) => f.money(Number(value)) },
          grid: { color: theme.grid },
        },
      },
      plugins: {
        legend: { labels: { color: theme.text } },
        tooltip: {
          // The canvas draws Intl's narrow no-break space with next to no width (see charts/cartesian.ts).
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${f.money(item.parsed.y ?? 0).replace(/\u202f/g, '\u00a0')}`,
          },
        },
      },
    },
  });
}

/** The chart and its data table for the figures on screen, or what to fix first. */
export function YearByYear() {
  const { state } = useAtom($calculatorForm);
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) return <WaitingForFixes />;
  const { comparison } = outcome;
  const { locale, currency } = state;
  const { statusQuo, improved, years } = comparison;
  const dataKey = JSON.stringify([
    locale,
    currency,
    statusQuo.years.map((row) => row.total.value),
    improved.years.map((row) => row.total.value),
  ]);
  return (
    <>
      <ChartFrame
        kind="cartesian"
        shape="wide"
        dataKey={dataKey}
        build={buildChart(comparison, locale, currency)}
        label={`Bar chart of the cost of inaction in each of ${statusQuo.years.length} years, if nothing changes and if you improve. The table below gives the same figures.`}
      />
      <div class="calc-table-wrap table-scroll" role="region" aria-labelledby="calc-years-caption" tabindex={0}>
        <table class="calc-years">
          <caption id="calc-years-caption">The cost of inaction, year by year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" class="num">
                If nothing changes
              </th>
              <th scope="col" class="num">
                If you improve
              </th>
              <th scope="col" class="num">
                Saving that year
              </th>
              <th scope="col" class="num">
                Running total if nothing changes
              </th>
              <th scope="col" class="num">
                Running saving
              </th>
            </tr>
          </thead>
          <tbody>
            {statusQuo.years.map((row, index) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td class="num">{row.total.text}</td>
                <td class="num">{improved.years[index]?.total.text}</td>
                <td class="num">{years[index]?.total.text}</td>
                <td class="num">{row.cumulative.text}</td>
                <td class="num">{years[index]?.cumulativeSaving.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="calc-scroll-cue">Scroll the table sideways to see every column.</p>
      <details class="calc-year-sums">
        <summary>How each year is worked out, if nothing changes</summary>
        <ol>
          {statusQuo.years.map((row) => (
            <li key={row.year}>
              <strong>Year {row.year}.</strong> Customers still missing: {row.customersStillMissing.formula}. Customer
              cost: {row.customerCost.formula}. Total: {row.total.formula}. Running total: {row.cumulative.formula}.
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
