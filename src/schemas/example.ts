import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

/** Front matter of content/examples/<slug>.mdx: one filled-in piece of work a group can copy. */
export const exampleSchema = z
  .object({
    /** Name of the example, e.g. "A time bill for one queue". */
    title: z.string().min(5).max(80),
    /** One or two sentences: what the example shows. */
    summary: z.string().min(40).max(240),
    /** Position on the facilitators' pages (1 first). */
    order: z.number().int().min(1).max(20),
    /** The playbook the example belongs to, as `family/slug`. */
    playbook: z
      .string()
      .regex(/^(traits|qualities|heart|myths|chain|practices)\/[a-z0-9-]+$/, 'write it as family/slug'),
    /** The id of the play the example fills in; it must exist in that playbook. */
    play: slug.optional(),
    /** The journey template the example scores with <ScoredJourney journey="…" />, if any (content/journeys/<slug>.yaml). */
    journey: slug.optional(),
    /** Ids from content/sources.yaml cited on the page. */
    sources: z.array(slug).default([]),
  })
  .strict();
