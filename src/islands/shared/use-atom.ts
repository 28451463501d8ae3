// Reads a nanostore in a component and re-renders in the same task when it changes.
// @nanostores/preact's useStore waits for a timer before re-rendering, which can land after the
// next frame on a busy phone; the calculator promises results within a frame of typing, so its
// components subscribe directly and let Preact batch the renders before the browser paints. The
// storage notices use it too, so a page with only these needs none of @nanostores/preact.
import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The store's current value; the component re-renders whenever it changes. */
export function useAtom<T>(store: ReadableAtom<T>): T {
  const [, setVersion] = useState(0);
  const value = store.get();
  const rendered = useRef(value);
  rendered.current = value;
  useLayoutEffect(() => {
    const refresh = (): void => {
      setVersion((version) => version + 1);
    };
    // A change between this render and the subscription would otherwise be missed.
    if (store.get() !== rendered.current) refresh();
    return store.listen(refresh);
  }, [store]);
  return value;
}
