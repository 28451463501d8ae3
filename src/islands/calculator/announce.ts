// Screen readers hear a result once typing pauses, not after every keystroke.
import { useEffect, useState } from 'preact/hooks';

const ANNOUNCE_AFTER_MS = 800;

/** Returns `text` once it has stayed the same for a moment, for a polite status region. */
export function useSettledText(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(text);
    }, ANNOUNCE_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  return settled;
}
