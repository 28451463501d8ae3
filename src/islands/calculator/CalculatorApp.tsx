// The cost-of-inaction calculator: inputs, results, the improved scenario, the years, and every
// formula. State comes from the link when there is one, otherwise from this device.
import { useEffect } from 'preact/hooks';
import { CALCULATOR_STATE_ENVELOPE } from '../../core/calculator/state';
import { encodeVersioned } from '../../core/versioned';
import { $calculatorForm, CALCULATOR_STORAGE_KEY } from '../../stores/calculator';
import { loadCalculator, startCalculatorSync } from '../../stores/calculator-sync';
import { downloadText, todayStamp } from '../shared/download';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { lazyComponent } from '../shared/lazy';
import { StorageNotices } from '../shared/StorageNotices';
import { HelpContext, type HelpTexts } from './help';
import { InputForm } from './InputForm';
import { LinkNotice } from './LinkNotice';
import { PrintSummary } from './PrintSummary';
import { ResultsPanel } from './ResultsPanel';
import { ScenarioPanel } from './ScenarioPanel';
import { ShareTools } from './ShareTools';
import { TotalBar } from './TotalBar';
import { SourcesContext, type SourceSummaries } from './sources';
import './calculator.css';
import './calculator-print.css';

function exportState(): void {
  const text = encodeVersioned(CALCULATOR_STATE_ENVELOPE, $calculatorForm.get().state);
  downloadText(`accueil-cost-of-inaction-${todayStamp()}.json`, text);
}

const YearsDetail = lazyComponent(() => import('./YearByYear').then((module) => module.YearByYear), {
  what: 'the year-by-year chart and table',
  near: true,
});
const DriversDetail = lazyComponent(() => import('./Drivers').then((module) => module.Drivers), {
  what: 'what drives the result',
  near: true,
});
const FormulasDetail = lazyComponent(() => import('./FormulaList').then((module) => module.FormulaList), {
  what: 'every figure with its sum',
  near: true,
});

function Calculator() {
  // After hydration: the page's HTML shows the defaults in en-GB, so the first render matches it;
  // then a link's figures, this device's, or the defaults in the reader's own number format replace them.
  // The address and the saved copy are kept in step only once the figures they hold are on screen.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void loadCalculator(location.hash, navigator.languages).then((shown) => {
      if (live && shown) stop = startCalculatorSync(window);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return (
    <div class="calc-app">
      <StorageNotices keys={[CALCULATOR_STORAGE_KEY]} onExport={exportState} />
      {/* Shown only in print, where the inputs come first. */}
      <PrintSummary />
      <LinkNotice />
      <ShareTools />
      <TotalBar />
      <div class="calc-layout">
        <InputForm />
        <ResultsPanel />
      </div>
      <ScenarioPanel />
      <section class="calc-drivers-section" aria-labelledby="drivers">
        <h2 id="drivers">What drives the result</h2>
        <DriversDetail />
      </section>
      <section class="calc-year-section" aria-labelledby="years">
        <h2 id="years">Year by year</h2>
        <YearsDetail />
      </section>
      <section class="calc-formulas" aria-labelledby="formulas">
        <h2 id="formulas">How every figure is worked out</h2>
        <FormulasDetail />
      </section>
    </div>
  );
}

const companions = {
  actuals: lazyComponent(() => import('./ActualsExplorer').then((module) => module.ActualsExplorer), {
    what: 'the actuals explorer',
    near: true,
  }),
  'value-formula': lazyComponent(() => import('./ValueFormulaExplorer').then((module) => module.ValueFormulaExplorer), {
    what: 'the value formula explorer',
    near: true,
  }),
};

/** Which companion to show. */
export type CompanionName = keyof typeof companions;

/**
 * One of the calculator's two companions, an island of its own below the calculator. Like the
 * chart, it loads only when its section nears the screen.
 */
export function CompanionLoader({ which, sources }: { which: CompanionName; sources: SourceSummaries }) {
  const tool = which === 'actuals' ? 'actuals explorer' : 'value formula explorer';
  const Companion = companions[which];
  return (
    <ErrorBoundary tool={tool}>
      <SourcesContext.Provider value={sources}>
        <Companion />
      </SourcesContext.Provider>
    </ErrorBoundary>
  );
}

/** The calculator island, with the sources its citations link to and the help under its fields. */
export function CalculatorApp({ sources, help }: { sources: SourceSummaries; help: HelpTexts }) {
  return (
    <ErrorBoundary tool="cost-of-inaction calculator">
      <SourcesContext.Provider value={sources}>
        <HelpContext.Provider value={help}>
          <Calculator />
        </HelpContext.Provider>
      </SourcesContext.Provider>
    </ErrorBoundary>
  );
}
