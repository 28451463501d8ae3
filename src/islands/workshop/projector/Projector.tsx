// The presentation view for the projector: the facilitator's page, shown large and stripped of
// everything the room should not see (no paste box, code log, aliases or remove buttons). Before the
// reveal only the join QR code, the short link and the count; after it the team results, one
// dimension at a time or all at once. Arrow keys move between dimensions and Escape leaves. It is a
// modal dialog, so nothing behind it can be reached, and it also asks for full screen where the
// browser allows (the view works the same without). Its code loads only when it is opened.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { canShowTeam } from '../../../core/assessment/anonymity';
import type { Participant } from '../../../core/assessment/team';
import { teamComments, type TeamComments } from '../../../core/assessment/team-comments';
import { summariseTeam, type DimensionStats, type TeamSummary } from '../../../core/assessment/team-summary';
import { formatScore } from '../../../core/assessment/text';
import { describeAnswered, sessionRules, type WorkshopSession } from '../../../core/assessment/workshop-session';
import type { Assessment } from '../../../schemas/assessment';
import { LazyQrCode } from '../LazyQrCode';
import { DotPlot } from '../results/DotPlot';

/** What the projector shows. */
export interface ProjectorProps {
  session: WorkshopSession;
  assessment: Assessment;
  /** The join link participants open. */
  link: string;
  /** Everyone whose code is in the session. */
  participants: Participant[];
  /** The people shown since the last reveal. */
  shown: Participant[];
  /** Leaves the projector view. */
  onClose: () => void;
}

/** The link as a person would type it: without "https://". */
const shortLink = (link: string): string => link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');

function DimensionComments({ id, comments }: { id: string; comments: TeamComments }) {
  if (!comments.allowed) return null;
  const list = comments.dimensions.find((d) => d.id === id)?.comments ?? [];
  if (list.length === 0) return null;
  return (
    <div class="projector-comments">
      <p class="projector-comments-title">What people wrote</p>
      <ul class="comment-list">
        {list.map((comment, index) => (
          <li key={index}>{comment}</li>
        ))}
      </ul>
    </div>
  );
}

function Figures({ d, comments }: { d: DimensionStats; comments: TeamComments }) {
  if (!d.reveal.allowed) return <p class="projector-hidden">Hidden. {d.reveal.reason}</p>;
  return (
    <>
      {d.dotPlot.allowed ? (
        <div class="projector-dots">
          <DotPlot scores={d.scores} median={d.median} />
          <p class="scores-text">Every score: {d.scores.map((s) => formatScore(s)).join(', ')}</p>
        </div>
      ) : (
        <p class="projector-hidden">{d.dotPlot.reason}</p>
      )}
      <dl class="projector-figures">
        <div>
          <dt>Median</dt>
          <dd>{formatScore(d.median)}</dd>
        </div>
        <div>
          <dt>Range</dt>
          <dd>
            {formatScore(d.min)} to {formatScore(d.max)}
          </dd>
        </div>
        <div>
          <dt>Rated 2 or lower</dt>
          <dd>
            {d.lowCount} of {d.n}
          </dd>
        </div>
      </dl>
      <DimensionComments id={d.id} comments={comments} />
    </>
  );
}

function Results({
  summary,
  comments,
  index,
  all,
}: {
  summary: TeamSummary;
  comments: TeamComments;
  index: number;
  all: boolean;
}) {
  const dimensions = summary.dimensions;
  if (all) {
    return (
      <ul class="projector-all">
        {dimensions.map((d) => (
          <li key={d.id} class="projector-dimension">
            <h3>{d.label}</h3>
            <Figures d={d} comments={comments} />
          </li>
        ))}
      </ul>
    );
  }
  const d = dimensions[index];
  if (!d) return null;
  return (
    <section class="projector-dimension projector-one" aria-labelledby="projector-dimension-title">
      <p class="projector-step">
        Dimension {index + 1} of {dimensions.length}
      </p>
      <h3 id="projector-dimension-title">{d.label}</h3>
      <Figures d={d} comments={comments} />
    </section>
  );
}

/** The projector view, as a full-screen modal dialog. */
export function Projector({ session, assessment, link, participants, shown, onClose }: ProjectorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [index, setIndex] = useState(0);
  const [all, setAll] = useState(false);
  const summary = useMemo(
    () => summariseTeam(assessment, shown, sessionRules(session)),
    [assessment, shown, session.dotPlotMin],
  );
  const comments = useMemo(() => teamComments(assessment, shown, session.id), [assessment, shown, session.id]);
  const gate = canShowTeam(session.revealed ? shown.length : participants.length);
  const showTeam = session.revealed && gate.allowed;
  const count = summary.dimensions.length;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    heading.current?.focus();
    // Leaving full screen (Escape in most browsers does that first) leaves the projector view too.
    const left = () => {
      if (!document.fullscreenElement) onClose();
    };
    document.addEventListener('fullscreenchange', left);
    return () => {
      document.removeEventListener('fullscreenchange', left);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const move = (by: number) => {
    setIndex((current) => Math.min(count - 1, Math.max(0, current + by)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (!showTeam || all) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in step) {
      event.preventDefault();
      move(step[event.key] ?? 0);
    } else if (event.key === 'Home') {
      event.preventDefault();
      setIndex(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      setIndex(count - 1);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="projector"
      aria-labelledby="projector-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="projector-bar">
        <h2 id="projector-title" ref={heading} tabindex={-1}>
          {session.name}
        </h2>
        <p class="projector-keys" id="projector-keys">
          {showTeam && !all ? 'Arrow keys: next or previous dimension. Escape: leave.' : 'Escape: leave.'}
        </p>
        <button type="button" class="secondary" onClick={onClose}>
          Leave the projector view
        </button>
      </div>
      {showTeam ? (
        <div class="projector-results">
          <p class="projector-people">
            {summary.participantCount} people. Every dot is one person’s score; the line is the median.
          </p>
          <div class="projector-nav">
            <button
              type="button"
              class="secondary"
              aria-pressed={all}
              onClick={() => {
                setAll(!all);
              }}
            >
              Show every dimension at once
            </button>
            {!all && (
              <>
                <button
                  type="button"
                  disabled={index === 0}
                  onClick={() => {
                    move(-1);
                  }}
                >
                  Previous dimension
                </button>
                <button
                  type="button"
                  disabled={index >= count - 1}
                  onClick={() => {
                    move(1);
                  }}
                >
                  Next dimension
                </button>
              </>
            )}
          </div>
          <Results summary={summary} comments={comments} index={index} all={all} />
          {!comments.allowed && comments.total > 0 && <p class="projector-hidden">{comments.reason}</p>}
        </div>
      ) : (
        <div class="projector-join">
          <LazyQrCode text={link} label="QR code of the join link" class="qr-projector" />
          <div class="projector-join-text">
            <p>Scan the code or open</p>
            <p class="projector-link">{shortLink(link)}</p>
            <p class="projector-count">{describeAnswered(session, participants.length)}</p>
            {session.revealed && !gate.allowed && <p class="projector-hidden">{gate.reason}</p>}
          </div>
        </div>
      )}
    </dialog>
  );
}
