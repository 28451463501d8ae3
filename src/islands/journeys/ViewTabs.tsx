// The four views of a worksheet as ARIA tabs: arrow keys, Home and End move between tabs; only the
// chosen view is rendered, so the chart code is fetched only when the curve is opened.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { WorksheetView } from './types';

/** The views, in tab order, with their tab names. */
const VIEWS: readonly (readonly [WorksheetView, string])[] = [
  ['journey', 'Journey'],
  ['curve', 'Feeling curve'],
  ['matrix', 'Impact × frequency'],
  ['shortlist', 'Shortlist'],
];

interface Props {
  view: WorksheetView;
  onView: (view: WorksheetView) => void;
  /** The chosen view's content. */
  children: ComponentChildren;
}

const tabId = (view: WorksheetView) => `journeys-tab-${view}`;

/** A tab list and the panel of the chosen tab. */
export function ViewTabs({ view, onView, children }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const go = (index: number) => {
    const target = VIEWS[(index + VIEWS.length) % VIEWS.length];
    if (!target) return;
    onView(target[0]);
    list.current?.querySelector<HTMLElement>(`#${tabId(target[0])}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const current = VIEWS.findIndex(([key]) => key === view);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: -1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    go(next);
  };
  return (
    <div class="views">
      <div class="tabs" role="tablist" aria-label="Views of this worksheet" ref={list} onKeyDown={onKeyDown}>
        {VIEWS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={tabId(key)}
            class="tab"
            aria-selected={key === view}
            aria-controls="journeys-view-panel"
            tabIndex={key === view ? 0 : -1}
            onClick={() => {
              onView(key);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="journeys-view-panel" role="tabpanel" aria-labelledby={tabId(view)} tabIndex={0} class="view-panel">
        {children}
      </div>
    </div>
  );
}
