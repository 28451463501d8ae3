// The shape of a "moments that matter" worksheet, as zod/mini schemas: the one definition the build,
// the types and the browser all use. Every message here is a full sentence because it reaches people
// twice: as an editing error and inside the reason an import was refused.
import * as z from '../zod';
import { LIMITS } from './limits';
import { EVIDENCE_LEVELS, HEART_VALUES, MOMENT_KINDS, MOMENT_STATUSES, TRAITS } from './vocabulary';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Reports each item of `list` (e.g. "stages") whose id an earlier item has; returns every id seen. */
export function flagRepeatedIds(
  ctx: z.core.$RefinementCtx,
  items: readonly { id: string }[],
  list: 'worksheets' | 'stages' | 'moments',
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `Two ${list} share the id "${item.id}".` });
    ids.add(item.id);
  });
  return ids;
}

/** A text field named `what` inside its sentences ("the stage name"): text, at most `max` characters. */
function textField(what: string, max: number, required: boolean) {
  const type = `${capitalise(what)} must be text.`;
  const tooLong = z.maxLength(max, { error: `Keep ${what} to ${max} characters or fewer.` });
  return required
    ? z.string({ error: type }).check(
        tooLong,
        z.refine((value: string) => value.trim() !== '', { error: `Fill in ${what}: it cannot be empty.` }),
      )
    : z.string({ error: type }).check(tooLong);
}

function wholeNumber(what: string, min: number, max: number) {
  const error = `${capitalise(what)} must be a whole number from ${min} to ${max}.`;
  return z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
}

function choice<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, { error: `Choose ${what}: one of ${values.join(', ')}.` });
}

function subset<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  const once = `List each ${what} at most once.`;
  return z.array(choice(`each ${what}`, values), { error: `${capitalise(what)}s must be a list.` }).check(
    z.maxLength(values.length, { error: once }),
    z.refine((list: string[]) => new Set(list).size === list.length, { error: once }),
  );
}

/** An identifier: letters, digits, `-` and `_`, so it is safe in URLs, CSS selectors and file names. */
export const idSchema = z
  .string({ error: 'An id must be text.' })
  .check(
    z.regex(/^[A-Za-z0-9_-]+$/, { error: 'An id may use only letters, digits, "-" and "_".' }),
    z.maxLength(LIMITS.id, { error: `An id must be at most ${LIMITS.id} characters.` }),
  );

/** A moment in time in ISO 8601 UTC form, e.g. `2025-03-01T09:30:00.000Z`. */
export const timestampSchema = z.iso.datetime({ error: 'A date must look like 2025-03-01T09:30:00.000Z.' });

/** A sort key: smaller comes first; gaps and negative numbers are allowed so moves touch few items. */
const orderSchema = z.int({ error: 'An order must be a whole number.' });

/** A step of the journey, shown as a column. */
export const stageSchema = z.object(
  {
    /** Unique within the worksheet. */
    id: idSchema,
    /** Short name, e.g. "Arriving". */
    name: textField('the stage name', LIMITS.stageName, true),
    /** Position among the stages. */
    order: orderSchema,
    /** Last change to this stage; used to merge edits from two tabs. */
    updatedAt: timestampSchema,
  },
  { error: 'Each stage must be an object with an id, a name, an order and a date.' },
);
/** A step of the journey. */
export type Stage = z.infer<typeof stageSchema>;

/** The fields a team fills in for a moment (everything but its identity, place and timestamp). */
export const momentFieldsSchema = z.object({
  /** A few words naming the moment, e.g. "Asking for an umbrella". */
  title: textField('the moment title', LIMITS.momentTitle, true),
  /** What the customer does, sees and hears. */
  whatHappens: textField('the description of what happens', LIMITS.whatHappens, false),
  /** Which kind of moment that matters this is. */
  kind: choice('a kind of moment', MOMENT_KINDS),
  /** How the customer feels: -3 (very bad) to +3 (very good). */
  feeling: wholeNumber('the feeling', -3, 3),
  /** How much the moment shapes the whole relationship: 1 (little) to 5 (a great deal). */
  impact: wholeNumber('the impact', 1, 5),
  /** How many customers go through it how often: 1 (rarely) to 5 (nearly everyone, every time). */
  frequency: wholeNumber('the frequency', 1, 5),
  /** How the team knows. */
  evidence: choice('the evidence', EVIDENCE_LEVELS),
  /** Traits the moment tests; each links to its playbook. */
  traits: subset('trait', TRAITS),
  /** HEART values the moment tests; each links to its playbook. */
  heart: subset('HEART value', HEART_VALUES),
  /** The role or person who will look after the moment. */
  owner: textField('the owner', LIMITS.owner, false),
  /** The next concrete step. */
  nextAction: textField('the next action', LIMITS.nextAction, false),
  /** Where the work stands. */
  status: choice('a status', MOMENT_STATUSES),
});
/** The editable fields of a moment. */
export type MomentFields = z.infer<typeof momentFieldsSchema>;

