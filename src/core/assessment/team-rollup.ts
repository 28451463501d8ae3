// A roll-up across teams for a leader. Each team exports a summary of one saved workshop record: per
// dimension the agreed rating and the team's spread, never anyone's answers, scores, notes or
// actions. Several summaries are merged on one device, teams unnamed by default (Team A, B, C), and
// never from fewer than three teams, so no team stands out by elimination.
import * as z from '../zod';
import { assessmentIds } from '../../schemas/assessment-ids';
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from '../versioned';
import { isoDateSchema } from './iso-date';
import { MIN_REVEAL } from './team-summary';
import { teamNameSchema, type WorkshopRecord } from './workshop-record';

/** Fewest teams a roll-up is made from. */
const MIN_ROLLUP_TEAMS = 3;
/** Most teams in one roll-up (26 letters name them). */
const MAX_ROLLUP_TEAMS = 26;
/** Largest summary file accepted, in characters (a real one is a few KB). */
const MAX_SUMMARY_CHARS = 100_000;

const score = z.number().check(z.gte(1), z.lte(5));

/** One dimension in a team summary. */
const summaryDimensionSchema = z.strictObject({
  /** Dimension id. */
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Dimension label at the time. */
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The rating the team agreed, or null. */
  agreed: z.nullable(z.literal([1, 2, 3, 4, 5])),
  /** People who rated it. */
  n: z.int().check(z.gte(0), z.lte(300)),
  /** The team's median, lowest and highest score, and mean distance from the median; null below three raters. */
  median: z.nullable(score),
  min: z.nullable(score),
  max: z.nullable(score),
  disagreement: z.nullable(z.number().check(z.gte(0), z.lte(4))),
});

/** A team's summary of one workshop, as a file. */
export const teamSummaryFileSchema = z.strictObject({
  /** The team's name (shown only when the leader chooses to). */
  team: teamNameSchema,
  /** The assessment used. */
  assessmentId: z.enum(assessmentIds),
  /** Its content version. */
  assessmentVersion: z.int().check(z.gte(1), z.lte(255)),
  /** The workshop day, yyyy-mm-dd. */
  date: isoDateSchema,
  /** People whose answers were merged. */
  participantCount: z.int().check(z.gte(0), z.lte(300)),
  /** Every dimension, in assessment order. */
  dimensions: z.array(summaryDimensionSchema).check(z.minLength(1), z.maxLength(50)),
});

export type TeamSummaryFile = z.infer<typeof teamSummaryFileSchema>;

/** The team summary file format. */
export const teamSummaryFileFormat: FormatSpec<TeamSummaryFile> = {
  kind: 'accueil.team-summary',
  label: 'an Accueil team summary',
  version: 1,
  schema: teamSummaryFileSchema,
  maxChars: MAX_SUMMARY_CHARS,
};

/** The summary of a saved record: agreed ratings and spread only; the session name stands in for a missing team. */
export function summariseRecord(record: WorkshopRecord): TeamSummaryFile {
  return {
    team: (record.team ?? record.sessionName).slice(0, 60),
    assessmentId: record.assessmentId,
    assessmentVersion: record.assessmentVersion,
    date: record.date,
    participantCount: record.participantCount,
    dimensions: record.dimensions.map((d) => {
      const shown = d.team.n >= MIN_REVEAL;
      return {
        id: d.id,
        label: d.label,
        agreed: d.agreed,
        n: d.team.n,
        median: shown ? d.team.median : null,
        min: shown ? d.team.min : null,
        max: shown ? d.team.max : null,
        disagreement: shown ? d.team.disagreement : null,
      };
    }),
  };
}

/** The file a team sends to its leader. */
export function exportTeamSummary(record: WorkshopRecord): string {
  return encodeVersioned(teamSummaryFileFormat, summariseRecord(record));
}

/** Reads one summary file; never throws. Figures from fewer than three raters are dropped, whoever wrote the file. */
export function readTeamSummary(
  text: string,
  fileName: string,
): { ok: true; summary: TeamSummaryFile } | { ok: false; message: string } {
  const decoded = decodeVersioned(teamSummaryFileFormat, text);
  if (decoded.status === 'empty') return { ok: false, message: `“${fileName}” is empty; choose a team summary file.` };
  if (decoded.status !== 'ok') {
    const why = (describeDecodeFailure(decoded) ?? 'It could not be read.').replace(/^This data/, 'It');
    return {
      ok: false,
      message: `“${fileName}” was not added. ${why} Ask the team for the file from “Download the roll-up summary” on the workshop page.`,
    };
  }
  const summary = decoded.value;
  const ids = summary.dimensions.map((d) => d.id);
  if (new Set(ids).size !== ids.length) {
    return {
      ok: false,
      message: `“${fileName}” was not added: it names a dimension twice, so it was not written by Accueil.`,
    };
  }
  return {
    ok: true,
    summary: {
      ...summary,
      dimensions: summary.dimensions.map((d) =>
        d.n >= MIN_REVEAL ? d : { ...d, median: null, min: null, max: null, disagreement: null },
      ),
    },
  };
}

