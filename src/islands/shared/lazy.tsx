// The one way a tool loads a part that not every visit needs (a chart, a view, the QR encoder): a
// dynamic import() made when the part is wanted, or when its place nears the screen, so the page
// starts light. Until it arrives a short note holds its place; if it cannot arrive (flaky Wi-Fi)
// the reader is told so and can reload the page, which loses nothing they typed.
import type { ComponentChildren, ComponentType, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

// What each loader has given, so a part shown again appears at once rather than after a note.
const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * What `load` resolves to once `wanted` is true, and whether it failed. Keep `load` at module level:
 * its result is remembered for the rest of the visit.
 */
export function useLoad<T>(load: () => Promise<T>, wanted: boolean): { value: T | undefined; failed: boolean } {
  const [value, setValue] = useState(() => loaded.get(load) as T | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    load()
      .then((result) => {
        loaded.set(load, result);
        if (live) setValue(() => result);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [load, wanted, value]);
  return { value, failed };
}

/** True once the element is within `margin` of the screen (at once where the browser cannot tell). */
export function useNearScreen(box: RefObject<Element>, margin = '400px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    if (!('IntersectionObserver' in window)) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [near]);
  return near;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Reload the page": the way out of a part that could not load or a tool that stopped. */
export function ReloadButton() {
  return (
    <button
      type="button"
      class="secondary"
      onClick={() => {
        location.reload();
      }}
    >
      Reload the page
    </button>
  );
}

/** The notice shown when a part could not be loaded, e.g. what = "the chart". */
export function LoadFailed({ what }: { what: string }) {
  return (
    <div class="notice" role="alert">
      <p>
        {capital(what)} could not be loaded, probably because the connection dropped. Nothing you typed is lost.{' '}
        <ReloadButton />
      </p>
    </div>
  );
}

interface LazyOptions<P> {
  /** What the part is, e.g. "the feeling curve". */
  what: string;
  /** Load only when its place nears the screen, rather than when it is first shown. */
  near?: boolean;
  /** What holds its place while it loads; by default a sentence saying what is coming. */
  pending?: (props: P) => ComponentChildren;
}

/** A component whose code is fetched by `load` the first time it is shown (or nears the screen). */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { what, near = false, pending }: LazyOptions<P>,
): ComponentType<P> {
  return function Lazy(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const isNear = useNearScreen(box);
    const { value: Loaded, failed } = useLoad(load, !near || isNear);
    if (Loaded) return <Loaded {...props} />;
    if (failed) return <LoadFailed what={what} />;
    const note = pending?.(props) ?? (
      <p class="loading">{near ? `${capital(what)} appears here as you scroll to it.` : `Loading ${what}…`}</p>
    );
    return near ? <div ref={box}>{note}</div> : <>{note}</>;
  };
}
