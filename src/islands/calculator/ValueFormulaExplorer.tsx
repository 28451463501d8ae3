// The value formula explorer: Benefit − Effort − Risk − Price ± Treatment for you and for the
// alternative, which the customer is likely to pick, and which term decides it. It starts from a
// case where better treatment loses to a lower price, because that is the point worth seeing.
import { useAtom } from '../shared/use-atom';
import { formatNumber } from '../../core/calculator/format';
import { VALUE_FORMULA_EXAMPLE, VALUE_FORMULA_NEUTRAL } from '../../core/calculator/value-example';
import { VALUE_TERMS, VALUE_TERM_INPUTS, type ValueComparison } from '../../core/calculator/value-formula';
import {
  $calculatorDisplay,
  $valueOutcome,
  $valueTexts,
  VALUE_SIDES,
  loadValueScores,
  setValueText,
  type ValueSide,
} from '../../stores/calculator-companions';
import { useAnnounceWhenSettled } from '../shared/announce';
import { FixList, countFields } from './FixList';
import { NumberField } from './NumberField';
import { Citation } from './sources';
import { unitAfter } from './units';

const SIDE_NAMES: Record<ValueSide, string> = { us: 'You', alternative: 'The alternative' };
const fieldId = (side: ValueSide, term: string): string => `value-${side}-${term}`;

function Verdict({ comparison, locale }: { comparison: ValueComparison; locale: string }) {
  const winner = comparison.choice === 'tie' ? 'Neither: it is a tie' : SIDE_NAMES[comparison.choice];
  return (
    <div class="calc-verdict">
      <p class="calc-big">Likely choice: {winner}</p>
      <p>{comparison.sentence}</p>
      <ul class="calc-formulas-list">
        {VALUE_SIDES.map((side) => (
          <li key={side}>
            <strong>{SIDE_NAMES[side]}:</strong> {comparison[side].formula}
          </li>
        ))}
      </ul>
      <div class="calc-table-wrap">
        <table>
          <caption>Where each side gains, term by term</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">In favour of</th>
              <th scope="col" class="num">
                By (points)
              </th>
            </tr>
          </thead>
          <tbody>
            {VALUE_TERMS.map((term) => {
              const lead = comparison.termDifferences[term];
              return (
                <tr key={term} class={term === comparison.decidingTerm ? 'calc-deciding' : undefined}>
                  <th scope="row">
                    {VALUE_TERM_INPUTS[term].label}
                    {term === comparison.decidingTerm ? ' (decides it)' : ''}
                  </th>
                  <td>{lead === 0 ? 'Neither' : lead > 0 ? 'You' : 'The alternative'}</td>
                  <td class="num">{formatNumber(Math.abs(lead), locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="calc-formula">
        <Citation id={comparison.source} lead="The formula comes from" />
      </p>
    </div>
  );
}

/** The value formula explorer, loaded when its section nears the screen. */
export function ValueFormulaExplorer() {
  const texts = useAtom($valueTexts);
  const outcome = useAtom($valueOutcome);
  const { locale } = useAtom($calculatorDisplay);
  const errors = outcome.ok ? [] : outcome.errors;
  const errorFor = (side: ValueSide, term: string) =>
    errors.find((error) => error.side === side && error.term === term)?.message;
  useAnnounceWhenSettled(
    outcome.ok ? outcome.comparison.sentence : `No comparison: ${countFields(errors.length, 'score')} to fix.`,
  );
  return (
    <div class="calc-companion">
      <form
        class="calc-form"
        aria-label="Scores"
        onSubmit={(event) => {
          event.preventDefault();
        }}
        noValidate
      >
        <div class="calc-actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              loadValueScores(VALUE_FORMULA_EXAMPLE);
            }}
          >
            Load the price-versus-treatment example
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              loadValueScores(VALUE_FORMULA_NEUTRAL);
            }}
          >
            Start from neutral scores
          </button>
        </div>
        <div class="calc-sides">
          {VALUE_SIDES.map((side) => (
            <fieldset class="calc-group" key={side}>
              <legend>{SIDE_NAMES[side]}</legend>
              {VALUE_TERMS.map((term) => (
                <NumberField
                  key={term}
                  id={fieldId(side, term)}
                  definition={VALUE_TERM_INPUTS[term]}
                  label={`${VALUE_TERM_INPUTS[term].label} (${side === 'us' ? 'you' : 'the alternative'})`}
                  text={texts[side][term]}
                  error={errorFor(side, term)}
                  unit={unitAfter(VALUE_TERM_INPUTS[term], '')}
                  onText={(text) => {
                    setValueText(side, term, text);
                  }}
                />
              ))}
            </fieldset>
          ))}
        </div>
      </form>
      <div class="calc-companion-results">
        {outcome.ok ? (
          <Verdict comparison={outcome.comparison} locale={locale} />
        ) : (
          <FixList
            title={`Fix ${countFields(errors.length, 'score')} to see the likely choice`}
            intro="Follow a link to go to the field:"
            fields={errors.map((error) => ({ id: fieldId(error.side, error.term), message: error.message }))}
          />
        )}
      </div>
    </div>
  );
}
