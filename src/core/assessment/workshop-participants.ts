// A session's participants, read from its share codes: who is in, who the reveal shows, and codes
// added by paste, scan or reply link. Decoding codes is needed only once a session is open, so
// this lives apart from the session's stored format (workshop-session.ts).
import type { Assessment } from '../../schemas/assessment';
import { addCodes, participantIdentity, type CodeOutcome, type Participant } from './team';
import { MAX_SESSION_CODES, type WorkshopSession } from './workshop-session';

/** The most text one paste may hold: room for a session's worth of links with chat text around them. */
export const MAX_PASTE_CHARS = 200_000;

/** The session's participants, decoded from its codes; codes that no longer decode are reported. */
export function readSessionParticipants(
  assessment: Assessment,
  session: Pick<WorkshopSession, 'codes' | 'id'>,
): { participants: Participant[]; unreadable: CodeOutcome[] } {
  const { participants, outcomes } = addCodes([], session.codes.join('\n'), {
    assessment,
    sessionId: session.id,
  });
  return { participants, unreadable: outcomes.filter((outcome) => outcome.status === 'rejected') };
}

/** Who is on screen after a reveal, and which answers wait for the facilitator. */
export interface SessionView {
  /** Everyone whose code is in the session now. */
  participants: Participant[];
  /** Stored codes that can no longer be read. */
  unreadable: CodeOutcome[];
  /**
   * The people shown in the team view: those in at the last reveal, with the answers they had then.
   * Someone removed since is left out. Empty while the results are hidden.
   */
  shown: Participant[];
  /** Codes added since the last reveal: new people and new codes from people already shown. */
  waiting: { added: number; updated: number };
}

/** Reads a session as the facilitator's screen shows it: everyone in, who is shown, what waits. */
export function readSessionView(assessment: Assessment, session: WorkshopSession): SessionView {
  const { participants, unreadable } = readSessionParticipants(assessment, session);
  if (!session.revealed) return { participants, unreadable, shown: [], waiting: { added: 0, updated: 0 } };
  const snapshot = readSessionParticipants(assessment, { id: session.id, codes: session.shownCodes }).participants;
  const byIdentity = new Map(snapshot.map((p) => [participantIdentity(p), p]));
  const shown: Participant[] = [];
  const waiting = { added: 0, updated: 0 };
  for (const participant of participants) {
    const then = byIdentity.get(participantIdentity(participant));
    if (then) shown.push(then);
    if (!then) waiting.added += 1;
    else if (then.key !== participant.key) waiting.updated += 1;
  }
  return { participants, unreadable, shown, waiting };
}

/** Adds every code or link in pasted text to the session, reporting on each one. */
export function addCodesToSession(
  assessment: Assessment,
  session: WorkshopSession,
  text: string,
): { session: WorkshopSession; outcomes: CodeOutcome[] } {
  if (text.length > MAX_PASTE_CHARS) {
    const message = `That paste is ${Math.ceil(text.length / 1000)} KB, more than ${MAX_SESSION_CODES} codes could fill (the limit is ${MAX_PASTE_CHARS / 1000} KB). Paste the codes in smaller batches.`;
    return { session, outcomes: [{ input: `${text.slice(0, 40)}…`, status: 'rejected', message }] };
  }
  const before = readSessionParticipants(assessment, session).participants;
  const { participants, outcomes } = addCodes(before, text, { assessment, sessionId: session.id });
  // A newer code replaces its person's earlier one in place; new people are appended.
  const replaced = new Map<string, string>();
  before.forEach((participant, index) => {
    const now = participants[index];
    if (now && now.key !== participant.key) replaced.set(participant.key, now.key);
  });
  const codes = session.codes.map((code) => replaced.get(code) ?? code);
  const added = participants.slice(before.length).map((participant) => participant.code);
  const room = Math.max(MAX_SESSION_CODES - codes.length, 0);
  if (added.length <= room) return { session: { ...session, codes: [...codes, ...added] }, outcomes };
  // Outcomes marked "added" are in the same order as the new participants, so the first `room` stay.
  const full = `This session already holds ${MAX_SESSION_CODES} codes, the most it can keep; start another session for more people.`;
  let seen = 0;
  const marked = outcomes.map((outcome): CodeOutcome => {
    if (outcome.status !== 'added') return outcome;
    seen += 1;
    return seen > room ? { ...outcome, status: 'rejected', message: full } : outcome;
  });
  return { session: { ...session, codes: [...codes, ...added.slice(0, room)] }, outcomes: marked };
}
