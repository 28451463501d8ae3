import { z } from 'astro/zod';

/** One entry in content/glossary.yaml. */
export const glossarySchema = z
  .object({
    /** Anchor on /glossary/ and the slug playbooks list under `terms`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The term as written in text. */
    term: z.string().min(2),
    /** A plain-English definition of one to three sentences. */
    definition: z.string().min(20),
    /** Playbooks that explain the term best, as `family/slug`. */
    see: z.array(z.string()).default([]),
  })
  .strict();
