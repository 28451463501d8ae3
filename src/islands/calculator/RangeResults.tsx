// How sure the total is, when some inputs are given as ranges: the seeded simulation (core's
// simulation.ts) runs in short slices between which the page can draw and take keystrokes, and a
// new figure typed stops the run under way and starts another. The result is the likely total with
// its 10th-90th percentile range, in a sentence and in a table.
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorValues } from '../../core/calculator/inputs';
import type { Ranges } from '../../core/calculator/ranges';
import {
  createSimulation,
  describeUncertainty,
  formatRangeAmount,
  type Uncertainty,
} from '../../core/calculator/simulation';

/** Draws per slice: a few milliseconds on a phone, so typing never waits for the simulation. */
const SLICE = 100;
/** How long typing must pause before a run starts, in milliseconds. */
const SETTLE_MS = 120;

interface Props {
  values: CalculatorValues;
  ranges: Ranges;
  currency: string;
  locale: string;
}

/** The simulated range of the totals, as a sentence and a table. */
export function RangeResults({ values, ranges, currency, locale }: Props) {
  const inputs = JSON.stringify([values, ranges]);
  const [done, setDone] = useState<{ inputs: string; result: Uncertainty } | undefined>(undefined);
  useEffect(() => {
    const simulation = createSimulation(values, ranges);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = (): void => {
      if (simulation.step(SLICE)) setDone({ inputs, result: simulation.result() });
      else timer = setTimeout(slice);
    };
    timer = setTimeout(slice, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
    // The inputs' text stands for values and ranges, which are new objects on every change.
  }, [inputs]);
  const busy = done?.inputs !== inputs;
  const years = values.horizonYears;
  const money = (value: number): string => formatRangeAmount(value, currency, locale);
  return (
    <section class="card calc-range-result" aria-labelledby="calc-range-title" aria-busy={busy ? 'true' : undefined}>
      <h3 id="calc-range-title">How sure is the total?</h3>
      {done === undefined ? (
        <p class="loading">Working out the range from your figures…</p>
      ) : (
        <>
          <p class="calc-range-sentence">
            {describeUncertainty(done.result, years, currency, locale)}
            {busy && <span class="calc-range-updating"> Updating for your latest figures…</span>}
          </p>
          <div class="calc-table-wrap table-scroll" role="region" aria-labelledby="calc-range-caption" tabindex={0}>
            <table class="calc-range-table">
              <caption id="calc-range-caption">
                The total’s range: 8 in 10 simulated outcomes fall between low and high
              </caption>
              <thead>
                <tr>
                  <th scope="col">Total</th>
                  <th scope="col" class="num">
                    Low (10th percentile)
                  </th>
                  <th scope="col" class="num">
                    Most likely
                  </th>
                  <th scope="col" class="num">
                    High (90th percentile)
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">First year</th>
                  <td class="num">{money(done.result.firstYear.low)}</td>
                  <td class="num">{money(done.result.firstYear.likely)}</td>
                  <td class="num">{money(done.result.firstYear.high)}</td>
                </tr>
                <tr>
                  <th scope="row">{years === 1 ? 'Over one year' : `Over ${years} years`}</th>
                  <td class="num">{money(done.result.horizon.low)}</td>
                  <td class="num">{money(done.result.horizon.likely)}</td>
                  <td class="num">{money(done.result.horizon.high)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p class="calc-scroll-cue">Scroll the table sideways to see every column.</p>
        </>
      )}
    </section>
  );
}
