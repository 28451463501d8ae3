import { z } from 'astro/zod';
import { assessmentIds, families } from './playbook';

/** Front matter of content/pages/<slug>.mdx (about, start here). */
export const pageSchema = z
  .object({
    /** Page title. */
    title: z.string().min(2).max(80),
    /** One or two sentences: the meta description and the lead paragraph. */
    summary: z.string().min(40).max(240),
    /** Ids from content/sources.yaml cited on the page. */
    sources: z.array(z.string()).default([]),
  })
  .strict();

/** Front matter of content/families/<family>.mdx: the overview of one family. */
export const familyPageSchema = pageSchema
  .extend({
    /** Which family this page introduces; must match the file name. */
    family: z.enum(families),
    /** Position of the family in navigation (1 first). */
    order: z.number().int().min(1).max(20),
    /** The self-assessment that covers the family, if one does. */
    assessment: z.enum(assessmentIds).optional(),
  })
  .strict();
