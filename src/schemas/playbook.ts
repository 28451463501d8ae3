import { z } from 'astro/zod';
import { assessmentIds } from './assessment-ids';

/** The six families of playbooks; each is a folder under content/playbooks/ and a URL segment. */
export const families = ['traits', 'qualities', 'heart', 'myths', 'chain', 'practices'] as const;
export type Family = (typeof families)[number];

/** Who a playbook is mainly written for; drives the audience filter on the index. */
export const audiences = ['leaders', 'managers', 'frontline', 'facilitators'] as const;

// The self-assessment ids live in their own module so that browser code can import them alone.
export { assessmentIds };

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
/** A playbook reference: `<family>/<slug>`, e.g. `traits/accessible`. */
const playbookRef = z
  .string()
  .regex(/^(traits|qualities|heart|myths|chain|practices)\/[a-z0-9-]+$/, 'write it as family/slug');

/** One timed step of a play. */
const stepSchema = z
  .object({
    /** Minutes the step takes in the room. */
    minutes: z.number().int().min(1).max(240),
    /** What the group does, in one or two plain sentences. */
    do: z.string().min(10),
  })
  .strict();

/** A runnable play: a short session a team can run from the page alone, once prepared. */
export const playSchema = z
  .object({
    /** Identifier unique across the site; also the anchor on the page (`#play-<id>`). */
    id: slug,
    /** Short imperative name, e.g. "Call yourself". */
    title: z.string().min(3),
    /** One sentence on what the play achieves. */
    summary: z.string().min(10),
    /** Minutes of preparation before the session. */
    prep: z.number().int().min(0).max(600),
    /** Minutes the session itself runs; must equal the sum of the steps. */
    run: z.number().int().min(5).max(480),
    /** Smallest and largest group the play works for. */
    people: z
      .object({ min: z.number().int().min(1), max: z.number().int().min(1).max(200) })
      .strict()
      .refine((p) => p.min <= p.max, 'people.min must not exceed people.max'),
    /** What to bring: materials, data, rooms. */
    needs: z.array(z.string().min(2)).min(1),
    /** Timed steps, in order. */
    steps: z.array(stepSchema).min(2),
    /** What happens after the session so it leads to change. */
    followUp: z.string().min(10),
    /** Who runs the session: a role, and what they need to be able to do (e.g. stay neutral). */
    facilitator: z.string().min(10),
    /** How the group knows the play worked: something they can see or hold at the end. */
    doneWhen: z.string().min(10),
    /** The artefact the play leaves behind (a list, a page, a template), and where it is kept. */
    leavesBehind: z.string().min(10),
    /** How to run it with people on a video call instead of in one room. */
    remote: z.string().min(10),
    /**
     * Consent, psychological safety or anonymity, for a play that handles colleagues' views or
     * customers' data. Leave it out only when the play involves neither.
     */
    care: z.string().min(10).optional(),
  })
  .strict()
  .refine((p) => p.steps.reduce((sum, s) => sum + s.minutes, 0) === p.run, {
    message: 'run must equal the sum of the steps’ minutes',
    path: ['run'],
  });

/** How often a measure is counted. */
const measureFrequencies = ['weekly', 'monthly', 'quarterly', 'yearly', 'after each event'] as const;

/** An actual to count and show beside the usual average or headline figure (never instead of it). */
export const measureSchema = z
  .object({
    /** The usual average or headline figure this actual is shown beside. */
    beside: z.string().min(3),
    /** The actual to count. */
    count: z.string().min(3),
    /** Why the actual tells you more. */
    why: z.string().min(10),
    /** Where the number comes from: the system, log or record a team can count it from. */
    source: z.string().min(5),
    /** How often it is counted. */
    frequency: z.enum(measureFrequencies),
    /** What the count is out of, so two periods can be compared (e.g. "all complaints closed"). */
    denominator: z.string().min(3),
    /** The role that counts it and reports it (a role, not a person's name). */
    owner: z.string().min(3),
  })
  .strict();

/** One substantive change to a playbook, listed on the page. */
const changeSchema = z
  .object({
    /** When the change was made. */
    date: z.coerce.date(),
    /** What changed and why, in a short sentence. */
    note: z.string().min(10).max(200),
  })
  .strict();

/** Front matter of content/playbooks/<family>/<slug>.mdx. */
export const playbookSchema = z
  .object({
    /** Page title; for family members, the name of the trait, quality, value, myth or link. */
    title: z.string().min(2).max(80),
    /** One or two sentences shown under the title, in lists and as the meta description. */
    summary: z.string().min(40).max(240),
    /** The family; must match the folder the file is in. */
    family: z.enum(families),
    /** Position within the family (1 first); the overview page of a family is 0. */
    order: z.number().int().min(0).max(99),
    /** Who the page is mainly for. */
    audience: z.array(z.enum(audiences)).min(1),
    /** Other playbooks worth reading next (at least three), as `family/slug`. Shown both ways. */
    related: z.array(playbookRef).min(3),
    /** Ids from content/sources.yaml that this page cites. */
    sources: z.array(slug).min(1),
    /** The self-assessment that covers this idea, if one does. */
    assessment: z.enum(assessmentIds).optional(),
    /** Glossary term slugs used on the page (content/glossary.yaml). */
    terms: z.array(slug).default([]),
    /** When the page was last edited (any change, however small). */
    updated: z.coerce.date(),
    /**
     * When an editor last checked the whole page against its sources (kept apart from `updated`:
     * a typo fix is an edit, not a review).
     */
    reviewed: z.coerce.date(),
    /** Substantive changes, newest first; the first entry is usually "First published". */
    changes: z.array(changeSchema).min(1),
    /** Signs you are getting it wrong and signs you are getting it right. */
    signs: z.object({ wrong: z.array(z.string().min(5)).min(3), right: z.array(z.string().min(5)).min(3) }).strict(),
    /** Runnable plays (at least one). */
    plays: z.array(playSchema).min(1),
    /** Actuals to count beside the average (at least one). */
    measures: z.array(measureSchema).min(1),
    /** Questions for a workshop. */
    questions: z.array(z.string().min(10)).min(3),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.changes.forEach((change, index) => {
      if (change.date.getTime() > data.updated.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', index, 'date'],
          message: 'a change cannot be later than the page was last edited (updated)',
        });
      }
    });
  });

export type PlaybookData = z.infer<typeof playbookSchema>;
export type Play = z.infer<typeof playSchema>;
export type Measure = z.infer<typeof measureSchema>;
