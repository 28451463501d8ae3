// Printed only: the figures the results rest on, in a compact table, and the link that reopens
// them, so a board pack carries its own inputs. Drawn when the page is first printed, not before:
// it would cost a phone time on every visit for something most readers never print.
import { useEffect, useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import { CHOICE_INPUTS, type ChoiceInputKey } from '../../core/calculator/choices';
import { formatMoney } from '../../core/calculator/format';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../core/calculator/inputs';
import { INVESTMENT_KEYS } from '../../core/calculator/investment';
import { heldRanges, RANGE_KEYS, type RangeKey } from '../../core/calculator/ranges';
import { formatInputValue } from '../../core/calculator/validate';
import { $calculatorFieldErrors, $calculatorForm, $calculatorOutcome } from '../../stores/calculator';
import { definitionOf } from '../../stores/calculator-form';
import { calculatorLink } from '../../stores/calculator-sync';
import { findPreset } from '../../core/calculator/presets';
import { PrintPayback } from './PrintPayback';
import { Citation, SourceLink } from './sources';

type DriversModule = typeof import('../../core/calculator/drivers');
// What drives the result is worked out by code the page loads only when it is wanted: the print
// button loads it before it opens the print dialog, so the summary can name the top two at once.
let driversModule: DriversModule | undefined;

/** Loads the code that finds what drives the result, before printing. */
export async function loadPrintDrivers(): Promise<void> {
  driversModule = await import('../../core/calculator/drivers');
}

/** The sentence naming the two figures that matter most, once its code is here. */
function PrintDrivers() {
  const [drivers, setDrivers] = useState(driversModule);
  const outcome = useAtom($calculatorOutcome);
  const { state } = useAtom($calculatorForm);
  useEffect(() => {
    if (drivers) return;
    loadPrintDrivers().then(
      () => {
        setDrivers(driversModule);
      },
      () => undefined,
    );
  }, [drivers]);
  if (!drivers || !outcome.ok) return null;
  const found = drivers.findDrivers(outcome.values, outcome.ranges);
  return (
    <p class="calc-print-drivers">
      {drivers.describeTopDrivers(found, (value) => formatMoney(value, state.currency, state.locale))}
    </p>
  );
}

const CHOICES: readonly ChoiceInputKey[] = ['valueBasis', 'acquisitionMode', 'lostCustomerView'];

/** The inputs summary for print. */
export function PrintSummary() {
  const [printing, setPrinting] = useState(false);
  const { state, texts } = useAtom($calculatorForm);
  const errors = useAtom($calculatorFieldErrors);
  const outcome = useAtom($calculatorOutcome);
  useEffect(() => {
    // beforeprint for the print dialog; the media query for print previews that do not send it.
    const print = matchMedia('print');
    const show = (): void => {
      setPrinting(true);
    };
    print.addEventListener('change', show);
    addEventListener('beforeprint', show);
    return () => {
      print.removeEventListener('change', show);
      removeEventListener('beforeprint', show);
    };
  }, []);
  if (!printing) return null;
  const { locale, currency } = state;
  const write = (key: (typeof NUMBER_INPUT_KEYS)[number], value: number): string => {
    const definition = definitionOf(key);
    return definition.unit === 'money'
      ? formatMoney(value, currency, locale)
      : formatInputValue(definition, value, locale);
  };
  const ranges = heldRanges(state.ranges, state.values);
  // Failure demand is printed only when it is on (0 leaves it out of every figure), in its own line below.
  const failureDemand = state.values.failureDemandShare > 0;
  const preset = findPreset(state.preset);
  const result = outcome.ok ? outcome.comparison.statusQuo : undefined;
  const show = (key: (typeof NUMBER_INPUT_KEYS)[number]): string => {
    const range = (RANGE_KEYS as readonly string[]).includes(key) ? ranges[key as RangeKey] : undefined;
    const likely = write(key, state.values[key]);
    return range ? `${likely} (range ${write(key, range.low)} to ${write(key, range.high)})` : likely;
  };
  return (
    <section class="calc-print-summary" aria-labelledby="print-inputs">
      <h2 id="print-inputs">The figures used</h2>
      <dl>
        {NUMBER_INPUT_KEYS.filter((key) => key !== 'failureDemandShare').map((key) => (
          <div key={key}>
            <dt>{definitionOf(key).label}</dt>
            <dd>{show(key)}</dd>
          </div>
        ))}
        {CHOICES.map((key) => (
          <div key={key}>
            <dt>{CHOICE_INPUTS[key].name}</dt>
            <dd>{CHOICE_INPUTS[key].options.find((option) => option.value === state.values[key])?.label}</dd>
          </div>
        ))}
        {/* A cost of the improvement that cannot be used, as typed (usable costs are said with the payback). */}
        {INVESTMENT_KEYS.some((key) => errors[key]) &&
          INVESTMENT_KEYS.map((key) => (
            <div key={key}>
              <dt>{definitionOf(key).label}</dt>
              <dd>{errors[key] ? `“${texts[key]}” (to fix)` : texts[key] || 'none'}</dd>
            </div>
          ))}
      </dl>
      {preset && (
        <p class="calc-print-sources">
          Started from the {preset.name.toLowerCase()} preset:{' '}
          {preset.figures.map((figure, index) => (
            <span key={figure.key}>
              {index > 0 ? '; ' : ''}
              {definitionOf(figure.key).label.toLowerCase()} {write(figure.key, figure.value)} (
              <SourceLink id={figure.source} />)
            </span>
          ))}
          . Every other figure is the general default or the reader’s own.
        </p>
      )}
      {failureDemand && (
        <p class="calc-print-sources">
          Failure demand: {write('failureDemandShare', state.values.failureDemandShare)} of contacts
          {result
            ? ` (${result.failureContacts.text} a year; ${result.failureWaitingHours.text} of waiting, ${result.failureHandlingHours.text} of handling)`
            : ''}
          , already in the figures below. <Citation id={CALCULATOR_INPUTS.failureDemandShare.source} lead="The idea:" />
        </p>
      )}
      <PrintDrivers />
      <PrintPayback />
      <p class="calc-print-link">Reopen these figures: {calculatorLink(location.href)}</p>
    </section>
  );
}
