import { z } from 'astro/zod';

/** Kinds of source, so a reader can tell an essay from the study it reports. */
const sourceKinds = ['essay', 'book', 'study', 'survey', 'quotation'] as const;

/** One entry in content/sources.yaml: a work the guidance rests on. */
export const sourceSchema = z
  .object({
    /** Stable identifier cited by playbooks, e.g. `smaby-2011`. Lowercase words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens'),
    /** Who wrote or published it, as it should appear in a citation. */
    author: z.string().min(2),
    /** The work's title, without quotation marks. */
    title: z.string().min(2),
    /** Where it appeared: a publisher, journal, blog or organisation. */
    publication: z.string().min(2),
    /** Year of publication, when the source gives one; left out rather than guessed. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Public address of the work, when there is a stable one. */
    url: z.url().optional(),
    /** What kind of work it is. */
    kind: z.enum(sourceKinds),
    /** For a work known to us only through one of the essays: the id of that essay. */
    via: z.string().optional(),
    /** True when the essay gives a figure without naming where it comes from: pages label it. */
    noPrimary: z.boolean().default(false),
    /** What the essays say of it, in our own words: the claims it supports on this site. */
    supports: z.string().min(20),
  })
  .strict();
