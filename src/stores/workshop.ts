// The facilitator's sessions on this device: the list, which one is open, starting, opening and
// deleting one. What happens inside a session (codes, the reveal, settings, the record) is in
// workshop-codes.ts, which loads with the session's view: listing sessions never decodes a code.
// A participant's answers live in workshop-participant.ts, the records in workshop-records.ts.
import { toIsoDate } from '../core/assessment/iso-date';
import { generateSessionId, type SessionId } from '../core/assessment/session-id';
import {
  createWorkshopSession,
  workshopSessionsFormat,
  type WorkshopSession,
} from '../core/assessment/workshop-session';
import type { Assessment } from '../schemas/assessment';
import { versionedStore } from './versioned-store';
import { WORKSHOP_RECORDS_KEY } from './workshop-records';

/** The storage keys the facilitator's side of workshop mode owns. */
export const WORKSHOP_KEYS = {
  sessions: 'accueil.workshop.sessions',
  records: WORKSHOP_RECORDS_KEY,
} as const;

/** The facilitator's sessions and which one is open. */
export const $workshopSessions = versionedStore(WORKSHOP_KEYS.sessions, workshopSessionsFormat, {
  active: null,
  sessions: [],
});

const today = (): string => toIsoDate(new Date());

/** The open session, or null. */
export function activeSession(): WorkshopSession | null {
  const { active, sessions } = $workshopSessions.get();
  return sessions.find((s) => s.id === active) ?? null;
}

/** Changes one saved session (nothing happens when there is none with that id). */
export function updateSession(id: string, change: (session: WorkshopSession) => WorkshopSession): void {
  const state = $workshopSessions.get();
  $workshopSessions.set({ ...state, sessions: state.sessions.map((s) => (s.id === id ? change(s) : s)) });
}

/** Starts a session on an assessment, opens it and returns it. */
export function startSession(assessment: Assessment, name: string): WorkshopSession {
  const state = $workshopSessions.get();
  let id: SessionId = generateSessionId();
  while (state.sessions.some((s) => s.id === id)) id = generateSessionId();
  const session = createWorkshopSession({ assessment, name, id, date: today() });
  $workshopSessions.set({ active: session.id, sessions: [...state.sessions, session] });
  return session;
}

/** Opens a saved session (or closes the open one with null). */
export function openSession(id: string | null): void {
  $workshopSessions.set({ ...$workshopSessions.get(), active: id });
}

/** Deletes a session; returns what Undo needs to put it back. */
export function deleteSession(id: string): { session: WorkshopSession; index: number; wasActive: boolean } | null {
  const state = $workshopSessions.get();
  const index = state.sessions.findIndex((s) => s.id === id);
  const session = state.sessions[index];
  if (!session) return null;
  const wasActive = state.active === id;
  $workshopSessions.set({
    active: wasActive ? null : state.active,
    sessions: state.sessions.filter((s) => s.id !== id),
  });
  return { session, index, wasActive };
}

/** Puts a deleted session back where it was. */
export function restoreSession(deleted: { session: WorkshopSession; index: number; wasActive: boolean }): void {
  const state = $workshopSessions.get();
  if (state.sessions.some((s) => s.id === deleted.session.id)) return;
  const sessions = [...state.sessions];
  sessions.splice(Math.min(deleted.index, sessions.length), 0, deleted.session);
  $workshopSessions.set({ active: deleted.wasActive ? deleted.session.id : state.active, sessions });
}
