// The one way a component reads a nanostore: it re-renders in the same task when the store changes,
// and Preact batches the renders of every reader before the browser paints. @nanostores/preact's
// useStore re-renders each component on its own timer, which can land after the next frame on a
// busy phone and show one part of a tool with a store's new value beside another with the old one
// (the calculator's inputs with a link's figures beside the previous results).
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
