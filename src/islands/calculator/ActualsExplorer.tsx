// Actuals, not averages: three figures organisations report, each beside the human measure it
// hides, worked out from the reader's own volumes.
import { useAtom } from '../shared/use-atom';
import { ACTUALS_INPUTS, ACTUALS_INPUT_KEYS, type ActualPair } from '../../core/calculator/actuals';
import { $actualsOutcome, $actualsTexts, $calculatorDisplay, setActualsText } from '../../stores/calculator-companions';
import { useAnnounceWhenSettled } from '../shared/announce';
import { FixList, countFields } from './FixList';
import { NumberField } from './NumberField';
import { Citation } from './sources';
import { unitAfter } from './units';

const fieldId = (key: string): string => `actuals-${key}`;

function Pair({ pair, extra, more }: { pair: ActualPair; extra?: string; more?: string }) {
  return (
    <li class="card calc-card">
      <h3>
        {pair.averageLabel} → {pair.actualLabel}
      </h3>
      <p class="calc-average">{pair.average.formula}</p>
      <p class="calc-big">{pair.actual.text}</p>
      {extra && <p class="calc-human">{extra}</p>}
      <p class="calc-formula">
        <span class="visually-hidden">How it is worked out: </span>
        {pair.actual.formula}
      </p>
      {more && <p class="calc-formula">{more}</p>}
      <p class="calc-formula">
        <Citation id={pair.source} />
      </p>
    </li>
  );
}

/** The actuals explorer, loaded when its section nears the screen. */
export function ActualsExplorer() {
  const texts = useAtom($actualsTexts);
  const outcome = useAtom($actualsOutcome);
  const { currency } = useAtom($calculatorDisplay);
  useAnnounceWhenSettled(
    outcome.ok
      ? `${outcome.actuals.timeWasted.actual.text} of customers’ lives spent waiting.`
      : `No actuals: ${countFields(outcome.errors.length)} to fix.`,
  );
  const errors = outcome.ok ? {} : Object.fromEntries(outcome.errors.map((error) => [error.key, error.message]));
  return (
    <div class="calc-companion">
      <form
        class="calc-form"
        aria-label="Your volumes"
        onSubmit={(event) => {
          event.preventDefault();
        }}
        noValidate
      >
        <fieldset class="calc-group">
          <legend>Your volumes</legend>
          {ACTUALS_INPUT_KEYS.map((key) => (
            <NumberField
              key={key}
              id={fieldId(key)}
              definition={ACTUALS_INPUTS[key]}
              text={texts[key]}
              error={errors[key]}
              unit={unitAfter(ACTUALS_INPUTS[key], currency)}
              onText={(text) => {
                setActualsText(key, text);
              }}
            />
          ))}
        </fieldset>
      </form>
      <div class="calc-companion-results">
        {outcome.ok ? (
          <ul class="calc-cards" aria-label="Averages and the actuals behind them">
            <Pair
              pair={outcome.actuals.timeWasted}
              extra={`In human terms: ${outcome.actuals.timeWasted.humanTerms}.`}
              more={outcome.actuals.timeWasted.livesWasted.formula}
            />
            <Pair pair={outcome.actuals.relationshipsStarted} />
            <Pair pair={outcome.actuals.customerHolidays} />
          </ul>
        ) : (
          <FixList
            title={`Fix ${countFields(outcome.errors.length)} to see the actuals`}
            intro="Follow a link to go to the field:"
            fields={outcome.errors.map((error) => ({ id: fieldId(error.key), message: error.message }))}
          />
        )}
      </div>
    </div>
  );
}
