// Currency and number format: how results are written and how typed numbers are read.
import { useHelp } from './help';
import { useAtom } from './use-atom';
import { COMMON_CURRENCIES, COMMON_LOCALES, describeLocaleChoice } from '../../core/calculator';
import { $calculatorForm, setCalculatorCurrency, setCalculatorLocale } from '../../stores/calculator';

/** A number format in the menu; the page passes the usual ones' labels, since each costs Intl work. */
function LocaleOption({ tag }: { tag: string }) {
  const label = useHelp(`locale:${tag}`, undefined);
  return <option value={tag}>{label || describeLocaleChoice(tag)}</option>;
}

/** A currency in the menu, labelled by the page where it can be ("Euro (EUR)"). */
function CurrencyOption({ currency }: { currency: { code: string; name: string } }) {
  const label = useHelp(`currency:${currency.code}`, undefined);
  return <option value={currency.code}>{label || `${currency.name} (${currency.code})`}</option>;
}

/** The currency and number format menus. */
export function DisplaySettings() {
  const { state } = useAtom($calculatorForm);
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
            <CurrencyOption key={currency.code} currency={currency} />
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
            <LocaleOption key={tag} tag={tag} />
          ))}
        </select>
      </div>
    </fieldset>
  );
}
