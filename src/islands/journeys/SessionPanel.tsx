// The facilitator's side of a journey scoring session, loaded only when a worksheet is open and
// this part nears the screen: start a session, show the join link and its QR code, take codes
// (pasted, or scanned one after another), count them without showing anything, reveal the spread
// once three people have sent theirs, agree the scores, decide on proposed moments, and curate the
// shortlist. Collecting the codes is in SessionCodes.tsx, the proposed moments in ProposedMoments.tsx.
// The workshop's own pieces are reused as they are (copy box, QR code, scanner).
import { useEffect, useState } from 'preact/hooks';
import { parseSessionId } from '../../core/assessment/session-id';
import type { Worksheet } from '../../core/journey/model';
import { assumptionOnly } from '../../core/journey/ranking';
import { revealBlocked, sessionParticipants } from '../../core/journey/session';
import { MIN_PEOPLE, listProposals, teamSpread } from '../../core/journey/spread';
import {
  $journeySessions,
  activeSessionFor,
  endSession,
  notePin,
  noteOwner,
  reveal,
  startSession,
} from '../../stores/journeys-sessions';
import { announce } from '../shared/announce';
import { useAtom } from '../shared/use-atom';
import { CopyText } from '../workshop/CopyText';
import { LazyQrCode } from '../workshop/LazyQrCode';
import { MAX_QR_CHARS, inviteLink } from './invite-link';
import { plural } from './labels';
import { ProposedMoments } from './ProposedMoments';
import { SessionCodes } from './SessionCodes';
import { Shortlist } from './Shortlist';
import { SpreadView } from './SpreadView';
import './journey-session.css';

interface Props {
  sheet: Worksheet;
}

/** The team scoring session of one worksheet. */
export function SessionPanel({ sheet }: Props) {
  useAtom($journeySessions);
  const session = activeSessionFor(sheet.id);
  const [problem, setProblem] = useState('');
  const [link, setLink] = useState('');

  useEffect(() => {
    setLink('');
    if (!session) return;
    const id = parseSessionId(session.id);
    if (!id) return;
    let live = true;
    void inviteLink(id, session.snapshot).then((made) => {
      if (live) setLink(made);
    });
    return () => {
      live = false;
    };
  }, [session?.id]);

  if (!session) {
    return (
      <section class="jsession" aria-labelledby="jsession-heading">
        <h3 id="jsession-heading">Score it as a team</h3>
        <p>
          Everyone scores each moment privately on their own phone: feeling, impact and frequency, whether they have
          seen it happen, and moments the map is missing. Their codes come back to this device; nothing is shown until
          you reveal the spread, and nothing moment by moment under {MIN_PEOPLE} people.
        </p>
        {problem && (
          <p class="notice" role="alert">
            {problem}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            const started = startSession(sheet);
            if (!started.ok) setProblem(started.message);
            else {
              setProblem('');
              announce('Scoring session started. Share the join link with the team.');
            }
          }}
        >
          Start a scoring session
        </button>
      </section>
    );
  }

  const people = sessionParticipants(session);
  const blocked = revealBlocked(session);
  const spread = teamSpread(session.snapshot, people, session.revealed);
  const proposals = listProposals(people);
  const invitation = link === '' ? null : link;

  return (
    <section class="jsession" aria-labelledby="jsession-heading">
      <h3 id="jsession-heading">Team scoring session {session.id}</h3>
      <section aria-labelledby="jsession-invite">
        <h4 id="jsession-invite">1. Invite the team</h4>
        <p>
          Everyone opens this link on their phone (or scans the code), scores the{' '}
          {plural(
            session.snapshot.stages.reduce((n, s) => n + s.moments.length, 0),
            'moment',
          )}{' '}
          on their own, and sends back their code.
        </p>
        {invitation === null ? (
          <p class="loading">Making the join link…</p>
        ) : (
          <div class="jsession-invite">
            {invitation.length <= MAX_QR_CHARS ? (
              <LazyQrCode text={invitation} label="QR code of the join link" />
            ) : (
              <p class="notice">This journey is too long for a QR code; share the link instead.</p>
            )}
            <CopyText id="jsession-link" label="Join link" value={invitation} button="Copy the join link" rows={4} />
          </div>
        )}
      </section>
      <SessionCodes session={session} people={people} />
      <section aria-labelledby="jsession-reveal">
        <h4 id="jsession-reveal">3. Reveal and agree</h4>
        {!session.revealed && (
          <>
            {blocked !== null && <p id="jsession-blocked">{blocked}</p>}
            <button
              type="button"
              disabled={blocked !== null}
              aria-describedby={blocked !== null ? 'jsession-blocked' : undefined}
              onClick={() => {
                const done = reveal(session);
                announce(done.ok ? 'The spread is shown.' : done.message);
              }}
            >
              Reveal the spread
            </button>
          </>
        )}
        {session.revealed && spread.status === 'too-few' && (
          <p class="notice">
            Only {plural(spread.people, 'person has', 'people have')} sent scores now, so nothing is shown moment by
            moment. Add codes until at least {MIN_PEOPLE} people have.
          </p>
        )}
        {spread.status === 'shown' && (
          <SpreadView
            session={session}
            spread={spread}
            assumed={new Set(sheet.moments.filter((m) => assumptionOnly(m)).map((m) => m.id))}
          />
        )}
      </section>
      {spread.status === 'shown' && proposals.length > 0 && <ProposedMoments session={session} proposals={proposals} />}
      {spread.status === 'shown' && (
        <section aria-labelledby="jsession-shortlist">
          <h4 id="jsession-shortlist">4. The shortlist</h4>
          <p>
            The shortlist follows from the agreed priorities. Pin a moment the ranking left out, with a reason, and give
            each shortlisted moment an owner and a review-by date: it goes to the action plan.
          </p>
          <Shortlist
            sheet={sheet}
            onPin={(momentId, reason) => {
              notePin(session, momentId, reason);
            }}
            onOwner={(momentId, owner, reviewBy) => {
              noteOwner(session, momentId, owner, reviewBy);
            }}
          />
        </section>
      )}
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            endSession();
            announce('The scoring session is closed. Its codes stay on this device.');
          }}
        >
          End the session
        </button>
      </p>
    </section>
  );
}
