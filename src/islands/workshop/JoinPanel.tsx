// The invitation: a link and its QR code, big enough to scan from the back of a room.
import { useMemo, useState } from 'preact/hooks';
import { type SessionId } from '../../core/assessment/session-id';
import { buildShareLink } from '../../core/assessment/share-link';
import { type WorkshopSession } from '../../core/assessment/workshop-session';
import { CopyText } from './CopyText';
import { LazyQrCode } from './LazyQrCode';

/** The join link and QR code for the projector. */
export function JoinPanel({ session }: { session: WorkshopSession }) {
  const [large, setLarge] = useState(false);
  const link = useMemo(
    () =>
      buildShareLink(`${location.origin}${location.pathname}`, {
        assessmentId: session.assessmentId,
        // The stored session is validated on load, so its id has the session-id shape.
        sessionId: session.id as SessionId,
      }),
    [session.assessmentId, session.id],
  );
  return (
    <section class="card join no-print" aria-labelledby="join-title">
      <h3 id="join-title">1. Invite the team</h3>
      <p>
        Put this on the projector. Each person scans the code or opens the link on their own phone or laptop, answers
        privately, and gets a short code to send back to you. No one needs an account or gives their name.
      </p>
      <div class={large ? 'join-body join-large' : 'join-body'}>
        <LazyQrCode text={link} label="QR code of the join link" class="qr-join" />
        <div class="join-text">
          <CopyText id="join-link" label="Join link" value={link} button="Copy the join link" />
          <button
            type="button"
            class="secondary"
            aria-pressed={large}
            onClick={() => {
              setLarge(!large);
            }}
          >
            Make the QR code fill the width
          </button>
        </div>
      </div>
    </section>
  );
}
