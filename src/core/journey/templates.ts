// Ready-made worksheets a team can start from (content/journeys/<slug>.yaml). This module never
// reads files: the page loads and parses the YAML and passes the data in.
import * as z from '../zod';
import { momentFieldsSchema, stageSchema, worksheetSchema } from './model';
import { LIMITS } from './limits';

/** A stage of a template, with its moments in order. */
const templateStageSchema = z.strictObject({
  /** The stage name. */
  name: stageSchema.shape.name,
  /** The stage's moments, in journey order; every field is filled in. */
  moments: z.array(z.strictObject(momentFieldsSchema.shape)).check(z.maxLength(LIMITS.moments)),
});

/** A template: a whole worksheet without ids or timestamps. */
export const templateSchema = z
  .strictObject({
    /** The worksheet name, e.g. "Hotel stay". */
    name: worksheetSchema.shape.name,
    /** One sentence for the template picker: what journey this is and why start here. */
    summary: z.string().check(z.minLength(20), z.maxLength(240)),
    /** Ids from content/sources.yaml the template draws on, for its citation line. */
    sources: z._default(
      z.array(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))).check(z.maxLength(6)),
      () => [],
    ),
    /** Who the customer is. */
    customer: worksheetSchema.shape.customer,
    /** The stages, in journey order. */
    stages: z.array(templateStageSchema).check(z.minLength(1), z.maxLength(LIMITS.stages)),
  })
  .check(
    z.refine((template) => template.stages.reduce((sum, stage) => sum + stage.moments.length, 0) <= LIMITS.moments, {
      error: `A template can have at most ${LIMITS.moments} moments.`,
    }),
  );
/** A ready-made worksheet. */
export type JourneyTemplate = z.infer<typeof templateSchema>;
