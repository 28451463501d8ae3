// Who has sent answers: alias or "Participant N", how much they answered, and Remove (with undo).
import { useRef } from 'preact/hooks';
import { listItems } from '../../core/assessment/answers';
import { describeParticipant, type Participant } from '../../core/assessment/team';
import { type WorkshopSession } from '../../core/assessment/workshop-session';
import { removeSessionParticipant, restoreSessionParticipant } from '../../stores/workshop-codes';
import type { Assessment } from '../../schemas/assessment';
import type { PendingUndo } from './Facilitator';
import type { Announce } from './types';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  participants: Participant[];
  announce: Announce;
  offerUndo: (undo: PendingUndo) => void;
}

/** The participants merged so far. Scores are never shown here, only how much each person answered. */
export function ParticipantList({ session, assessment, participants, announce, offerUndo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const total = listItems(assessment).length;
  const remove = (participant: Participant, index: number) => {
    const who = describeParticipant(participant, index);
    const at = removeSessionParticipant(assessment, session.id, participant.key);
    offerUndo({
      message: `Removed ${who}.`,
      undo: () => {
        restoreSessionParticipant(assessment, session.id, participant.key, at);
        announce(`${who} is back in the session.`);
      },
    });
    heading.current?.focus();
  };
  return (
    <div class="participants">
      <h4 id="participants-title" ref={heading} tabindex={-1}>
        In this session: {participants.length} {participants.length === 1 ? 'person' : 'people'}
      </h4>
      {participants.length === 0 ? (
        <p>
          Nobody yet. When people finish, they send you a code or a link: paste them above, all at once if you like.
        </p>
      ) : (
        <ul class="participant-list" aria-labelledby="participants-title">
          {participants.map((participant, index) => {
            const who = describeParticipant(participant, index);
            const answered = Object.keys(participant.answers).length;
            return (
              <li key={participant.key}>
                <span>
                  <strong>{who}</strong>{' '}
                  <span class="hint">
                    answered {answered} of {total}
                  </span>
                </span>
                <button
                  type="button"
                  class="secondary no-print"
                  onClick={() => {
                    remove(participant, index);
                  }}
                >
                  Remove<span class="visually-hidden"> {who}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
