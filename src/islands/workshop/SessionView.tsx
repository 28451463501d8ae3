// One open session: invite, collect, then reveal. The team results are their own chunk, fetched
// only once there is something to reveal (the same rule as a chart).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { canShowTeam } from '../../core/assessment/anonymity';
import type { SessionId } from '../../core/assessment/session-id';
import { buildShareLink } from '../../core/assessment/share-link';
import { exportTeamResult } from '../../core/assessment/workshop-file';
import { readSessionView } from '../../core/assessment/workshop-participants';
import { describeAnswered, type WorkshopSession } from '../../core/assessment/workshop-session';
import { setRevealed } from '../../stores/workshop-codes';
import type { Assessment } from '../../schemas/assessment';
import { downloadText } from '../shared/download';
import { lazyComponent } from '../shared/lazy';
import { fileStem } from './file-stem';
import { CollectPanel } from './CollectPanel';
import type { PendingUndo } from './Facilitator';
import { JoinPanel } from './JoinPanel';
import { LastActions } from './LastActions';
import { SessionSettings } from './SessionSettings';
import type { Announce, PlaybookLink } from './types';

// The projector view is its own chunk too, fetched when the facilitator opens it.
const Projector = lazyComponent(() => import('./projector/Projector').then((m) => m.Projector), {
  what: 'the projector view',
  pending: () => <p class="workshop-loading">Opening the projector view…</p>,
});

const TeamResults = lazyComponent(() => import('./results/TeamResults').then((m) => m.TeamResults), {
  what: 'the team results',
  pending: () => <p class="workshop-loading">Loading the team results…</p>,
});

/** What the session screens need from the facilitator's view. */
export interface SessionViewProps {
  session: WorkshopSession;
  assessment: Assessment;
  playbooks: Record<string, PlaybookLink>;
  announce: Announce;
  offerUndo: (undo: PendingUndo) => void;
  /** Move focus to the session's heading when it appears (after starting or opening it). */
  focusOnMount: boolean;
}

