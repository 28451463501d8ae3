import { z } from 'astro/zod';
import { assessmentIds } from './playbook';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** One statement people rate from 1 to 5 (or "don't know"). */
export const assessmentItemSchema = z
  .object({
    /** Identifier unique within the assessment; never reuse an id for a different statement. */
    id: slug,
    /** The statement, written so that agreeing (5) is the human-centred end unless `reverse`. */
    statement: z.string().min(15).max(200),
    /** What a 1, a 3 and a 5 look like in practice, concretely (the Squad Health Check's cards). */
    levels: z
      .object({
        1: z.string().min(15).max(220),
        3: z.string().min(15).max(220),
        5: z.string().min(15).max(220),
      })
      .strict(),
    /** True when a high rating means a worse state; the score is then 6 minus the rating. */
    reverse: z.boolean().default(false),
  })
  .strict();

/** A dimension: one trait, value, quality or link, with the playbook that explains it. */
const dimensionSchema = z
  .object({
    /** Identifier unique within the assessment. */
    id: slug,
    /** Short name shown on charts, e.g. "Accessible". */
    label: z.string().min(2).max(40),
    /** The playbook that explains it, as `family/slug`. */
    playbook: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
    /** The statements for this dimension. */
    items: z.array(assessmentItemSchema).min(3),
  })
  .strict();

/** content/assessments/<id>.yaml: a self-assessment. */
export const assessmentSchema = z
  .object({
    /** Matches the file name and the URL /tools/assess/<id>/. */
    id: z.enum(assessmentIds),
    /** Title shown on the page. */
    title: z.string().min(5).max(80),
    /** One or two sentences: what the assessment helps a team see. */
    summary: z.string().min(40).max(240),
    /** Bump when items change meaning, are added or removed: share codes carry it. */
    version: z.number().int().min(1).max(255),
    /** Minutes a person typically needs. */
    minutes: z.number().int().min(1).max(60),
    /** The dimensions in the order they are asked and charted. */
    dimensions: z.array(dimensionSchema).min(1).max(12),
  })
  .strict()
  .superRefine((assessment, ctx) => {
    const seen = new Set<string>();
    for (const item of assessment.dimensions.flatMap((d) => d.items)) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `item id "${item.id}" is used twice` });
      seen.add(item.id);
    }
    const total = seen.size;
    if (total > 80) ctx.addIssue({ code: 'custom', message: 'an assessment may have at most 80 items' });
  });

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;
