// Currency and number format: how results are written and how typed numbers are read.
import { useContext } from 'preact/hooks';
import { HelpContext } from './help';
import { useAtom } from '../shared/use-atom';
import { COMMON_LOCALES, describeLocaleChoice } from '../../core/calculator/editable';
import { COMMON_CURRENCIES } from '../../core/calculator/format';
import { $calculatorForm, setCalculatorCurrency, setCalculatorLocale } from '../../stores/calculator';

/** The currency and number format menus. */
export function DisplaySettings() {
  const { state } = useAtom($calculatorForm);
  // The page passes the usual menu labels, since each costs Intl work; others are made here.
  const labels = useContext(HelpContext);
  const locales = COMMON_LOCALES.some((choice) => choice.tag === state.locale)
    ? COMMON_LOCALES.map((choice) => choice.tag)
    : [state.locale, ...COMMON_LOCALES.map((choice) => choice.tag)];
  const currencies = COMMON_CURRENCIES.some((choice) => choice.code === state.currency)
    ? COMMON_CURRENCIES
    : [{ code: state.currency, name: state.currency }, ...COMMON_CURRENCIES];
  return (
    <fieldset class="calc-group calc-settings">
      <legend>Currency and number format</legend>
      <div class="field">
        <label for="calc-currency">Currency</label>
        <select
          id="calc-currency"
          value={state.currency}
          onChange={(event) => {
            setCalculatorCurrency(event.currentTarget.value);
          }}
        >
          {currencies.map((currency) => (
            // A currency's name is looked up (Intl work) only when the page did not pass its label.
            <option key={currency.code} value={currency.code}>
              {labels[`currency:${currency.code}`] ?? `${currency.name} (${currency.code})`}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="calc-locale">Number format</label>
        <p class="hint" id="calc-locale-help">
          How you type numbers and how results are written. Spaces between thousands always work.
        </p>
        <select
          id="calc-locale"
          aria-describedby="calc-locale-help"
          value={state.locale}
          onChange={(event) => {
            setCalculatorLocale(event.currentTarget.value);
          }}
        >
          {locales.map((tag) => (
            <option key={tag} value={tag}>
              {labels[`locale:${tag}`] ?? describeLocaleChoice(tag)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
