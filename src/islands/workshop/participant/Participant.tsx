// A participant's view: opened from the invitation link, answers privately with the same stepper as
// the self-assessment (stored apart from personal results), then ends on the share screen.
import { useAtom } from '../../shared/use-atom';
import { useEffect, useRef } from 'preact/hooks';
import { setAnswer, type Answer } from '../../../core/assessment/answers';
import { parseShareInput } from '../../../core/assessment/share-link';
import {
  $participation,
  PARTICIPANT_KEY,
  finishAnswering,
  joinAsParticipant,
  updateParticipation,
} from '../../../stores/workshop-participant';
import { Stepper } from '../../assess/Stepper';
import { StorageNotices } from '../../shared/StorageNotices';
import type { WorkshopProps } from '../types';
import { JoinIntro } from './JoinIntro';
import { ShareScreen } from './ShareScreen';

/** Everything a participant sees, from the invitation to the share screen. */
export function Participant({ assessments }: WorkshopProps) {
  const invitation = parseShareInput(location.hash);
  const assessment = assessments.find((a) => a.id === invitation.assessmentId);
  const sessionId = invitation.sessionId;
  const participation = useAtom($participation);
  // The stage of this invitation's answers; undefined while a previous session's are still loaded.
  const stage = participation?.sessionId === sessionId ? participation.stage : undefined;
  const shownStage = useRef(stage);

  useEffect(() => {
    if (assessment && sessionId) joinAsParticipant(assessment.id, sessionId);
  }, [assessment, sessionId]);

  // When the stage changes, focus moves to the new screen's heading.
  useEffect(() => {
    const before = shownStage.current;
    shownStage.current = stage;
    // Not on the first screen shown after loading: that would pull focus away from the page.
    if (before === stage || before === undefined) return;
    document.querySelector<HTMLElement>('.participant .stage-heading, .participant .step-heading')?.focus();
  }, [stage]);

  if (!assessment || !sessionId) {
    return (
      <div class="notice" role="alert">
        <p>
          This invitation link is incomplete or damaged, so it does not say which workshop to join. Ask the facilitator
          to show the link or QR code again, and open it exactly as shown.
        </p>
      </div>
    );
  }
  if (participation?.sessionId !== sessionId) return <p class="workshop-loading">Opening the workshop…</p>;

  return (
    <div class="participant">
      <StorageNotices keys={[PARTICIPANT_KEY]} />
      {participation.stage === 'intro' && (
        <JoinIntro
          assessment={assessment}
          alias={participation.alias}
          onStart={(alias) => {
            updateParticipation({ alias, stage: 'answering' });
          }}
        />
      )}
      {participation.stage === 'answering' && (
        <>
          <p class="workshop-context">
            Workshop: {assessment.title}.{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                updateParticipation({ stage: 'intro' });
              }}
            >
              Change my alias
            </button>
          </p>
          <Stepper
            assessment={assessment}
            answers={participation.answers}
            step={participation.step}
            onStep={(step) => {
              updateParticipation({ step });
            }}
            onAnswer={(itemId: string, answer: Answer | null) => {
              const current = $participation.get();
              if (current) updateParticipation({ answers: setAnswer(current.answers, itemId, answer) });
            }}
            onFinish={() => {
              finishAnswering();
            }}
            finishLabel="Finish and get my code"
          />
        </>
      )}
      {participation.stage === 'share' && (
        <ShareScreen
          assessment={assessment}
          participation={participation}
          onBack={() => {
            updateParticipation({ stage: 'answering' });
          }}
        />
      )}
    </div>
  );
}
