// A facilitator's workshop session as kept on their device: which assessment, the share codes
// collected so far, whether the results are revealed, and the record being agreed. Participants
// are stored as their share codes and decoded again when the session is opened
// (workshop-participants.ts), so a stored session can never hold answers that a code would not.
import * as z from '../zod';
import type { Assessment } from '../../schemas/assessment';
import { assessmentIds } from '../../schemas/assessment-ids';
import type { FormatSpec } from '../versioned';
import { MAX_DOT_PLOT, MIN_DOT_PLOT, canShowTeam, safeDotPlotMin, type AnonymityRules } from './anonymity';
import { isoDateSchema } from './iso-date';
import type { SessionId } from './session-id';
import type { TeamSummary } from './team-summary';
import { countOf } from './text';
import { startWorkshopRecord, workshopRecordSchema, type WorkshopRecord } from './workshop-record';

/** Most share codes one session keeps (far more people than one room holds). */
export const MAX_SESSION_CODES = 300;

/** One workshop session. */
export const workshopSessionSchema = z.strictObject({
  /** The session id carried in the join link and in every share code. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{6}$/)),
  /** The name the facilitator gave it. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** The assessment the team answers. */
  assessmentId: z.enum(assessmentIds),
  /** When it was started, yyyy-mm-dd. */
  created: isoDateSchema,
  /** Share codes added so far, canonical, in the order they were added. */
  codes: z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/))).check(z.maxLength(MAX_SESSION_CODES)),
  /** True once the facilitator has revealed the results. */
  revealed: z.boolean(),
  /**
   * The codes on screen since the last reveal (or "show them"): a reveal shows who was in at that
   * moment, and codes added later wait until the facilitator shows them. Empty while hidden.
   */
  shownCodes: z.array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/))).check(z.maxLength(MAX_SESSION_CODES)),
  /** The agreed ratings, notes and actions, once the team has started agreeing. */
  record: z.nullable(workshopRecordSchema),
  /** The record as it was last saved to the history, so saving again replaces it. */
  savedRecord: z.nullable(workshopRecordSchema),
  /** Fewest raters of a dimension before its dot plot (each person's rating) is shown: 3 to 50. */
  dotPlotMin: z.int().check(z.gte(MIN_DOT_PLOT), z.lte(MAX_DOT_PLOT)),
  /** How many people the facilitator expects, or null when not said. */
  expected: z.nullable(z.int().check(z.gte(1), z.lte(MAX_SESSION_CODES))),
  /** Reveal by itself once the expected number of people have answered (off unless chosen). */
  autoReveal: z.boolean(),
});

export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/** The sessions on this device and the one that is open. */
export const workshopSessionsSchema = z.strictObject({
  /** Id of the open session, or null. */
  active: z.nullable(z.string()),
  /** Every saved session, oldest first. */
  sessions: z.array(workshopSessionSchema).check(z.maxLength(100)),
});

export type WorkshopSessions = z.infer<typeof workshopSessionsSchema>;

/**
 * Version 1 had no shownCodes: a revealed session showed every code, so it upgrades to showing
 * every code it held; anything else is left for the check to judge.
 */
export function upgradeSessionV1(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const session = old as { revealed?: unknown; codes?: unknown };
  return { ...session, shownCodes: session.revealed === true && Array.isArray(session.codes) ? session.codes : [] };
}

/**
 * Version 2 had no anonymity or headcount settings: it upgrades to the defaults (dot plots from 3
 * people, no expected headcount, no auto-reveal), which is how it behaved.
 */
export function upgradeSessionV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  return { dotPlotMin: MIN_DOT_PLOT, expected: null, autoReveal: false, ...old };
}

const eachSession =
  (upgrade: (old: unknown) => unknown) =>
  (old: unknown): unknown => {
    if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
    const state = old as { sessions?: unknown };
    return Array.isArray(state.sessions) ? { ...state, sessions: state.sessions.map(upgrade) } : old;
  };

/** How the facilitator's sessions are stored. */
export const workshopSessionsFormat: FormatSpec<WorkshopSessions> = {
  kind: 'accueil.workshop-sessions',
  version: 3,
  schema: workshopSessionsSchema,
  migrations: { 1: eachSession(upgradeSessionV1), 2: eachSession(upgradeSessionV2) },
};