/** The open session, step by step. */
export function SessionView({ session, assessment, playbooks, announce, offerUndo, focusOnMount }: SessionViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { participants, unreadable, shown, waiting } = useMemo(
    () => readSessionView(assessment, session),
    [assessment, session],
  );
  // A reveal shows who was in at that moment; the gate counts them, not whoever arrived since.
  const gate = canShowTeam(session.revealed ? shown.length : participants.length);
  const waitingCount = waiting.added + waiting.updated;
  const showTeam = session.revealed && gate.allowed;

  const [presenting, setPresenting] = useState(false);
  const link = useMemo(
    () =>
      buildShareLink(`${location.origin}${location.pathname}`, {
        assessmentId: session.assessmentId,
        sessionId: session.id as SessionId,
      }),
    [session.assessmentId, session.id],
  );

  // After Reveal or Hide the pressed button is gone, so focus goes to what replaced it.
  const [focusAfterToggle, setFocusAfterToggle] = useState<string | null>(null);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);

  useEffect(() => {
    if (focusAfterToggle === null) return;
    const target = document.getElementById(focusAfterToggle);
    if (!target) return;
    target.focus();
    setFocusAfterToggle(null);
  });

  return (
    <section class="session" aria-labelledby="session-title">
      <h2 id="session-title" ref={heading} tabindex={-1}>
        {session.name}
      </h2>
      <p class="session-meta">
        {assessment.title}. Started {session.created}. Session id <code>{session.id}</code>.
      </p>
      <p class="no-print">
        <button
          type="button"
          id="projector-open"
          aria-describedby="projector-open-hint"
          onClick={() => {
            // Full screen must be asked for in the click itself; the view works the same without it.
            if (document.fullscreenEnabled) document.documentElement.requestFullscreen().catch(() => undefined);
            setPresenting(true);
          }}
        >
          Present on the projector
        </button>{' '}
        <span class="hint" id="projector-open-hint">
          The join code and the count large, then the results, without the codes, names or controls. Escape leaves.
        </span>
      </p>
      {presenting && (
        <Projector
          session={session}
          assessment={assessment}
          link={link}
          participants={participants}
          shown={shown}
          onClose={() => {
            if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
            setPresenting(false);
            setFocusAfterToggle('projector-open');
          }}
        />
      )}
      <LastActions session={session} />
      <JoinPanel session={session} />
      <SessionSettings session={session} assessment={assessment} announce={announce} />
      <CollectPanel
        session={session}
        assessment={assessment}
        participants={participants}
        unreadable={unreadable.length}
        announce={announce}
        offerUndo={offerUndo}
      />
      <section class="card reveal no-print" aria-labelledby="reveal-title">
        <h3 id="reveal-title">3. Reveal the results</h3>
        {!session.revealed ? (
          <>
            <p class="answered-count" id="answered-count">
              <strong>{describeAnswered(session, participants.length)}</strong>
              {session.autoReveal &&
                session.expected !== null &&
                '. The results appear by themselves when all have answered'}
              .
            </p>
            <p>
              The results are hidden. {participants.length} {participants.length === 1 ? 'person has' : 'people have'}{' '}
              sent answers so far. Reveal them once everyone has finished, so that nobody is swayed by the others.
            </p>
            <button
              type="button"
              id="reveal-button"
              onClick={() => {
                setRevealed(assessment, session.id, true);
                setFocusAfterToggle(gate.allowed ? 'team-title' : 'reveal-gate');
              }}
            >
              Reveal the results
            </button>
          </>
        ) : (
          <>
            {session.expected !== null && (
              <p class="answered-count" id="answered-count">
                <strong>{describeAnswered(session, participants.length)}</strong>.
              </p>
            )}
            <p id="reveal-shown" tabindex={-1}>
              Showing the answers of {shown.length} {shown.length === 1 ? 'person' : 'people'}, as they stood when you
              revealed them. Codes added since wait here until you show them.
            </p>
            {!gate.allowed && (
              <p class="notice" id="reveal-gate" tabindex={-1}>
                No breakdown is shown yet. {gate.reason}
              </p>
            )}
            {waitingCount > 0 && (
              <p class="waiting" id="reveal-waiting">
                <strong>
                  {waitingCount} new {waitingCount === 1 ? 'answer' : 'answers'}
                </strong>
                {waiting.updated > 0 &&
                  ` (${waiting.updated === waitingCount ? (waitingCount === 1 ? 'a new code from someone already shown' : 'new codes from people already shown') : `${waiting.updated} of them new codes from people already shown`})`}
                :{' '}
                <button
                  type="button"
                  id="show-waiting"
                  aria-describedby="reveal-waiting"
                  onClick={() => {
                    setRevealed(assessment, session.id, true);
                    setFocusAfterToggle('reveal-shown');
                    announce(`Now showing ${participants.length} ${participants.length === 1 ? 'person' : 'people'}.`);
                  }}
                >
                  Show them
                </button>
              </p>
            )}
            <button
              type="button"
              class="secondary no-print"
              onClick={() => {
                setRevealed(assessment, session.id, false);
                setFocusAfterToggle('reveal-button');
              }}
            >
              Hide the results again
            </button>
          </>
        )}
      </section>
      {showTeam && (
        <TeamResults
          session={session}
          assessment={assessment}
          participants={shown}
          playbooks={playbooks}
          announce={announce}
          offerUndo={offerUndo}
        />
      )}
      <section class="card keep-copy no-print" aria-labelledby="keep-title">
        <h3 id="keep-title">Keep a copy</h3>
        <p>
          The session is saved in this browser. Download it to keep it safe or to open it on another device: the file
          holds everyone’s codes (their answers and aliases), so share it only with people who may see them.
        </p>
        <button
          type="button"
          onClick={() => {
            downloadText(`${fileStem(session)}.json`, exportTeamResult(session));
            announce('Team result downloaded as a JSON file.');
          }}
        >
          Download the team result (JSON)
        </button>
      </section>
    </section>
  );
}
