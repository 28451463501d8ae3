// The team result as a file: the whole session (its codes, reveal state and record), so that
// importing it on another device rebuilds exactly the same team view.
import type { Assessment } from '../../schemas/assessment';
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from '../versioned';
import { countOf } from './text';
import { readSessionParticipants } from './workshop-participants';
import {
  MAX_SESSION_CODES,
  upgradeSessionV1,
  upgradeSessionV2,
  workshopSessionSchema,
  type WorkshopSession,
} from './workshop-session';

/** One session as an exported team result file. */
export const teamResultFormat: FormatSpec<WorkshopSession> = {
  kind: 'accueil.workshop-team',
  version: 3,
  schema: workshopSessionSchema,
  migrations: { 1: upgradeSessionV1, 2: upgradeSessionV2 },
  maxChars: 1_000_000,
};

/** Outcome of importing a team result; `note` mentions codes that were left out. */
export type ImportedTeamResult =
  { ok: true; session: WorkshopSession; note: string | null } | { ok: false; message: string };

/** Serialises a session as a file that importTeamResult reads back. */
export function exportTeamResult(session: WorkshopSession): string {
  return encodeVersioned(teamResultFormat, session);
}

/** Reads an exported team result and checks its codes against the assessments this page knows; never throws. */
export function importTeamResult(text: string, assessments: readonly Assessment[]): ImportedTeamResult {
  const decoded = decodeVersioned(teamResultFormat, text);
  if (decoded.status === 'empty') {
    return { ok: false, message: 'The file is empty; choose a team result exported from Accueil’s workshop page.' };
  }
  if (decoded.status !== 'ok') {
    return {
      ok: false,
      message: `${describeDecodeFailure(decoded) ?? 'This file could not be read.'} Choose a team result exported from Accueil’s workshop page.`,
    };
  }
  const session = decoded.value;
  const assessment = assessments.find((a) => a.id === session.assessmentId);
  if (!assessment) {
    return {
      ok: false,
      message: `This team result is for the "${session.assessmentId}" assessment, which this page does not offer; reload the page to get the latest version.`,
    };
  }
  const { participants, unreadable } = readSessionParticipants(assessment, session);
  const note =
    unreadable.length > 0
      ? `${countOf(unreadable.length, 'code', 'codes')} in the file could not be used and ${unreadable.length === 1 ? 'was' : 'were'} left out: ${unreadable[0]?.message ?? ''}`
      : null;
  return { ok: true, session: { ...session, codes: participants.map((p) => p.code) }, note };
}

/** Combines an imported session with a saved one that has the same id: codes are joined, nothing is lost. */
export function mergeSessions(saved: WorkshopSession, imported: WorkshopSession): WorkshopSession {
  const codes = [...saved.codes];
  for (const code of imported.codes) if (!codes.includes(code)) codes.push(code);
  return {
    ...saved,
    codes: codes.slice(0, MAX_SESSION_CODES),
    revealed: saved.revealed || imported.revealed,
    shownCodes: saved.revealed ? saved.shownCodes : imported.shownCodes,
    record: saved.record ?? imported.record,
    savedRecord: saved.savedRecord ?? imported.savedRecord,
  };
}
