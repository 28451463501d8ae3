// Journey scoring sessions on the facilitator's device, a versioned store: stored text is decoded through core's schemas before it is
// trusted, and an unreadable copy is kept for download rather than blanking the tool. Loaded only
// with the session panel, never with the worksheets list.
import { generateSessionId } from '../core/assessment/session-id';
import { acceptProposedMoment, applyAgreedScores, type AgreedMoments, type AgreedScores } from '../core/journey/curate';
import type { Worksheet } from '../core/journey/model';
import {
  addScoreCodes,
  emptySessions,
  journeySessionsFormat,
  removeScoreCode,
  revealBlocked,
  sessionParticipants,
  startJourneySession,
  type JourneySession,
  type ScoreCodeOutcome,
} from '../core/journey/session';
import { teamSpread, type ProposalEntry } from '../core/journey/spread';
import { changeWorksheet, type ActionResult } from './journeys';
import { versionedStore } from './versioned-store';

/** Where the sessions are kept. */
const JOURNEY_SESSIONS_KEY = 'accueil.journey-sessions';

/** Every session on this device and the one open now. */
export const $journeySessions = versionedStore(JOURNEY_SESSIONS_KEY, journeySessionsFormat, emptySessions);

/** The open session for a worksheet, if there is one. */
export function activeSessionFor(worksheetId: string): JourneySession | undefined {
  const { active, sessions } = $journeySessions.get();
  return sessions.find((session) => session.id === active && session.worksheetId === worksheetId);
}

/** The stored copy of a session, so an action never writes over a change made since the last render. */
function latest(session: JourneySession): JourneySession {
  return $journeySessions.get().sessions.find((s) => s.id === session.id) ?? session;
}

function replace(next: JourneySession): void {
  const state = $journeySessions.get();
  $journeySessions.set({ ...state, sessions: state.sessions.map((s) => (s.id === next.id ? next : s)) });
}

/** Starts a session over the worksheet's moments as they are now. */
export function startSession(sheet: Worksheet): ActionResult {
  const session = startJourneySession(sheet, generateSessionId(), new Date().toISOString());
  if (!session) return { ok: false, message: 'Add at least one moment to the worksheet before the team scores it.' };
  const state = $journeySessions.get();
  // The oldest sessions go first once fifty are kept.
  const sessions = [
    ...state.sessions.filter((s) => s.worksheetId !== sheet.id || s.id !== state.active),
    session,
  ].slice(-50);
  $journeySessions.set({ active: session.id, sessions });
  return { ok: true, id: session.id };
}

/** Closes the open session (it stays stored). */
export function endSession(): void {
  $journeySessions.set({ ...$journeySessions.get(), active: null });
}

/** Adds every code in pasted text to the session and says what happened to each. */
export function pasteCodes(session: JourneySession, text: string): ScoreCodeOutcome[] {
  session = latest(session);
  const { session: next, outcomes } = addScoreCodes(session, text);
  replace(next);
  return outcomes;
}

/**
 * A participant's reply link opened on this device: its code goes to the session the link names
 * and that session opens, or the reader learns the session is not here. Returns what to say.
 */
export function addReplyLink(sessionId: string, link: string): { ok: boolean; message: string; worksheetId?: string } {
  const session = $journeySessions.get().sessions.find((s) => s.id === sessionId);
  if (!session) {
    return {
      ok: false,
      message:
        'This reply link is for a journey scoring session that is not on this device. Open it on the device where the session was started, or paste the code there.',
    };
  }
  $journeySessions.set({ ...$journeySessions.get(), active: session.id });
  const [outcome] = pasteCodes(session, link);
  return {
    ok: outcome !== undefined && outcome.status !== 'rejected',
    message: outcome?.message ?? 'The reply link holds no code.',
    worksheetId: session.worksheetId,
  };
}

/** Removes a person's code. */
export function dropCode(session: JourneySession, code: string): void {
  session = latest(session);
  replace(removeScoreCode(session, code));
}

/** Shows the spread, once at least three people have sent codes. */
export function reveal(session: JourneySession): ActionResult {
  session = latest(session);
  const blocked = revealBlocked(session);
  if (blocked !== null) return { ok: false, message: blocked };
  replace({ ...session, revealed: true });
  return { ok: true };
}

/** Records the scores the team agreed for one moment. */
export function agreeScores(session: JourneySession, momentId: string, scores: AgreedScores): void {
  session = latest(session);
  replace({ ...session, agreed: { ...session.agreed, [momentId]: scores } });
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Writes the agreed scores into the worksheet, each with the spread of private scores beside it.
 * Moments the team did not change keep `suggested` (the rounded median).
 */
export function writeAgreedScores(
  session: JourneySession,
  suggested: Readonly<Record<string, AgreedScores>>,
): ActionResult {
  session = latest(session);
  const spread = teamSpread(session.snapshot, sessionParticipants(session), session.revealed);
  if (spread.status !== 'shown') return { ok: false, message: 'Reveal the spread before agreeing scores.' };
  const agreed: Record<string, AgreedMoments[string]> = {};
  for (const moment of spread.moments) {
    const id = moment.momentId;
    const scores = Object.hasOwn(session.agreed, id)
      ? session.agreed[id]
      : Object.hasOwn(suggested, id)
        ? suggested[id]
        : undefined;
    if (!scores) continue;
    agreed[id] = {
      agreed: scores,
      spread: {
        people: spread.people,
        feeling: moment.feeling.values,
        impact: moment.impact.values,
        frequency: moment.frequency.values,
        seen: moment.seen,
        agreedOn: today(),
      },
    };
  }
  if (Object.keys(agreed).length === 0) return { ok: false, message: 'Agree the scores of at least one moment first.' };
  const result = changeWorksheet(session.worksheetId, (sheet, ctx) => applyAgreedScores(sheet, agreed, ctx));
  if (result.ok) replace({ ...session, applied: true });
  return result;
}

/** Records a pin or an unpin made during the session (the worksheet holds the pin itself). */
export function notePin(session: JourneySession, momentId: string, reason: string | null): void {
  session = latest(session);
  const { [momentId]: _old, ...pins } = session.pins;
  replace({ ...session, pins: reason === null ? pins : { ...pins, [momentId]: reason } });
}

/** Records an owner and review-by date given during the session (the worksheet holds them itself). */
export function noteOwner(session: JourneySession, momentId: string, owner: string, reviewBy: string): void {
  session = latest(session);
  replace({ ...session, owners: { ...session.owners, [momentId]: { owner, reviewBy } } });
}

/** Adds a proposed moment to the worksheet, or drops it; either way the session remembers. */
export function decideProposal(
  session: JourneySession,
  proposal: ProposalEntry,
  decision: 'accepted' | 'dropped',
): ActionResult {
  session = latest(session);
  if (decision === 'accepted') {
    const stageId = proposal.stage === null ? null : (session.snapshot.stages[proposal.stage]?.id ?? null);
    const result = changeWorksheet(session.worksheetId, (sheet, ctx) =>
      acceptProposedMoment(sheet, { title: proposal.title, description: proposal.description, stageId }, ctx),
    );
    if (!result.ok) return result;
  }
  replace({ ...session, proposals: { ...session.proposals, [proposal.key]: decision } });
  return { ok: true };
}
