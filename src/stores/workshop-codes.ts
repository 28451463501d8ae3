// A session's codes and all that follows from them, for the session's view (it loads with it): codes
// arriving (pasted, scanned, a participant's reply link, a team result file), who is in and who the
// reveal shows, settings that may reveal by themselves, and the record summarised from the people
// shown. Every action decodes the session's codes, so none of this loads to list or start sessions.
import { toIsoDate } from '../core/assessment/iso-date';
import { parseShareInput } from '../core/assessment/share-link';
import type { CodeOutcome } from '../core/assessment/team';
import { summariseTeam } from '../core/assessment/team-summary';
import { importTeamResult, mergeSessions } from '../core/assessment/workshop-file';
import { saveRecordToHistory } from '../core/assessment/workshop-history';
import { addCodesToSession, readSessionView } from '../core/assessment/workshop-participants';
import type { WorkshopRecord } from '../core/assessment/workshop-record';
import {
  hideSession,
  refreshWorkshopRecord,
  revealSession,
  removeCodeFromSession,
  sessionRules,
  setAutoReveal,
  setDotPlotMin,
  setExpected,
  shouldAutoReveal,
  type WorkshopSession,
} from '../core/assessment/workshop-session';
import type { Assessment } from '../schemas/assessment';
import { $workshopSessions, openSession, updateSession } from './workshop';
import { $workshopRecords } from './workshop-records';
import { sessionTeam } from './workshop-teams';

const today = (): string => toIsoDate(new Date());

// The team as the results show it: the people in at the last reveal.
const shownTeam = (assessment: Assessment, session: WorkshopSession) =>
  summariseTeam(assessment, readSessionView(assessment, session).shown, sessionRules(session));

// Keeps the team snapshot in the record in step with the people shown once agreeing has started.
function withFreshRecord(assessment: Assessment, session: WorkshopSession): WorkshopSession {
  if (session.record === null) return session;
  const summary = shownTeam(assessment, session);
  return { ...session, record: refreshWorkshopRecord({ assessment, session, summary, date: today() }) };
}

// Reveals the session by itself when auto-reveal is on and everyone expected has answered.
function withAutoReveal(assessment: Assessment, session: WorkshopSession): WorkshopSession {
  const answered = readSessionView(assessment, session).participants.length;
  return shouldAutoReveal(session, answered) ? revealSession(session) : session;
}

/** Adds every code or link in pasted text to a session and reports on each one. */
export function addSessionCodes(assessment: Assessment, id: string, text: string): CodeOutcome[] {
  let outcomes: CodeOutcome[] = [];
  updateSession(id, (session) => {
    const added = addCodesToSession(assessment, session, text);
    outcomes = added.outcomes;
    return withFreshRecord(assessment, withAutoReveal(assessment, added.session));
  });
  return outcomes;
}

/** What the facilitator may set for a session: who is expected, auto-reveal, the dot-plot minimum. */
export interface SessionSettings {
  expected?: number | null;
  autoReveal?: boolean;
  dotPlotMin?: number;
}

/** Changes a session's settings (each checked by the core); may reveal at once if everyone is in. */
export function updateSessionSettings(assessment: Assessment, id: string, settings: SessionSettings): void {
  updateSession(id, (session) => {
    let next = session;
    if (settings.expected !== undefined) next = setExpected(next, settings.expected);
    if (settings.autoReveal !== undefined) next = setAutoReveal(next, settings.autoReveal);
    if (settings.dotPlotMin !== undefined) next = setDotPlotMin(next, settings.dotPlotMin);
    return withFreshRecord(assessment, withAutoReveal(assessment, next));
  });
}

/** Removes a participant; returns the position Undo puts the code back at. */
export function removeSessionParticipant(assessment: Assessment, id: string, key: string): number {
  let index = -1;
  updateSession(id, (session) => {
    index = session.codes.indexOf(key);
    return withFreshRecord(assessment, removeCodeFromSession(session, key));
  });
  return index;
}

/** Puts a removed participant's code back at its old position. */
export function restoreSessionParticipant(assessment: Assessment, id: string, key: string, index: number): void {
  updateSession(id, (session) => {
    if (session.codes.includes(key)) return session;
    const codes = [...session.codes];
    codes.splice(Math.max(0, Math.min(index, codes.length)), 0, key);
    return withFreshRecord(assessment, { ...session, codes });
  });
}

/**
 * Shows the results as they stand (everyone in now), or hides them. Revealing again while shown
 * brings in the answers that arrived since ("show them").
 */
export function setRevealed(assessment: Assessment, id: string, revealed: boolean): void {
  updateSession(id, (session) => withFreshRecord(assessment, revealed ? revealSession(session) : hideSession(session)));
}

/** Changes the session's workshop record, starting it from the team summary when there is none. */
export function updateRecord(
  assessment: Assessment,
  id: string,
  change: (record: WorkshopRecord) => WorkshopRecord,
): void {
  updateSession(id, (session) => {
    const summary = shownTeam(assessment, session);
    const record = session.record ?? refreshWorkshopRecord({ assessment, session, summary, date: today() });
    return { ...session, record: change(record) };
  });
}

/** Saves the session's record to the history (replacing its earlier save); false when there is none. */
export function saveSessionRecord(id: string): boolean {
  const session = $workshopSessions.get().sessions.find((s) => s.id === id);
  if (!session?.record) return false;
  const record = { ...session.record, sessionName: session.name, team: sessionTeam(id) };
  $workshopRecords.set(saveRecordToHistory($workshopRecords.get(), record, session.savedRecord));
  updateSession(id, (s) => ({ ...s, record, savedRecord: record }));
  return true;
}

/** Imports a team result file as a session (merged into a saved one with the same id); returns a sentence. */
export function importSession(text: string, assessments: readonly Assessment[]): { ok: boolean; message: string } {
  const imported = importTeamResult(text, assessments);
  if (!imported.ok) return { ok: false, message: imported.message };
  const state = $workshopSessions.get();
  const saved = state.sessions.find((s) => s.id === imported.session.id);
  const sessions = saved
    ? state.sessions.map((s) => (s === saved ? mergeSessions(saved, imported.session) : s))
    : [...state.sessions, imported.session];
  $workshopSessions.set({ active: imported.session.id, sessions });
  const done = saved
    ? `Merged the file into your saved session “${saved.name}”.`
    : `Imported the session “${imported.session.name}”.`;
  return { ok: true, message: imported.note ? `${done} ${imported.note}` : done };
}

/** Adds the code in a participant's reply link to the saved session it names, and opens that session. */
export function addReplyLink(assessments: readonly Assessment[], link: string): { ok: boolean; message: string } {
  const { sessionId } = parseShareInput(link);
  const session = $workshopSessions.get().sessions.find((s) => s.id === sessionId);
  const assessment = assessments.find((a) => a.id === session?.assessmentId);
  if (!session || !assessment) {
    return {
      ok: false,
      message: `This is a participant’s reply link for workshop session ${sessionId ?? '(unreadable)'}, but no session saved on this device has that id, so nothing was added. Open the link on the device where the session was started. If you took part, send this link to your facilitator.`,
    };
  }
  const outcome = addSessionCodes(assessment, session.id, link)[0];
  openSession(session.id);
  return {
    ok: outcome?.status === 'added',
    message: `From the reply link, for session “${session.name}”: ${outcome?.message ?? 'no code was found in it.'}`,
  };
}
