// What drives the result: a tornado chart (chart.js, fetched only when it nears the screen) and a
// table with the same figures, always there, and a sentence naming the two inputs that matter most.
// The section's code loads when it nears the screen (see CalculatorApp).
import type { ChartConfiguration } from 'chart.js';
import { describeTopDrivers, findDrivers, type Driver } from '../../core/calculator/drivers';
import { formatMoney } from '../../core/calculator/format';
import { formatInputValue } from '../../core/calculator/validate';
import { $calculatorForm, $calculatorOutcome } from '../../stores/calculator';
import { ChartFrame, type ChartTheme } from '../shared/ChartFrame';
import { useAtom } from '../shared/use-atom';
import { WaitingForFixes } from './FixList';
import { CALCULATOR_INPUTS, type NumberInputKey } from '../../core/calculator/inputs';
import { RANGE_KEYS } from '../../core/calculator/ranges';

// The inputs that only ever change hours, never the money total.
const TIME_ONLY: ReadonlySet<NumberInputKey> = new Set<NumberInputKey>([
  'contactsPerCustomer',
  'waitingShare',
  'averageWaitMinutes',
  'handlingMinutes',
  'failureDemandShare',
]);

// The canvas draws Intl's narrow no-break space with next to no width (see charts/cartesian.ts).
const forCanvas = (text: string): string => text.replace(/\u202f/g, '\u00a0');

function buildChart(drivers: readonly Driver[], money: (value: number) => string) {
  return (theme: ChartTheme): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: drivers.map((driver) => driver.label),
      datasets: [
        {
          label: 'First-year total as the figure moves from low to high',
          data: drivers.map((driver) => [
            Math.min(driver.totalAtLow, driver.totalAtHigh),
            Math.max(driver.totalAtLow, driver.totalAtHigh),
          ]),
          backgroundColor: theme.series[0] ?? theme.accent,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { ticks: { color: theme.muted, callback: (value) => money(Number(value)) }, grid: { color: theme.grid } },
        y: { ticks: { color: theme.text }, grid: { color: theme.grid } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const driver = drivers[item.dataIndex];
              return driver ? forCanvas(`${money(driver.totalAtLow)} to ${money(driver.totalAtHigh)}`) : '';
            },
          },
        },
      },
    },
  });
}

/** The tornado chart, its table and the sentence, for the figures on screen. */
export function Drivers() {
  const { state } = useAtom($calculatorForm);
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) return <WaitingForFixes />;
  const { locale, currency } = state;
  const drivers = findDrivers(outcome.values, outcome.ranges);
  const money = (value: number): string => formatMoney(value, currency, locale);
  const figure = (driver: Driver, value: number): string => {
    const definition = CALCULATOR_INPUTS[driver.key];
    return definition.unit === 'money' ? money(value) : formatInputValue(definition, value, locale);
  };
  // Inputs that move no money (the waiting, the handling, failure demand) are left out of the list; say which.
  const still = RANGE_KEYS.filter((key) => !drivers.some((driver) => driver.key === key))
    .filter((key) => TIME_ONLY.has(key))
    .map((key) => CALCULATOR_INPUTS[key].label);
  const dataKey = JSON.stringify([locale, currency, drivers.map((driver) => [driver.key, driver.effect])]);
  return (
    <>
      <p class="calc-summary calc-drivers-sentence">{describeTopDrivers(drivers, money)}</p>
      <p>
        Each figure moves on its own from its low to its high, every other figure staying as you gave it: across your
        range where you gave one, otherwise 20% either way. The longest bars are the assumptions the result rests on
        most.
      </p>
      {drivers.length > 0 && (
        <ChartFrame
          kind="cartesian"
          shape="wide"
          dataKey={dataKey}
          build={buildChart(drivers, money)}
          label={`Tornado chart: how far the first-year total moves with each of ${drivers.length} figures, largest first. The table below gives the same figures.`}
        />
      )}
      <div class="calc-table-wrap table-scroll" role="region" aria-labelledby="calc-drivers-caption" tabindex={0}>
        <table class="calc-drivers">
          <caption id="calc-drivers-caption">What drives the first-year total, largest effect first</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">From low to high</th>
              <th scope="col" class="num">
                Total at low
              </th>
              <th scope="col" class="num">
                Total at high
              </th>
              <th scope="col" class="num">
                Effect
              </th>
            </tr>
          </thead>
          <tbody>
            {drivers.map((driver) => (
              <tr key={driver.key}>
                <th scope="row">{driver.label}</th>
                <td>
                  {figure(driver, driver.low)} to {figure(driver, driver.high)}
                  {driver.basis === 'range' ? ' (your range)' : ' (20% either way)'}
                </td>
                <td class="num">{money(driver.totalAtLow)}</td>
                <td class="num">{money(driver.totalAtHigh)}</td>
                <td class="num">{money(driver.effect)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="calc-scroll-cue">Scroll the table sideways to see every column.</p>
      {still.length > 0 && (
        <p class="calc-drivers-still">
          Not listed, because they change time rather than money and the total counts money: {still.join(', ')}. Their
          effect is in the hours above.
        </p>
      )}
    </>
  );
}
