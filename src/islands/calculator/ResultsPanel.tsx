// The results, or, while any field cannot be used, the list of fields to fix: never NaN, Infinity
// or a number left over from before the mistake.
import { useAtom } from '../shared/use-atom';
import { $calculatorForm, $calculatorOutcome, type CalculatorOutcome } from '../../stores/calculator';
import { useAnnounceWhenSettled } from '../shared/announce';
import { FixList, countFields, type FieldToFix } from './FixList';
import { HeadlineCards } from './HeadlineCards';
import { calculatorFieldId } from './InputForm';
import { lazyComponent } from '../shared/lazy';

// The simulation and its view load only once an input is given as a range.
const RangeResults = lazyComponent(() => import('./RangeResults').then((module) => module.RangeResults), {
  what: 'the range of the results',
  pending: () => (
    <section class="card calc-range-result" aria-label="How sure is the total?">
      <p class="loading">Working out the range from your figures…</p>
    </section>
  ),
});

/** The fields to fix, for the results panel and the scenario panel. */
export function fieldsToFix(outcome: CalculatorOutcome): FieldToFix[] {
  if (outcome.ok) return [];
  return outcome.errors.map((error) => ({ id: calculatorFieldId(error.key), message: error.message }));
}

function summarise(outcome: CalculatorOutcome): string {
  if (!outcome.ok) return `No results: ${countFields(outcome.errors.length)} to fix.`;
  const { statusQuo } = outcome.comparison;
  return `Total cost of inaction: ${statusQuo.totalPerYear.text} in the first year, ${statusQuo.cumulativeTotal.text} over ${countFields(statusQuo.years.length, 'year')}.`;
}

/** The headline results, or the fields to fix first. */
export function ResultsPanel() {
  const outcome = useAtom($calculatorOutcome);
  const { state } = useAtom($calculatorForm);
  useAnnounceWhenSettled(summarise(outcome));
  const fields = fieldsToFix(outcome);
  return (
    <section class="calc-results" aria-labelledby="results">
      <h2 id="results">What doing nothing costs</h2>
      {outcome.ok ? (
        <>
          <HeadlineCards result={outcome.comparison.statusQuo} />
          {Object.keys(outcome.ranges).length > 0 && (
            <RangeResults
              values={outcome.values}
              ranges={outcome.ranges}
              currency={state.currency}
              locale={state.locale}
            />
          )}
        </>
      ) : (
        <FixList
          title={`Fix ${countFields(fields.length)} to see the results`}
          intro="The results need every figure. Follow a link to go to the field:"
          fields={fields}
        />
      )}
    </section>
  );
}
