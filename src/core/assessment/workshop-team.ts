// Which team each workshop session on this device is for: the facilitator names it when starting the
// session, and the record saved from that session carries it, so the team's workshops form a trend.
import * as z from '../zod';
import type { FormatSpec } from '../versioned';
import { teamNameSchema } from './workshop-record';

/** The team of each session, by session id. */
const workshopTeamsSchema = z.strictObject({
  /** Session id to team name. */
  sessions: z.record(z.string().check(z.regex(/^[A-Za-z0-9_-]{6}$/)), teamNameSchema),
});

export type WorkshopTeams = z.infer<typeof workshopTeamsSchema>;

/** How the teams are kept on this device. */
export const workshopTeamsFormat: FormatSpec<WorkshopTeams> = {
  kind: 'accueil.workshop-teams',
  version: 1,
  schema: workshopTeamsSchema,
};

export const noTeams: WorkshopTeams = { sessions: {} };

/** Most sessions remembered (the facilitator keeps at most 100 sessions). */
const MAX_SESSIONS = 200;

/** Checks a team name typed into a form: empty means no team. */
export function readTeamName(input: string): { ok: true; team: string | null } | { ok: false; message: string } {
  if (input.trim() === '') return { ok: true, team: null };
  const checked = teamNameSchema.safeParse(input);
  return checked.success
    ? { ok: true, team: checked.data }
    : { ok: false, message: checked.error.issues[0]?.message ?? 'Check the team name.' };
}

/** Sets (or with null clears) a session's team. */
export function setSessionTeam(teams: WorkshopTeams, sessionId: string, team: string | null): WorkshopTeams {
  const sessions = Object.fromEntries(Object.entries(teams.sessions).filter(([id]) => id !== sessionId));
  if (team !== null) sessions[sessionId] = team;
  const kept = Object.entries(sessions).slice(-MAX_SESSIONS);
  return { sessions: Object.fromEntries(kept) };
}

/** A session's team, or null. */
export function teamOfSession(teams: WorkshopTeams, sessionId: string): string | null {
  return Object.hasOwn(teams.sessions, sessionId) ? (teams.sessions[sessionId] ?? null) : null;
}
