// After a destructive action: a polite announcement with an Undo button that stays until dismissed.
interface Props {
  /** What happened, e.g. "Worksheet “Hotel stay” deleted." */
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A status message with Undo and Dismiss. */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="undo-notice" role="status">
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
