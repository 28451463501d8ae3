// Telling the reader what happened and putting focus somewhere sensible: announcements go through
// the page's persistent live region (shared/announce), focus moves once the page has re-rendered.
import { $undoOffer } from '../../stores/journeys-ui';
import { announce } from '../shared/announce';

/** Moves focus to an element by id once the page has re-rendered (or to a fallback). */
export function focusSoon(id: string, fallbackId?: string): void {
  setTimeout(() => {
    const target = document.getElementById(id) ?? (fallbackId ? document.getElementById(fallbackId) : null);
    target?.focus();
  }, 0);
}

/** Runs the offered undo and says what came back (or why nothing could). */
export function runUndo(): void {
  const offer = $undoOffer.get();
  if (!offer) return;
  $undoOffer.set(undefined);
  announce(offer.undo());
}

/** Closes the Undo offer and sends focus back to the work. */
export function dismissUndo(): void {
  const offer = $undoOffer.get();
  $undoOffer.set(undefined);
  if (offer) focusSoon(offer.returnFocusId);
}
