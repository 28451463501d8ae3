// What a team agreed in a workshop: a rating and notes per dimension, actions with owners, and a
// snapshot of the team chart, so the next workshop can show what moved.
import * as z from '../zod';
import type { Assessment } from '../../schemas/assessment';
import { assessmentIds } from '../../schemas/assessment-ids';
import type { FormatSpec } from '../versioned';
import type { Rating } from './answers';
import { isoDateSchema } from './iso-date';
import type { TeamSummary } from './team-summary';
import { roundTo2 } from './text';

const score = z.number().check(z.gte(1), z.lte(5));

/** The team chart for one dimension, as it stood on the day. */
const teamSnapshotSchema = z.strictObject({
  /** People with a score. */
  n: z.int().check(z.gte(0)),
  /** Individual scores, ascending; empty when fewer than three people rated, to keep them anonymous. */
  scores: z.array(score),
  /** Middle score, rounded to two decimals. */
  median: z.nullable(score),
  /** Lowest score. */
  min: z.nullable(score),
  /** Highest score. */
  max: z.nullable(score),
  /** People who scored 2 or lower. */
  lowCount: z.int().check(z.gte(0)),
  /** Mean distance from the median (see DimensionStats.disagreement). */
  disagreement: z.nullable(z.number().check(z.gte(0), z.lte(4))),
});

/** One dimension in a workshop record. */
const recordDimensionSchema = z.strictObject({
  /** Dimension id. */
  id: z.string().check(z.minLength(1)),
  /** Dimension label at the time, so old records read well after a rename. */
  label: z.string().check(z.minLength(1)),
  /** The rating the team agreed on, or null when it did not agree one. */
  agreed: z.nullable(z.literal([1, 2, 3, 4, 5])),
  /** What the team said about it. */
  notes: z.string().check(z.maxLength(4000)),
  /** The team chart on the day. */
  team: teamSnapshotSchema,
});

/** An action the team committed to; its sentences are worded for the form that adds one. */
const workshopActionSchema = z.strictObject({
  /** What will be done. */
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, 'Describe the action in a few words.'),
      z.maxLength(300, 'Shorten the action to 300 characters or fewer.'),
    ),
  /** Who does it ('' when nobody was named). */
  owner: z.string().check(z.trim(), z.maxLength(80, 'Shorten the owner to 80 characters or fewer.')),
  /** Due date as yyyy-mm-dd, or null for none. */
  due: z.nullable(
    z.iso.date('Write the due date as a real date in the form yyyy-mm-dd, for example 2025-03-31, or leave it empty.'),
  ),
});

/** A team's name as the facilitator gives it; its sentences are worded for the form that sets one. */
export const teamNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Give the team a name, or leave the team empty.'),
    z.maxLength(60, 'Shorten the team name to 60 characters or fewer.'),
  );

/** The record of one workshop. */
export const workshopRecordSchema = z.strictObject({
  /** The name the facilitator gave the session. */
  sessionName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /**
   * The team that held the workshop, so its workshops show as a trend; null when none was named.
   * Records written before teams existed (and sessions holding one) read as null.
   */
  team: z._default(z.nullable(teamNameSchema), null),
  /** The assessment used. */
  assessmentId: z.enum(assessmentIds),
  /** The assessment content version used. */
  assessmentVersion: z.int().check(z.gte(1), z.lte(255)),
  /** The workshop date, yyyy-mm-dd. */
  date: isoDateSchema,
  /** People whose codes were merged. */
  participantCount: z.int().check(z.gte(0)),
  /** Every dimension, in assessment order. */
  dimensions: z.array(recordDimensionSchema),
  /** Actions agreed. */
  actions: z.array(workshopActionSchema).check(z.maxLength(100)),
});

export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;
export type WorkshopAction = z.infer<typeof workshopActionSchema>;
export type RecordDimension = z.infer<typeof recordDimensionSchema>;

/** Version 1 records had no team: each is upgraded to a record of no team. */
function upgradeRecordsV1(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((record: unknown) =>
    record && typeof record === 'object' && !Array.isArray(record) ? { ...record, team: null } : record,
  );
}

