// Loads the results view on first use: it brings the result schemas and history with it, and is
// only needed once there is a chart to show.
import { useEffect, useState } from 'preact/hooks';
import type { ResultsPanel as ResultsPanelType, ResultsPanelProps } from './ResultsPanel';

let loaded: typeof ResultsPanelType | undefined;

/** Shows the results view, loading its code first if needed. */
export function ResultsLoader(props: ResultsPanelProps) {
  const [Panel, setPanel] = useState<typeof ResultsPanelType | undefined>(() => loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (Panel) return;
    let cancelled = false;
    setFailed(false);
    import('./ResultsPanel')
      .then((module) => {
        loaded = module.ResultsPanel;
        if (!cancelled) setPanel(() => module.ResultsPanel);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (Panel) return <Panel {...props} />;
  if (failed) {
    return (
      <div class="notice" role="alert">
        <p>
          The results could not be loaded. Your answers are safe on this device. Check your connection, then try again.
        </p>
        <p>
          <button
            type="button"
            onClick={() => {
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
        </p>
      </div>
    );
  }
  return (
    <p class="results-loading" role="status">
      Loading your results…
    </p>
  );
}
