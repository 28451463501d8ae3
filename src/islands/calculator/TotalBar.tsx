// The headline total, kept in view while the reader edits any figure: a compact bar that sticks to
// the top of the screen over the whole calculator. It is not a live region: the results panel
// already announces the total once typing settles, and one announcement is enough.
import { $calculatorOutcome } from '../../stores/calculator';
import { useAtom } from '../shared/use-atom';
import { countFields, focusField } from './FixList';
import { fieldsToFix } from './ResultsPanel';

/** The total per year and over the horizon, or what to fix before there is one. */
export function TotalBar() {
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) {
    const first = fieldsToFix(outcome)[0];
    return (
      <aside class="calc-totalbar no-print" aria-label="Total so far">
        <p>
          <span class="calc-totalbar-label">Total cost of inaction: </span>
          {first ? (
            <a
              href={`#${first.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(first.id);
              }}
            >
              fix {countFields(outcome.errors.length)} to see it
            </a>
          ) : null}
        </p>
      </aside>
    );
  }
  const { totalPerYear, cumulativeTotal, years } = outcome.comparison.statusQuo;
  return (
    <aside class="calc-totalbar no-print" aria-label="Total so far">
      <p>
        <span class="calc-totalbar-label">Total cost of inaction: </span>
        <strong>{totalPerYear.text}</strong> in the first year, <strong>{cumulativeTotal.text}</strong> over{' '}
        {years.length === 1 ? 'one year' : `${years.length} years`}. <a href="#results">The sums</a>
      </p>
    </aside>
  );
}
