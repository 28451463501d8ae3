// The end of a participant's turn: the short code, a reply link carrying it after the #, its QR
// code, and plain words on exactly what is shared.
import { useMemo } from 'preact/hooks';
import { sanitiseAlias } from '../../../core/assessment/alias';
import { measureProgress } from '../../../core/assessment/progress';
import { type SessionId } from '../../../core/assessment/session-id';
import { encodeShareCode } from '../../../core/assessment/share-code';
import { buildShareLink } from '../../../core/assessment/share-link';
import { type Participation } from '../../../core/assessment/workshop-participation';
import type { Assessment } from '../../../schemas/assessment';
import { CopyText } from '../CopyText';
import { LazyQrCode } from '../LazyQrCode';

interface Props {
  assessment: Assessment;
  participation: Participation;
  onBack: () => void;
}

/** The code, the link, the QR code and what they carry. */
export function ShareScreen({ assessment, participation, onBack }: Props) {
  const { answers, alias, revision } = participation;
  // Stored participations are validated on load, so the session id has the right shape.
  const sessionId = participation.sessionId as SessionId;
  const progress = measureProgress(assessment, answers);
  const shownAlias = sanitiseAlias(alias);
  const { participantId } = participation;
  const code = useMemo(
    () => encodeShareCode(assessment, { sessionId, answers, alias, participantId, revision }),
    [assessment, sessionId, answers, alias, participantId, revision],
  );
  const link = buildShareLink(`${location.origin}${location.pathname}`, {
    assessmentId: assessment.id,
    sessionId,
    code,
  });
  const back = (
    <button type="button" class="secondary" onClick={onBack}>
      Change my answers
    </button>
  );

  if (progress.answered === 0) {
    return (
      <section class="card share" aria-labelledby="share-title">
        <h2 id="share-title" class="stage-heading" tabindex={-1}>
          Nothing to send yet
        </h2>
        <p>You have not answered any statement, so there is no code to send. Go back and answer at least one.</p>
        {back}
      </section>
    );
  }
  return (
    <section class="card share" aria-labelledby="share-title">
      <h2 id="share-title" class="stage-heading" tabindex={-1}>
        Send your answers to the facilitator
      </h2>
      <p>
        Show the QR code to the facilitator, or copy your code or link into the workshop chat or an email. Either one is
        enough.
      </p>
      <div class="share-body">
        <LazyQrCode text={link} label="QR code of your reply link" class="qr-share" />
        <div class="share-text">
          <CopyText id="share-code" label="Your share code" value={code} button="Copy the code" rows={3} />
          <CopyText id="share-link" label="Your reply link" value={link} button="Copy the link" rows={5} />
        </div>
      </div>
      <h3>What you are sharing</h3>
      <ul>
        <li>
          Your answers: {progress.answered} of {progress.total} statements
          {progress.answered < progress.total ? ' (the ones you skipped are not counted, never scored as zero)' : ''}.
        </li>
        <li>{shownAlias ? `Your alias, “${shownAlias}”.` : 'No alias: your answers are anonymous.'}</li>
        <li>
          Nothing else: not your name, your device or your location. The code sits after the # in the link, a part that
          browsers never send to a website’s server.
        </li>
      </ul>
      <p>
        Nothing has been sent yet: it only leaves this device when you send it. Your personal self-assessment results
        are not affected. These answers are kept on this device so that you can change them and send a new code.
      </p>
      {revision > 1 && (
        <p class="notice">
          This is a new code (number {revision}). Send it too: it replaces the answers you sent before, so you still
          count once.
        </p>
      )}
      {back}
    </section>
  );
}
