// Loads the results view on first use: it brings the result schemas and history with it, and is
// only needed once there is a chart to show.
import { lazyComponent } from '../shared/lazy';

/** The results view, its code fetched the first time it is shown. */
export const ResultsLoader = lazyComponent(() => import('./ResultsPanel').then((m) => m.ResultsPanel), {
  what: 'your results',
  pending: () => (
    <p class="results-loading" role="status">
      Loading your results…
    </p>
  ),
});
