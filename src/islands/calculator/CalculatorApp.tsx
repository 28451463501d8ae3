// The cost-of-inaction calculator: inputs, results, the improved scenario, the years, and every
// formula. State comes from the link when there is one, otherwise from this device.
import { useEffect } from 'preact/hooks';
import { calculatorStateFormat } from '../../core/calculator';
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

// Two short tasks rather than one long one, so a phone stays responsive while the page starts:
// importing the stores fills in the default figures, then the page hydrates. (Their Intl answers
// and results come with the page: core/calculator/answers.ts.)
await new Promise((resolve) => setTimeout(resolve));

function exportState(): void {
  const text = encodeVersioned(calculatorStateFormat, $calculatorForm.get().state);
  downloadText(`accueil-cost-of-inaction-${todayStamp()}.json`, text);
}

const YearsDetail = lazyComponent(() => import('./DetailSections').then((module) => module.YearsDetail), {
  what: 'the year-by-year chart and table',
  near: true,
});
const FormulasDetail = lazyComponent(() => import('./DetailSections').then((module) => module.FormulasDetail), {
  what: 'every figure with its sum',
  near: true,
});

function Calculator() {
  // After the first paint: the page's HTML already shows the defaults, and a phone stays responsive
  // if hydrating and replacing them with a link's or this device's figures are two short tasks.
  useEffect(() => {
    loadCalculator(location.hash, navigator.languages);
    return startCalculatorSync(window);
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

// The page's islands share one entry file, so the companions' loaders cost no extra request.
export { CompanionLoader } from './CompanionLoader';

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
