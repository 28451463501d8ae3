// Screen readers announce changes to a live region that was already on the page; a region added
// at the same moment as its message is often missed. Every page has one persistent region
// (#announcer, in the base layout), and tools speak through it, with these two helpers only.
import { useEffect, useRef } from 'preact/hooks';

/** Announces a message politely through the page's persistent live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated message count as a change.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

const SETTLED_AFTER_MS = 800;

/**
 * Announces `text` once it has stayed the same for a moment, so a result is heard when typing
 * pauses rather than after every keystroke. What the page opens with is not announced.
 */
export function useAnnounceWhenSettled(text: string): void {
  const spoken = useRef(text);
  useEffect(() => {
    if (text === spoken.current) return;
    const timer = setTimeout(() => {
      spoken.current = text;
      announce(text);
    }, SETTLED_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
}
