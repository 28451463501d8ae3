// The end of a participant's scoring: their score code, reply link and its QR code to send to the
// facilitator, and what they share. Changed answers make a code one revision higher, so the new
// code replaces the one sent before.
import { useEffect, useMemo } from 'preact/hooks';
import type { SessionId } from '../../core/assessment/session-id';
import type { Invitation } from '../../core/journey/invitation';
import type { Participation } from '../../core/journey/participation';
import { encodeScoreCode } from '../../core/journey/score-code';
import { saveParticipation } from '../../stores/journeys-participant';
import { CopyText } from '../workshop/CopyText';
import { LazyQrCode } from '../workshop/LazyQrCode';
import { MAX_QR_CHARS, replyLink } from './invite-link';

interface ShareProps {
  invitation: Invitation;
  participation: Participation;
  onBack: () => void;
}

export function ShareCode({ invitation, participation, onBack }: ShareProps) {
  const sessionId = invitation.sessionId;
  const stageCount = invitation.stages.length;
  const code = useMemo(() => {
    const make = (revision: number) =>
      encodeScoreCode({
        sessionId,
        participantId: participation.participantId as SessionId,
        revision,
        alias: participation.alias,
        check: participation.check,
        scores: participation.scores,
        proposals: participation.proposals,
        stageCount,
      });
    // Changed answers make a code one revision higher, so it replaces the earlier one.
    const same = make(participation.revision);
    return same === participation.lastCode || participation.lastCode === '' ? same : make(participation.revision + 1);
  }, [participation, sessionId, stageCount]);
  useEffect(() => {
    if (code === participation.lastCode) return;
    const revision = participation.lastCode === '' ? participation.revision : participation.revision + 1;
    saveParticipation({ ...participation, lastCode: code, revision });
  }, [code]);
  const scored = participation.scores.filter(
    (s) => s.seen || s.feeling !== null || s.impact !== null || s.frequency !== null,
  ).length;
  const proposals = participation.proposals.filter((p) => p.title.trim() !== '').length;
  const back = (
    <button type="button" class="secondary" onClick={onBack}>
      Change my scores
    </button>
  );
  if (scored === 0 && proposals === 0) {
    return (
      <section class="jscore-share" aria-labelledby="jscore-share-title">
        <h2 id="jscore-share-title" tabIndex={-1}>
          Nothing to send yet
        </h2>
        <p>You have not scored any moment, so there is no code to send. Go back and score at least one.</p>
        {back}
      </section>
    );
  }
  const link = replyLink(sessionId, code);
  return (
    <section class="jscore-share" aria-labelledby="jscore-share-title">
      <h2 id="jscore-share-title" tabIndex={-1}>
        Send your scores to the facilitator
      </h2>
      <p>Show the QR code to the facilitator, or copy your code or link into the session chat. Either one is enough.</p>
      <div class="jscore-share-body">
        {link.length <= MAX_QR_CHARS ? (
          <LazyQrCode text={link} label="QR code of your reply link" class="qr-share" />
        ) : (
          <p class="notice">Your scores are too long for a QR code; copy the code or the link instead.</p>
        )}
        <div>
          <CopyText id="jscore-code" label="Your score code" value={code} button="Copy the code" rows={3} />
          <CopyText id="jscore-link" label="Your reply link" value={link} button="Copy the link" rows={4} />
        </div>
      </div>
      <h3>What you are sharing</h3>
      <ul>
        <li>
          Your scores for {scored} of {participation.scores.length} moments, and {proposals} missing moment
          {proposals === 1 ? '' : 's'}.
        </li>
        <li>
          {participation.alias.trim()
            ? `Your name, “${participation.alias.trim()}”.`
            : 'No name: your scores are anonymous.'}
        </li>
        <li>Nothing else. The code sits after the # in the link, a part browsers never send to a server.</li>
      </ul>
      <p>If you change your scores, send the new code: it replaces this one.</p>
      {back}
    </section>
  );
}
