// A participant's answers in a workshop, kept apart from their personal results so that joining a
// workshop never changes what they saved for themselves.
import * as z from '../zod';
import type { Assessment } from '../../schemas/assessment';
import { assessmentIds } from '../../schemas/assessment-ids';
import type { FormatSpec } from '../versioned';
import { answersSchema } from './answers';
import { generateSessionId, type SessionId } from './session-id';
import { MAX_REVISION } from './share-code';

/** Where a participant is: choosing an alias, answering, or on the share screen. */
const participationStages = ['intro', 'answering', 'share'] as const;

/** One person's part in one workshop session. */
export const participationSchema = z.strictObject({
  /** The session from the invitation link. */
  sessionId: z.string().check(z.regex(/^[A-Za-z0-9_-]{6}$/)),
  /** The assessment from the invitation link. */
  assessmentId: z.enum(assessmentIds),
  /** The optional alias as typed (cleaned when the code is made). */
  alias: z.string().check(z.maxLength(64)),
  /** Answers keyed by item id. */
  answers: answersSchema,
  /** The step (dimension index) shown while answering. */
  step: z.int().check(z.gte(0), z.lte(50)),
  /** Where the person is in the flow. */
  stage: z.enum(participationStages),
  /**
   * A random id made on this device when the person joined the session, carried in their codes
   * so that a new code replaces their earlier one. It says nothing about who they are.
   */
  participantId: z.string().check(z.regex(/^[A-Za-z0-9_-]{6}$/)),
  /** How many codes the person has made; each new one is numbered higher (0 before the first). */
  revision: z.int().check(z.gte(0), z.lte(MAX_REVISION)),
  /** Optional comments by dimension id, as typed (cleaned when the code is made). */
  comments: z.record(z.string(), z.string().check(z.maxLength(400))),
});

export type Participation = z.infer<typeof participationSchema>;

/** How a participant's workshop answers are stored: the current session's, or null. */
export const participationFormat: FormatSpec<Participation | null> = {
  kind: 'accueil.workshop-participation',
  version: 3,
  schema: z.nullable(participationSchema),
  migrations: {
    // Version 1 had no participant id: one is made now, and the code already shown counts as revision 0.
    1: (old) =>
      old && typeof old === 'object' && !Array.isArray(old)
        ? { ...old, participantId: generateSessionId(), revision: 0 }
        : old,
    // Version 2 had no comments.
    2: (old) => (old && typeof old === 'object' && !Array.isArray(old) ? { comments: {}, ...old } : old),
  },
};

/** Starts a participation for an invitation: no alias, no answers, on the first screen, a new random id. */
export function startParticipation(
  assessmentId: Assessment['id'],
  sessionId: SessionId,
  participantId: SessionId = generateSessionId(),
): Participation {
  return {
    sessionId,
    assessmentId,
    alias: '',
    answers: {},
    step: 0,
    stage: 'intro',
    participantId,
    revision: 0,
    comments: {},
  };
}

/** Moves to the share screen with a new revision, so the code shown now replaces any sent before. */
export function finishParticipation(participation: Participation): Participation {
  return { ...participation, stage: 'share', revision: Math.min(participation.revision + 1, MAX_REVISION) };
}
