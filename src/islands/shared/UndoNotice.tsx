// After a destructive action: the message is announced through the page's persistent live region,
// and an Undo button stays until dismissed.
import { useEffect } from 'preact/hooks';
import { announce } from './announce';

interface Props {
  /** What happened, e.g. "Worksheet “Hotel stay” deleted." */
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A message with Undo and Dismiss. */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  useEffect(() => {
    announce(`${message} Undo is available.`);
  }, [message]);
  return (
    <div class="undo-notice" role="group" aria-label="Undo">
      <span>{message}</span>{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" class="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
