import { z } from 'astro/zod';
import { assessmentIds } from './assessment-ids';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
/** A checklist: short plain sentences, at least `min` of them. */
const checklist = (min: number) => z.array(z.string().min(5)).min(min);

/** One timed block of a session plan. */
const agendaBlockSchema = z
  .object({
    /** Minutes the block takes. */
    minutes: z.number().int().min(1).max(120),
    /** Short name of the block, e.g. "Welcome and ground rules". */
    title: z.string().min(3).max(60),
    /** What the facilitator and the group do, in plain sentences. */
    do: z.string().min(10),
    /** The id of a play this block runs, if it runs one; it must exist in a playbook. */
    play: slug.optional(),
  })
  .strict();

/** Front matter of content/sessions/<slug>.mdx: a session plan a facilitator can run as written. */
export const sessionSchema = z
  .object({
    /** Name of the session, e.g. "The 90-minute team health check". */
    title: z.string().min(5).max(80),
    /** One or two sentences: who it is for and what the group leaves with. */
    summary: z.string().min(40).max(240),
    /** Position on the facilitators' pages (1 first). */
    order: z.number().int().min(1).max(20),
    /** Total minutes; must equal the sum of the agenda's blocks. */
    minutes: z.number().int().min(30).max(480),
    /** Smallest and largest group the plan works for. */
    people: z
      .object({ min: z.number().int().min(2), max: z.number().int().min(2).max(100) })
      .strict()
      .refine((p) => p.min <= p.max, 'people.min must not exceed people.max'),
    /** The self-assessment the session uses in workshop mode. */
    assessment: z.enum(assessmentIds),
    /** Timed blocks, in order. */
    agenda: z.array(agendaBlockSchema).min(3),
    /** What to do before the day. */
    prepare: checklist(4),
    /** Setting up a room. */
    room: checklist(3),
    /** Running it on a video call instead. */
    remote: checklist(3),
    /** Ground rules to read out at the start. */
    groundRules: checklist(3),
    /** What to do with the results afterwards. */
    afterwards: checklist(3),
  })
  .strict()
  .refine((s) => s.agenda.reduce((sum, block) => sum + block.minutes, 0) === s.minutes, {
    message: 'minutes must equal the sum of the agenda blocks’ minutes',
    path: ['minutes'],
  });

export type SessionData = z.infer<typeof sessionSchema>;
