// What a participant's phone keeps while scoring a journey: the session it belongs to, a random id
// made once for that session, the revision of the last code made, and the scores so far. Stored in
// a versioned format so a reload (or a dropped connection) loses nothing.
import type { FormatSpec } from '../versioned';
import * as z from '../zod';
import { MAX_ALIAS_BYTES } from '../assessment/alias';
import { LIMITS } from './limits';
import { MAX_PROPOSALS, MAX_REVISION, PROPOSAL_LIMITS } from './score-code';

const sessionIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{6}$/));
const score = (min: number, max: number) => z.union([z.int().check(z.gte(min), z.lte(max)), z.literal('dk'), z.null()]);

export const participationSchema = z.object({
  /** The session from the invitation. */
  sessionId: sessionIdSchema,
  /** The invitation's snapshot check, so the scores stay tied to the moments they score. */
  check: z.int().check(z.gte(0), z.lte(0xffff)),
  /** Random, made once on this device for the session. */
  participantId: sessionIdSchema,
  /** The revision of the last code made; a changed answer makes the next code one higher. */
  revision: z.int().check(z.gte(0), z.lte(MAX_REVISION)),
  /** The last code made, or '' before the first. */
  lastCode: z.string().check(z.maxLength(2000)),
  alias: z.string().check(z.maxLength(MAX_ALIAS_BYTES * 4)),
  scores: z
    .array(z.object({ feeling: score(-3, 3), impact: score(1, 5), frequency: score(1, 5), seen: z.boolean() }))
    .check(z.maxLength(LIMITS.moments)),
  proposals: z
    .array(
      z.object({
        title: z.string().check(z.maxLength(PROPOSAL_LIMITS.title * 4)),
        stage: z.nullable(z.int().check(z.gte(0), z.lt(LIMITS.stages))),
        description: z.string().check(z.maxLength(PROPOSAL_LIMITS.description * 4)),
      }),
    )
    .check(z.maxLength(MAX_PROPOSALS)),
});
/** What a participant's phone keeps. */
export type Participation = z.infer<typeof participationSchema>;

/** The stored format. */
export const participationFormat: FormatSpec<Participation | null> = {
  kind: 'accueil.journey-participation',
  label: 'an Accueil journey scores',
  version: 1,
  schema: z.nullable(participationSchema),
  maxChars: 200_000,
};
