// Page state of the worksheets tool that is not saved: the one destructive action that can still be
// undone, and which moments have their edit form open.
import { atom } from 'nanostores';

/** The last destructive action, with the way to reverse it. */
export interface UndoOffer {
  /** What happened, e.g. "Removed “Check-in queue”." */
  message: string;
  /** Reverses it; returns what to announce (what came back, or why it cannot). */
  undo: () => string;
  /** Where focus goes when the reader dismisses the offer instead. */
  returnFocusId: string;
}

/** The action the Undo notice offers to reverse, if any. */
export const $undoOffer = atom<UndoOffer | undefined>(undefined);

/** Offers Undo for an action that just happened (replacing any earlier offer). */
export function offerUndo(offer: UndoOffer): void {
  $undoOffer.set(offer);
}

/** Moments whose edit form is open. */
export const $openMoments = atom<ReadonlySet<string>>(new Set());

/** Opens or closes a moment's edit form. */
export function toggleMomentForm(id: string, open: boolean): void {
  const next = new Set($openMoments.get());
  if (open) next.add(id);
  else next.delete(id);
  $openMoments.set(next);
}