/** Every workshop record kept on this device, oldest first. */
export const workshopHistoryFormat: FormatSpec<WorkshopRecord[]> = {
  kind: 'accueil.workshop-records',
  version: 2,
  schema: z.array(workshopRecordSchema).check(z.maxLength(500)),
  migrations: { 1: upgradeRecordsV1 },
};

/** Starts a record from the team summary: nothing agreed, no notes, no actions. */
export function startWorkshopRecord(options: {
  assessment: Assessment;
  sessionName: string;
  date: string;
  summary: TeamSummary;
  /** The team, when the facilitator named one. */
  team?: string | null;
}): WorkshopRecord {
  const { assessment, summary } = options;
  return {
    sessionName: options.sessionName.trim() || 'Workshop',
    team: options.team?.trim() || null,
    assessmentId: assessment.id,
    assessmentVersion: assessment.version,
    date: options.date,
    participantCount: summary.participantCount,
    dimensions: assessment.dimensions.map((dimension) => {
      const stats = summary.dimensions.find((d) => d.id === dimension.id);
      return {
        id: dimension.id,
        label: dimension.label,
        agreed: null,
        notes: '',
        team: {
          n: stats?.n ?? 0,
          // Individual scores are only kept where they could be shown without exposing anyone.
          scores: stats?.reveal.allowed ? stats.scores.map((s) => roundTo2(s) ?? s) : [],
          median: roundTo2(stats?.median ?? null),
          min: roundTo2(stats?.min ?? null),
          max: roundTo2(stats?.max ?? null),
          lowCount: stats?.lowCount ?? 0,
          disagreement: roundTo2(stats?.disagreement ?? null),
        },
      };
    }),
    actions: [],
  };
}

/** Sets (or clears, with null) the team's agreed rating for a dimension. */
export function setAgreedRating(record: WorkshopRecord, dimensionId: string, rating: Rating | null): WorkshopRecord {
  return updateDimension(record, dimensionId, (d) => ({ ...d, agreed: rating }));
}

/** Replaces the notes for a dimension. */
export function setDimensionNotes(record: WorkshopRecord, dimensionId: string, notes: string): WorkshopRecord {
  return updateDimension(record, dimensionId, (d) => ({ ...d, notes: notes.slice(0, 4000) }));
}

function updateDimension(
  record: WorkshopRecord,
  id: string,
  change: (d: RecordDimension) => RecordDimension,
): WorkshopRecord {
  return { ...record, dimensions: record.dimensions.map((d) => (d.id === id ? change(d) : d)) };
}

/** A problem with one field of an action form. */
export interface FieldProblem {
  /** The field: text, owner or due. */
  field: 'text' | 'owner' | 'due';
  /** What is wrong and how to fix it. */
  message: string;
}

/** Checks an action typed into a form; the due date may be empty. */
export function validateAction(input: {
  text: string;
  owner: string;
  due: string;
}): { ok: true; action: WorkshopAction } | { ok: false; problems: FieldProblem[] } {
  const due = input.due.trim();
  const checked = workshopActionSchema.safeParse({ text: input.text, owner: input.owner, due: due || null });
  if (checked.success) return { ok: true, action: checked.data };
  const problems = checked.error.issues.map((issue) => ({
    field: issue.path[0] as FieldProblem['field'],
    message: issue.message,
  }));
  return { ok: false, problems };
}

/** Appends an action. */
export function addAction(record: WorkshopRecord, action: WorkshopAction): WorkshopRecord {
  return { ...record, actions: [...record.actions, action] };
}

/** Removes the action at this position. */
export function removeAction(record: WorkshopRecord, index: number): WorkshopRecord {
  return { ...record, actions: record.actions.filter((_, i) => i !== index) };
}

/** The record as it belongs to a team (null for none); the rest is unchanged. */
export function withTeam(record: WorkshopRecord, team: string | null): WorkshopRecord {
  const name = team?.trim() || null;
  return record.team === name ? record : { ...record, team: name };
}
