// Workshop mode's root. The address decides who is here: an invitation (#a=…&join=…) opens the
// participant's view, anything else the facilitator's. Each view is its own chunk, so a participant's
// phone never downloads the facilitator's tools and the other way round.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { LoadFailed } from '../shared/lazy';
import type { WorkshopProps } from './types';
import './workshop.css';

type Mode = 'facilitator' | 'participant';

/** Reads the mode from a URL fragment: an invitation without a code means a participant. */
export function readMode(hash: string): Mode {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.has('join') && !params.has('code') ? 'participant' : 'facilitator';
}

const views: Record<Mode, () => Promise<ComponentType<WorkshopProps>>> = {
  facilitator: () => import('./Facilitator').then((m) => m.Facilitator),
  participant: () => import('./participant/Participant').then((m) => m.Participant),
};

/** Shows the participant's or the facilitator's view, following changes to the address. */
export default function Workshop(props: WorkshopProps) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [View, setView] = useState<{ mode: Mode; component: ComponentType<WorkshopProps> } | null>(null);
  const [failed, setFailed] = useState(false);

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

  useEffect(() => {
    if (mode === null) return;
    let cancelled = false;
    views[mode]()
      .then((component) => {
        if (!cancelled) setView({ mode, component });
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [mode]);

  let body;
  if (failed) {
    body = <LoadFailed what="this part of the workshop tool" />;
  } else if (View && View.mode === mode) {
    body = <View.component {...props} />;
  } else {
    body = <p class="workshop-loading">Opening the workshop…</p>;
  }
  return (
    <ErrorBoundary tool="workshop tool">
      <div class="workshop">{body}</div>
    </ErrorBoundary>
  );
}
