// Which team each workshop session is for, kept on this device (see core/assessment/workshop-team.ts).
import { noTeams, setSessionTeam, teamOfSession, workshopTeamsFormat } from '../core/assessment/workshop-team';
import { versionedStore } from './versioned-store';

/** Where the teams are kept. */
export const WORKSHOP_TEAMS_KEY = 'accueil.workshop.teams';

/** The team of each session. */
export const $workshopTeams = versionedStore(WORKSHOP_TEAMS_KEY, workshopTeamsFormat, noTeams);

/** Names (or with null clears) the team a session is for. */
export function nameSessionTeam(sessionId: string, team: string | null): void {
  $workshopTeams.set(setSessionTeam($workshopTeams.get(), sessionId, team));
}

/** The team a session is for, or null. */
export function sessionTeam(sessionId: string): string | null {
  return teamOfSession($workshopTeams.get(), sessionId);
}
