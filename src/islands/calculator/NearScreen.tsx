// Parts of the page far below the inputs load like the chart: only when they near the screen, so
// they cost nothing when the page opens. Until then a sentence says what will appear there.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Fetches the component to show. */
  load: () => Promise<ComponentType>;
  /** What appears here, e.g. "The year-by-year chart and table". */
  what: string;
}

/** Shows a lazily loaded component once its place nears the screen. */
export function NearScreen({ load, what }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancelled = false;
    const start = (): void => {
      load()
        .then((component) => {
          if (!cancelled) setLoaded(() => component);
        })
        .catch(() => {
          if (!cancelled) setFailed(true);
        });
    };
    if (!('IntersectionObserver' in window)) {
      start();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { rootMargin: '400px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [load]);
  if (Loaded) return <Loaded />;
  return (
    <div ref={box} class="calc-loading">
      {failed ? (
        <p role="alert">{what} could not be loaded. Check your connection and reload the page.</p>
      ) : (
        <p>{what} appears here as you scroll to it.</p>
      )}
    </div>
  );
}
