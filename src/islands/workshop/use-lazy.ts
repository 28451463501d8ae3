// Loads a view's chunk the first time it is wanted, so each person downloads only what they use.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The lazily loaded component once it is there, and whether loading failed (for a message). */
export function useLazy<P>(
  load: () => Promise<ComponentType<P>>,
  wanted: boolean,
): { View: ComponentType<P> | null; failed: boolean } {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || View) return;
    let cancelled = false;
    load()
      .then((component) => {
        if (!cancelled) setView(() => component);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [wanted, View]);
  return { View, failed };
}
