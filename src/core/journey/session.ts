// A journey scoring session on the facilitator's device: which worksheet, the moments as they were
// when the session started (what participants score), the codes received, whether the spread is
// revealed, and what the team decided (agreed scores, proposed moments, pins, owners, review dates).
// Codes are kept as received (canonical); the scores are decoded again from them when needed, so
// the session holds nothing a code did not carry.
import { parseSessionId, type SessionId } from '../assessment/session-id';
import { isoDateSchema } from '../assessment/iso-date';
import { addParticipant, type CodeStatus, type Participant } from '../assessment/team';
import { parseManyCodes } from '../assessment/share-link';
import { decodeVersioned, encodeVersioned, type Decoded, type FormatSpec } from '../versioned';
import * as z from '../zod';
import { LIMITS } from './limits';
import { idSchema, timestampSchema, type Worksheet } from './model';
import { INVITATION_LIMITS, snapshotCheck, snapshotMoments, snapshotWorksheet } from './invitation';
import { decodeScoreCode, type JourneyScores, type ScoreCodeExpectation, type ScoreCodeProblem } from './score-code';
import { MIN_PEOPLE } from './spread';

const sessionIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{6}$/, { error: 'A session id is 6 letters or digits.' }));
const shortText = (max: number) => z.string().check(z.maxLength(max));

const snapshotSchema = z.object({
  name: shortText(INVITATION_LIMITS.name),
  stages: z
    .array(
      z.object({
        id: idSchema,
        name: shortText(INVITATION_LIMITS.stage),
        moments: z
          .array(
            z.object({
              id: idSchema,
              title: shortText(INVITATION_LIMITS.title),
              description: shortText(INVITATION_LIMITS.description),
            }),
          )
          .check(z.minLength(1), z.maxLength(LIMITS.moments)),
      }),
    )
    .check(z.maxLength(LIMITS.stages)),
});

const agreedSchema = z.object({
  feeling: z.int().check(z.gte(-3), z.lte(3)),
  impact: z.int().check(z.gte(1), z.lte(5)),
  frequency: z.int().check(z.gte(1), z.lte(5)),
});

/** One journey scoring session. */
export const journeySessionSchema = z.object({
  /** Carried in the invitation and in every code. */
  id: sessionIdSchema,
  /** The worksheet scored. */
  worksheetId: idSchema,
  /** When the session started. */
  createdAt: timestampSchema,
  /** The stages and moments participants score, as they were when the session started. */
  snapshot: snapshotSchema,
  /** The codes received, canonical, in the order they arrived. */
  codes: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(LIMITS.sessionPeople)),
  /** True once the facilitator has revealed the spread. */
  revealed: z.boolean(),
  /** Scores agreed so far, by moment id. */
  agreed: z.record(idSchema, agreedSchema),
  /** Set once the agreed scores were written to the worksheet. */
  applied: z.boolean(),
  /** What the team did with each proposed moment, by proposal key. */
  proposals: z.record(z.string().check(z.maxLength(20)), z.enum(['accepted', 'dropped'])),
  /** Moments pinned during the session, with the reason, by moment id. */
  pins: z.record(idSchema, shortText(LIMITS.pinReason)),
  /** Owner and review-by date given to shortlisted moments during the session, by moment id. */
  owners: z.record(
    idSchema,
    z.object({ owner: shortText(LIMITS.owner), reviewBy: z.union([isoDateSchema, z.literal('')]) }),
  ),
});
/** One journey scoring session. */
export type JourneySession = z.infer<typeof journeySessionSchema>;

/** Every session on this device and the one open now. */
export const journeySessionsSchema = z.object({
  active: z.nullable(sessionIdSchema),
  sessions: z.array(journeySessionSchema).check(z.maxLength(50)),
});
export type JourneySessions = z.infer<typeof journeySessionsSchema>;

/** The stored format of the sessions. */
export const journeySessionsFormat: FormatSpec<JourneySessions> = {
  kind: 'accueil.journey-sessions',
  label: 'an Accueil journey sessions',
  version: 1,
  schema: journeySessionsSchema,
  maxChars: 5_000_000,
};

