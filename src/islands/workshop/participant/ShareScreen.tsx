// The end of a participant's turn: the short code, a reply link carrying it after the #, its QR
// code, and plain words on exactly what is shared.
import { useMemo, useState } from 'preact/hooks';
import { MIN_COMMENTS } from '../../../core/assessment/anonymity';
import { sanitiseAlias } from '../../../core/assessment/alias';
import { measureProgress } from '../../../core/assessment/progress';
import { type SessionId } from '../../../core/assessment/session-id';
import { commentRoom, encodeShareCode, sanitiseComment } from '../../../core/assessment/share-code';
import { buildShareLink } from '../../../core/assessment/share-link';
import { type Participation } from '../../../core/assessment/workshop-participation';
import type { Assessment } from '../../../schemas/assessment';
import { saveComments } from '../../../stores/workshop-participant';
import { announce } from '../../shared/announce';
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
  const comments = useMemo(
    () => assessment.dimensions.map((d) => participation.comments[d.id] ?? ''),
    [assessment, participation.comments],
  );
  const commented = comments.filter((c) => sanitiseComment(c) !== '').length;
  const code = useMemo(
    () => encodeShareCode(assessment, { sessionId, answers, alias, participantId, revision, comments }),
    [assessment, sessionId, answers, alias, participantId, revision, comments],
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
        {commented > 0 && (
          <li>
            Your {commented === 1 ? 'comment' : `${commented} comments`}, which the team sees without your alias, mixed
            with everyone else’s.
          </li>
        )}
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
      <CommentForm assessment={assessment} alias={alias} saved={participation.comments} />
    </section>
  );
}

/** One short optional comment per dimension, added to the code (which then replaces the earlier one). */
function CommentForm({
  assessment,
  alias,
  saved,
}: {
  assessment: Assessment;
  alias: string;
  saved: Record<string, string>;
}) {
  const [draft, setDraft] = useState<Record<string, string>>(saved);
  const [tooLong, setTooLong] = useState(false);
  const room = commentRoom(
    assessment,
    alias,
    assessment.dimensions.map((d) => draft[d.id] ?? ''),
  );
  return (
    <section class="share-comments" aria-labelledby="comments-title">
      <h3 id="comments-title">Add a comment for the team (optional)</h3>
      <p>
        One short comment per dimension, if you wish. The facilitator shows comments only after the reveal, without your
        alias, in a mixed order, and only once at least {MIN_COMMENTS} people have answered.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (room < 0) {
            setTooLong(true);
            document.getElementById('comment-room')?.focus();
            return;
          }
          setTooLong(false);
          saveComments(draft);
          announce('Your code now carries your comments. Send this new code: it replaces the one you sent before.');
          document.getElementById('share-title')?.focus();
        }}
      >
        {assessment.dimensions.map((dimension) => (
          <div class="field" key={dimension.id}>
            <label for={`comment-${dimension.id}`}>Comment on {dimension.label}</label>
            <textarea
              id={`comment-${dimension.id}`}
              rows={2}
              maxLength={400}
              value={draft[dimension.id] ?? ''}
              aria-describedby="comment-room"
              onInput={(event) => {
                setDraft({ ...draft, [dimension.id]: event.currentTarget.value });
              }}
            />
          </div>
        ))}
        <p id="comment-room" tabindex={-1} class={room < 0 ? 'error' : 'hint'}>
          {room >= 0
            ? `Room left in your code: about ${room} letters (all comments share it).`
            : `${tooLong ? 'Not added: your comments are' : 'Your comments are'} too long by about ${-room} letters for the code; shorten one.`}
        </p>
        <button type="submit">Add my comments to the code</button>
      </form>
    </section>
  );
}
