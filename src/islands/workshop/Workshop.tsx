// Workshop mode's root. The address decides who is here: an invitation (#a=…&join=…) opens the
// participant's view, anything else the facilitator's. Each view is its own chunk, so a participant's
// phone never downloads the facilitator's tools and the other way round.
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { lazyComponent } from '../shared/lazy';
import type { WorkshopProps } from './types';
import './workshop.css';

type Mode = 'facilitator' | 'participant';

/** Reads the mode from a URL fragment: an invitation without a code means a participant. */
function readMode(hash: string): Mode {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.has('join') && !params.has('code') ? 'participant' : 'facilitator';
}

const opening = () => <p class="workshop-loading">Opening the workshop…</p>;
const loaders = {
  facilitator: () => import('./Facilitator').then((m) => m.Facilitator),
  participant: () => import('./participant/Participant').then((m) => m.Participant),
};
const views = {
  facilitator: lazyComponent(loaders.facilitator, { what: 'this part of the workshop tool', pending: opening }),
  participant: lazyComponent(loaders.participant, { what: 'this part of the workshop tool', pending: opening }),
};
// The view this address needs starts downloading as soon as this code runs, while the island is
// still hydrating: it is the page's main content, and otherwise it would wait for a first render.
// (A failure here is reported by the view itself, which asks again when it is shown.)
if (typeof location !== 'undefined') loaders[readMode(location.hash)]().catch(() => undefined);

/** Shows the participant's or the facilitator's view, following changes to the address. */
export default function Workshop(props: WorkshopProps) {
  // Known from the first render in the browser; the server, which cannot know, shows "Opening…",
  // as does each view until its code has arrived, so hydration finds the same page.
  const [mode, setMode] = useState<Mode | null>(() =>
    typeof location === 'undefined' ? null : readMode(location.hash),
  );

  useEffect(() => {
    const follow = () => {
      const next = readMode(location.hash);
      // A participant arriving by the join link does not need the facilitator's introduction above
      // their first step (workshop.css hides it), so "Start answering" is on the first screen.
      document.documentElement.dataset['workshop'] = next;
      setMode(next);
    };
    follow();
    addEventListener('hashchange', follow);
    return () => {
      removeEventListener('hashchange', follow);
    };
  }, []);

  const View = mode === null ? opening : views[mode];
  return (
    <ErrorBoundary tool="workshop tool">
      <div class="workshop">
        <View {...props} />
      </div>
    </ErrorBoundary>
  );
}