export const emptySessions: JourneySessions = { active: null, sessions: [] };

/** Serialises the sessions for storage. */
export function encodeSessions(value: JourneySessions): string {
  return encodeVersioned(journeySessionsFormat, value);
}

/** Reads stored sessions; never throws. */
export function decodeSessions(raw: string | null | undefined): Decoded<JourneySessions> {
  return decodeVersioned(journeySessionsFormat, raw);
}

/** A new session over a worksheet's moments as they are now; null when it has no moments to score. */
export function startJourneySession(sheet: Worksheet, id: SessionId, now: string): JourneySession | null {
  const snapshot = snapshotWorksheet(sheet);
  if (snapshot.stages.length === 0) return null;
  return {
    id,
    worksheetId: sheet.id,
    createdAt: now,
    snapshot,
    codes: [],
    revealed: false,
    agreed: {},
    applied: false,
    proposals: {},
    pins: {},
    owners: {},
  };
}

/** What a code must match to belong to this session. */
export function expectationOf(session: Pick<JourneySession, 'id' | 'snapshot'>): ScoreCodeExpectation {
  const id = parseSessionId(session.id) ?? ('AAAAAA' as SessionId);
  return {
    sessionId: id,
    check: snapshotCheck(id, session.snapshot),
    momentCount: snapshotMoments(session.snapshot).length,
    stageCount: session.snapshot.stages.length,
  };
}

/** The people in the session, decoded from its codes (codes that no longer read are left out). */
export function sessionParticipants(session: JourneySession): Participant<JourneyScores>[] {
  const expected = expectationOf(session);
  return session.codes.flatMap((code) => {
    const decoded = decodeScoreCode(code, expected);
    return decoded.ok ? [{ ...decoded.value, key: decoded.value.code }] : [];
  });
}

/** What happened to one pasted code. */
export interface ScoreCodeOutcome {
  input: string;
  status: CodeStatus;
  problem?: ScoreCodeProblem;
  alias?: string;
  message: string;
}

/** Reads every code or link in pasted text; re-sent codes replace, repeats count once, older ones are ignored. */
export function addScoreCodes(
  session: JourneySession,
  text: string,
): { session: JourneySession; outcomes: ScoreCodeOutcome[] } {
  const expected = expectationOf(session);
  let participants = sessionParticipants(session);
  const outcomes: ScoreCodeOutcome[] = [];
  for (const input of parseManyCodes(text)) {
    const decoded = decodeScoreCode(input, expected);
    if (!decoded.ok) {
      outcomes.push({ input, status: 'rejected', problem: decoded.problem, message: decoded.message });
      continue;
    }
    if (
      participants.length >= LIMITS.sessionPeople &&
      !participants.some((p) => p.participantId === decoded.value.participantId)
    ) {
      outcomes.push({
        input,
        status: 'rejected',
        problem: 'corrupted',
        message: `A session takes at most ${LIMITS.sessionPeople} people, so this code was not added.`,
      });
      continue;
    }
    const added = addParticipant(participants, decoded.value);
    participants = added.participants;
    outcomes.push({ input, status: added.status, alias: decoded.value.alias, message: added.message });
  }
  return { session: { ...session, codes: participants.map((p) => p.key) }, outcomes };
}

/** Removes one person's code. */
export function removeScoreCode(session: JourneySession, code: string): JourneySession {
  return { ...session, codes: session.codes.filter((kept) => kept !== code) };
}

/** Why the spread cannot be revealed yet, or null when it can. */
export function revealBlocked(session: JourneySession): string | null {
  const people = sessionParticipants(session).length;
  return people >= MIN_PEOPLE
    ? null
    : `The spread is shown once at least ${MIN_PEOPLE} people have sent codes, so no one's scores can be picked out; ${people === 0 ? 'none has' : people === 1 ? 'one has' : `${people} have`} so far.`;
}