/** The session's anonymity rules. */
export function sessionRules(session: Pick<WorkshopSession, 'dotPlotMin'>): AnonymityRules {
  return { dotPlotMin: session.dotPlotMin };
}

/** Sets the dot-plot minimum (kept from 3 to 50). */
export function setDotPlotMin(session: WorkshopSession, dotPlotMin: number): WorkshopSession {
  return { ...session, dotPlotMin: safeDotPlotMin(dotPlotMin) };
}

/** Sets the expected headcount (null for none); auto-reveal is turned off without one. */
export function setExpected(session: WorkshopSession, expected: number | null): WorkshopSession {
  const valid = expected !== null && Number.isInteger(expected) && expected >= 1 && expected <= MAX_SESSION_CODES;
  return valid ? { ...session, expected } : { ...session, expected: null, autoReveal: false };
}

/** Turns auto-reveal on or off (it needs an expected headcount). */
export function setAutoReveal(session: WorkshopSession, autoReveal: boolean): WorkshopSession {
  return { ...session, autoReveal: autoReveal && session.expected !== null };
}

/**
 * Whether the session should reveal by itself now: auto-reveal is on, the results are hidden, and
 * at least the expected number of people have answered (and enough for the team view to open).
 */
export function shouldAutoReveal(session: WorkshopSession, answered: number): boolean {
  return (
    session.autoReveal &&
    !session.revealed &&
    session.expected !== null &&
    answered >= session.expected &&
    canShowTeam(answered).allowed
  );
}

/** "7 answers", or "7 of 9 answered" when a headcount is expected. */
export function describeAnswered(session: Pick<WorkshopSession, 'expected'>, answered: number): string {
  if (session.expected === null) return countOf(answered, 'answer', 'answers');
  return `${answered} of ${session.expected} answered`;
}

/** Starts an empty session. */
export function createWorkshopSession(options: {
  assessment: Assessment;
  name: string;
  id: SessionId;
  date: string;
  /** Dot-plot minimum; 3 when left out. */
  dotPlotMin?: number;
  /** Expected headcount, or null. */
  expected?: number | null;
}): WorkshopSession {
  const base: WorkshopSession = {
    id: options.id,
    name: options.name.trim().slice(0, 80) || 'Workshop',
    assessmentId: options.assessment.id,
    created: options.date,
    codes: [],
    revealed: false,
    shownCodes: [],
    record: null,
    savedRecord: null,
    dotPlotMin: MIN_DOT_PLOT,
    expected: null,
    autoReveal: false,
  };
  const withMin = options.dotPlotMin === undefined ? base : setDotPlotMin(base, options.dotPlotMin);
  return options.expected === undefined ? withMin : setExpected(withMin, options.expected);
}

/** Reveals the results as they stand: the people in now are shown, later codes wait. */
export function revealSession(session: WorkshopSession): WorkshopSession {
  return { ...session, revealed: true, shownCodes: [...session.codes] };
}

/** Hides the results again; the next reveal shows whoever is in then. */
export function hideSession(session: WorkshopSession): WorkshopSession {
  return { ...session, revealed: false, shownCodes: [] };
}

/** Removes one participant from the session by key (a participant's key is its canonical code). */
export function removeCodeFromSession(session: WorkshopSession, key: string): WorkshopSession {
  return { ...session, codes: session.codes.filter((code) => code !== key) };
}

/**
 * Brings a record's team snapshot up to date with the current participants, keeping what the team
 * agreed, wrote and committed to. Starts a record when there is none.
 */
export function refreshWorkshopRecord(options: {
  assessment: Assessment;
  session: WorkshopSession;
  summary: TeamSummary;
  date: string;
}): WorkshopRecord {
  const { assessment, session, summary } = options;
  const previous = session.record;
  const fresh = startWorkshopRecord({
    assessment,
    sessionName: session.name,
    date: previous?.date ?? options.date,
    summary,
    team: previous?.team ?? null,
  });
  if (previous === null) return fresh;
  return {
    ...fresh,
    dimensions: fresh.dimensions.map((dimension) => {
      const kept = previous.dimensions.find((d) => d.id === dimension.id);
      return kept ? { ...dimension, agreed: kept.agreed, notes: kept.notes } : dimension;
    }),
    actions: previous.actions,
  };
}
