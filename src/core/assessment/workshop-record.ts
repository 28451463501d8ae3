// What a team agreed in a workshop: a rating and notes per dimension, actions with owners, and a
// snapshot of the team chart, so the next workshop can show what moved.
import { z } from 'astro/zod';
import type { Assessment } from '../../schemas/assessment';
import { assessmentIds } from '../../schemas/assessment-ids';
import type { FormatSpec } from '../versioned';
import type { Rating } from './answers';
import { asValidator } from './check';
import { isIsoDate } from './iso-date';
import { isoDateSchema } from './iso-date-schema';
import { checkWorkshopRecord, checkWorkshopRecords } from './workshop-check';
import type { TeamSummary } from './team-summary';
import { roundTo2 } from './text';

// Schemas are marked pure so that pages using only the functions below load no zod; the formats
// check stored data with the zod-free checks in workshop-check.ts, held to these schemas by tests.
const score = /* @__PURE__ */ z.number().min(1).max(5);

/** The team chart for one dimension, as it stood on the day. */
export const teamSnapshotSchema = /* @__PURE__ */ z
  .object({
    /** People with a score. */
    n: z.number().int().min(0),
    /** Individual scores, ascending; empty when fewer than three people rated, to keep them anonymous. */
    scores: z.array(score),
    /** Middle score, rounded to two decimals. */
    median: score.nullable(),
    /** Lowest score. */
    min: score.nullable(),
    /** Highest score. */
    max: score.nullable(),
    /** People who scored 2 or lower. */
    lowCount: z.number().int().min(0),
    /** Mean distance from the median (see DimensionStats.disagreement). */
    disagreement: z.number().min(0).max(4).nullable(),
  })
  .strict();

/** One dimension in a workshop record. */
export const recordDimensionSchema = /* @__PURE__ */ z
  .object({
    /** Dimension id. */
    id: z.string().min(1),
    /** Dimension label at the time, so old records read well after a rename. */
    label: z.string().min(1),
    /** The rating the team agreed on, or null when it did not agree one. */
    agreed: z.literal([1, 2, 3, 4, 5]).nullable(),
    /** What the team said about it. */
    notes: z.string().max(4000),
    /** The team chart on the day. */
    team: teamSnapshotSchema,
  })
  .strict();

/** An action the team committed to. */
export const workshopActionSchema = /* @__PURE__ */ z
  .object({
    /** What will be done. */
    text: z.string().trim().min(3).max(300),
    /** Who does it ('' when nobody was named). */
    owner: z.string().trim().max(80),
    /** Due date as yyyy-mm-dd, or null for none. */
    due: isoDateSchema.nullable(),
  })
  .strict();

/** The record of one workshop. */
export const workshopRecordSchema = /* @__PURE__ */ z
  .object({
    /** The name the facilitator gave the session. */
    sessionName: z.string().trim().min(1).max(80),
    /** The assessment used. */
    assessmentId: z.enum(assessmentIds),
    /** The assessment content version used. */
    assessmentVersion: z.number().int().min(1).max(255),
    /** The workshop date, yyyy-mm-dd. */
    date: isoDateSchema,
    /** People whose codes were merged. */
    participantCount: z.number().int().min(0),
    /** Every dimension, in assessment order. */
    dimensions: z.array(recordDimensionSchema),
    /** Actions agreed. */
    actions: z.array(workshopActionSchema).max(100),
  })
  .strict();

/** The record of one workshop. */
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;
/** An action the team committed to. */
export type WorkshopAction = z.infer<typeof workshopActionSchema>;
/** One dimension in a workshop record. */
export type RecordDimension = z.infer<typeof recordDimensionSchema>;

/** One workshop record as an exported file. */
export const workshopRecordFormat: FormatSpec<WorkshopRecord> = {
  kind: 'accueil.workshop-record',
  version: 1,
  schema: /* @__PURE__ */ asValidator(checkWorkshopRecord),
  maxChars: 500_000,
};

/** Every workshop record kept on this device, oldest first. */
export const workshopHistoryFormat: FormatSpec<WorkshopRecord[]> = {
  kind: 'accueil.workshop-records',
  version: 1,
  schema: /* @__PURE__ */ asValidator(checkWorkshopRecords),
};

/** Starts a record from the team summary: nothing agreed, no notes, no actions. */
export function startWorkshopRecord(options: {
  assessment: Assessment;
  sessionName: string;
  date: string;
  summary: TeamSummary;
}): WorkshopRecord {
  const { assessment, summary } = options;
  return {
    sessionName: options.sessionName.trim() || 'Workshop',
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
  const text = input.text.trim();
  const owner = input.owner.trim();
  const due = input.due.trim();
  const problems: FieldProblem[] = [];
  if (text.length < 3) problems.push({ field: 'text', message: 'Describe the action in a few words.' });
  if (text.length > 300) problems.push({ field: 'text', message: 'Shorten the action to 300 characters or fewer.' });
  if (owner.length > 80) problems.push({ field: 'owner', message: 'Shorten the owner to 80 characters or fewer.' });
  if (due !== '' && !isIsoDate(due)) {
    problems.push({
      field: 'due',
      message: 'Write the due date as a real date in the form yyyy-mm-dd, for example 2025-03-31, or leave it empty.',
    });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, action: { text, owner, due: due === '' ? null : due } };
}

/** Appends an action. */
export function addAction(record: WorkshopRecord, action: WorkshopAction): WorkshopRecord {
  return { ...record, actions: [...record.actions, action] };
}

/** Removes the action at this position. */
export function removeAction(record: WorkshopRecord, index: number): WorkshopRecord {
  return { ...record, actions: record.actions.filter((_, i) => i !== index) };
}

export { compareRecords, type RecordComparison, type RecordDimensionChange } from './workshop-compare';
