// Ready-made worksheets a team can start from (content/journeys/<slug>.yaml). This module never
// reads files: the page loads and parses the YAML and passes the data in.
import { z } from 'astro/zod';
import type { IdGenerator } from './context';
import {
  LIMITS,
  momentFieldsSchema,
  sortHeartValues,
  sortTraits,
  stageSchema,
  worksheetSchema,
  type Worksheet,
} from './model';

/** The template files, in the order the page offers them. */
export const JOURNEY_TEMPLATE_SLUGS = ['opening-a-bank-account', 'hotel-stay', 'support-request'] as const;
/** One template's slug (its file name without `.yaml`). */
export type JourneyTemplateSlug = (typeof JOURNEY_TEMPLATE_SLUGS)[number];

/** A stage of a template, with its moments in order. */
export const templateStageSchema = z
  .object({
    /** The stage name. */
    name: stageSchema.shape.name,
    /** The stage's moments, in journey order; every field is filled in. */
    moments: z.array(momentFieldsSchema.strict()).max(LIMITS.moments),
  })
  .strict();

/** A template: a whole worksheet without ids or timestamps. */
export const templateSchema = z
  .object({
    /** The worksheet name, e.g. "Hotel stay". */
    name: worksheetSchema.shape.name,
    /** One sentence for the template picker: what journey this is and why start here. */
    summary: z.string().min(20).max(240),
    /** Ids from content/sources.yaml the template draws on, for its citation line. */
    sources: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
      .max(6)
      .default([]),
    /** Who the customer is. */
    customer: worksheetSchema.shape.customer,
    /** The stages, in journey order. */
    stages: z.array(templateStageSchema).min(1).max(LIMITS.stages),
  })
  .strict()
  .refine((template) => template.stages.reduce((sum, stage) => sum + stage.moments.length, 0) <= LIMITS.moments, {
    error: `A template can have at most ${LIMITS.moments} moments.`,
  });
/** A ready-made worksheet. */
export type JourneyTemplate = z.infer<typeof templateSchema>;

/** Validates parsed YAML as a template; never throws. */
export function readTemplate(data: unknown): { ok: true; template: JourneyTemplate } | { ok: false; message: string } {
  const result = templateSchema.safeParse(data);
  if (result.success) return { ok: true, template: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  return { ok: false, message: `This template is not valid${where}: ${issue?.message ?? 'unknown problem'}` };
}

/** A new worksheet filled in from a template, with fresh ids and every timestamp set to `now`. */
export function worksheetFromTemplate(template: JourneyTemplate, newId: IdGenerator, now: string): Worksheet {
  const id = newId();
  const stages = template.stages.map((stage, order) => ({ id: newId(), name: stage.name, order, updatedAt: now }));
  const moments = template.stages.flatMap((stage, index) =>
    stage.moments.map((fields, order) => ({
      id: newId(),
      stageId: stages[index]?.id ?? '',
      ...fields,
      traits: sortTraits(fields.traits),
      heart: sortHeartValues(fields.heart),
      order,
      updatedAt: now,
    })),
  );
  return {
    id,
    name: template.name,
    customer: template.customer,
    stages,
    moments,
    createdAt: now,
    updatedAt: now,
    detailsUpdatedAt: now,
  };
}