/** One team's figures for one dimension in the roll-up. */
export interface RollupCell {
  /** "Team A" or the team's name. */
  team: string;
  agreed: number | null;
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
  disagreement: number | null;
}

/** One dimension across the teams. */
export interface RollupDimension {
  id: string;
  label: string;
  /** One per team, in the order the teams are listed. */
  teams: RollupCell[];
}

/** A roll-up, or why there is none. */
export type Rollup =
  | {
      ok: true;
      assessmentId: string;
      /** The teams, as shown: letters by default. */
      teams: { label: string; date: string; participantCount: number }[];
      dimensions: RollupDimension[];
      /** Things the leader should know (a team's older file set aside, questions that changed). */
      notes: string[];
    }
  | { ok: false; message: string };

const letter = (index: number): string => `Team ${String.fromCharCode(65 + index)}`;

/**
 * Merges team summaries into a roll-up. A team with several files counts once, with its latest
 * workshop. Teams are listed in the order their files were added, named Team A, B, C unless
 * `showNames` is set. Refused below three teams, across assessments, or above 26 teams.
 */
export function buildRollup(summaries: readonly TeamSummaryFile[], options: { showNames: boolean }): Rollup {
  const notes: string[] = [];
  const byTeam = new Map<string, TeamSummaryFile>();
  for (const summary of summaries) {
    const key = summary.team.trim().toLocaleLowerCase();
    const kept = byTeam.get(key);
    if (kept === undefined) {
      byTeam.set(key, summary);
      continue;
    }
    const later = summary.date >= kept.date ? summary : kept;
    byTeam.set(key, later);
    notes.push(
      options.showNames
        ? `Two files are from ${summary.team}; its workshop of ${later.date} is used.`
        : 'Two files are from the same team; its later workshop is used.',
    );
  }
  const teams = [...byTeam.values()];
  const assessments = [...new Set(teams.map((t) => t.assessmentId))];
  if (assessments.length > 1) {
    return {
      ok: false,
      message: `These files are from different assessments (${assessments.join(', ')}). A roll-up compares teams on one assessment: remove the files from the others.`,
    };
  }
  if (teams.length < MIN_ROLLUP_TEAMS) {
    return {
      ok: false,
      message: `A roll-up needs files from at least ${String(MIN_ROLLUP_TEAMS)} teams, so that no team can be picked out; ${teams.length === 0 ? 'none has been added yet' : `${teams.length === 1 ? 'only 1 team has' : `only ${String(teams.length)} teams have`} been added`}. Add another team’s summary file.`,
    };
  }
  if (teams.length > MAX_ROLLUP_TEAMS) {
    return {
      ok: false,
      message: `A roll-up shows at most ${String(MAX_ROLLUP_TEAMS)} teams; remove ${String(teams.length - MAX_ROLLUP_TEAMS)} of the files.`,
    };
  }
  if (new Set(teams.map((t) => t.assessmentVersion)).size > 1) {
    notes.push(
      'Some teams answered an older wording of the questions, so part of a difference may come from the wording.',
    );
  }
  const labels = teams.map((t, index) => (options.showNames ? t.team : letter(index)));
  const ids: { id: string; label: string }[] = [];
  for (const team of teams) {
    for (const d of team.dimensions) if (!ids.some((kept) => kept.id === d.id)) ids.push({ id: d.id, label: d.label });
  }
  return {
    ok: true,
    assessmentId: assessments[0] ?? '',
    teams: teams.map((t, index) => ({
      label: labels[index] ?? letter(index),
      date: t.date,
      participantCount: t.participantCount,
    })),
    dimensions: ids.map(({ id, label }) => ({
      id,
      label,
      teams: teams.map((t, index): RollupCell => {
        const d = t.dimensions.find((kept) => kept.id === id);
        return {
          team: labels[index] ?? letter(index),
          agreed: d?.agreed ?? null,
          n: d?.n ?? 0,
          median: d?.median ?? null,
          min: d?.min ?? null,
          max: d?.max ?? null,
          disagreement: d?.disagreement ?? null,
        };
      }),
    })),
    notes,
  };
}
