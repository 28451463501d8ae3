// Parts of the tool that only some visits need (the chart and grid views, the import preview) come
// in their own files, fetched the first time they are shown, so the page starts light. If fetching
// fails (flaky Wi-Fi), the reader is told and can try again; nothing typed is lost.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component that fetches its code on first render and shows a short note while it does. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  let cached: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => cached);
    const [attempt, setAttempt] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      load()
        .then((component) => {
          cached = component;
          if (live) setLoaded(() => component);
        })
        .catch(() => {
          if (live) setFailed(true);
        });
      return () => {
        live = false;
      };
    }, [Loaded, attempt]);
    if (Loaded) return <Loaded {...props} />;
    if (failed) {
      return (
        <div class="notice" role="alert">
          <p>
            The {what} could not be loaded. Check your connection, then{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setFailed(false);
                setAttempt(attempt + 1);
              }}
            >
              try again
            </button>
          </p>
        </div>
      );
    }
    return <p class="loading">Loading the {what}…</p>;
  };
}