/** A score as the team saw it: every score given, in ascending order. */
const scoresSchema = (min: number, max: number) =>
  z
    .array(wholeNumber('each score kept from a session', min, max))
    .check(z.maxLength(LIMITS.sessionPeople, { error: `A spread keeps at most ${LIMITS.sessionPeople} scores.` }));

/** The spread of the team's private scores, kept beside the scores the team agreed in a session. */
export const keptSpreadSchema = z.object({
  /** How many people sent scores. */
  people: wholeNumber('the number of people', 0, LIMITS.sessionPeople),
  /** Every feeling score given. */
  feeling: scoresSchema(-3, 3),
  /** Every impact score given. */
  impact: scoresSchema(1, 5),
  /** Every frequency score given. */
  frequency: scoresSchema(1, 5),
  /** How many said "I have seen this happen". */
  seen: wholeNumber('the number who have seen it happen', 0, LIMITS.sessionPeople),
  /** The day the scores were agreed, yyyy-mm-dd. */
  agreedOn: z.iso.date({ error: 'The day the scores were agreed must look like 2025-03-31.' }),
});
/** The spread kept beside agreed scores. */
export type KeptSpread = z.infer<typeof keptSpreadSchema>;

/** A moment put on the shortlist by hand, and why. */
export const pinSchema = z.object({
  /** Why the team wants this moment on the shortlist. */
  reason: textField('the reason for pinning', LIMITS.pinReason, true),
});

/** One moment of the journey, placed in a stage. */
export const momentSchema = z.object(
  {
    /** Unique within the worksheet. */
    id: idSchema,
    /** The stage the moment belongs to. */
    stageId: idSchema,
    ...momentFieldsSchema.shape,
    /** Position within its stage. */
    order: orderSchema,
    /** Last change to this moment; used to merge edits from two tabs. */
    updatedAt: timestampSchema,
    /** The team's private scores, when the scores were agreed in a session (absent otherwise). */
    spread: z.optional(keptSpreadSchema),
    /** Present when the moment was pinned to the shortlist by hand. */
    pin: z.optional(pinSchema),
    /** When the owner reviews the moment, yyyy-mm-dd (absent until set). */
    reviewBy: z.optional(z.iso.date({ error: 'The review date must look like 2025-03-31.' })),
  },
  { error: 'Each moment must be an object with an id, a stage, a title and its scores.' },
);
/** One moment of the journey. */
export type Moment = z.infer<typeof momentSchema>;

/** A whole worksheet: who the customer is, the stages, and the moments in them. */
export const worksheetSchema = z
  .object(
    {
      /** Unique within the collection. */
      id: idSchema,
      /** The journey's name, e.g. "Opening a bank account". */
      name: textField('the worksheet name', LIMITS.worksheetName, true),
      /** Who the customer is, as a role or situation: no personal details are needed. */
      customer: textField('the customer description', LIMITS.customer, false),
      /** The stages; display order comes from each stage's `order`. */
      stages: z
        .array(stageSchema)
        .check(z.maxLength(LIMITS.stages, { error: `A worksheet can have at most ${LIMITS.stages} stages.` })),
      /** The moments of every stage. */
      moments: z
        .array(momentSchema)
        .check(z.maxLength(LIMITS.moments, { error: `A worksheet can have at most ${LIMITS.moments} moments.` })),
      /** When the worksheet was created. */
      createdAt: timestampSchema,
      /** Last change to anything in the worksheet. */
      updatedAt: timestampSchema,
      /** Last change to the name or the customer description; used to merge edits from two tabs. */
      detailsUpdatedAt: timestampSchema,
    },
    { error: 'Each worksheet must be an object with a name, stages and moments.' },
  )
  .check(
    z.superRefine((sheet, ctx) => {
      const stageIds = flagRepeatedIds(ctx, sheet.stages, 'stages');
      flagRepeatedIds(ctx, sheet.moments, 'moments');
      sheet.moments.forEach((moment, index) => {
        if (!stageIds.has(moment.stageId)) {
          ctx.addIssue({
            code: 'custom',
            input: sheet,
            path: ['moments', index, 'stageId'],
            message: `The moment "${moment.title}" belongs to a stage that does not exist.`,
          });
        }
      });
    }),
  );
/** A whole worksheet. */
export type Worksheet = z.infer<typeof worksheetSchema>;
