// A participant's workshop answers on their own device, under accueil.workshop.participant.*, apart
// from their personal self-assessment results so that joining a workshop never changes those.
import type { SessionId } from '../core/assessment/session-id';
import {
  finishParticipation,
  participationFormat,
  startParticipation,
  type Participation,
} from '../core/assessment/workshop-participation';
import type { Assessment } from '../schemas/assessment';
import { versionedStore } from './versioned-store';

/** Where a participant's answers are kept. */
export const PARTICIPANT_KEY = 'accueil.workshop.participant.current';

/** A participant's answers for the session they joined on this device, or null. */
export const $participation = versionedStore<Participation | null>(PARTICIPANT_KEY, participationFormat, null);

/** Opens (or resumes) a participant's answers for an invitation; another session's are replaced. */
export function joinAsParticipant(assessmentId: Assessment['id'], sessionId: SessionId): void {
  const current = $participation.get();
  if (current?.sessionId === sessionId && current.assessmentId === assessmentId) return;
  $participation.set(startParticipation(assessmentId, sessionId));
}

/** Changes the participant's answers, alias, step or stage. */
export function updateParticipation(
  change: Partial<Omit<Participation, 'sessionId' | 'assessmentId' | 'participantId' | 'revision' | 'comments'>>,
): void {
  const current = $participation.get();
  if (current) $participation.set({ ...current, ...change });
}

/** Keeps new comments and numbers the code after any sent before, so the new code replaces them. */
export function saveComments(comments: Record<string, string>): void {
  const current = $participation.get();
  if (current) $participation.set(finishParticipation({ ...current, comments }));
}

/** Ends answering: the share screen shows a code numbered after any sent before, so it replaces them. */
export function finishAnswering(): void {
  const current = $participation.get();
  if (current) $participation.set(finishParticipation(current));
}
