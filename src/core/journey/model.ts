// The shape of a "moments that matter" worksheet, as zod/mini schemas: the one definition the build,
// the types and the browser all use. Every message here is a full sentence because it reaches people
// twice: as an editing error and inside the reason an import was refused.
import * as z from '../zod';
import { LIMITS } from './limits';
import {
  choiceMessage,
  CROSS_MESSAGES,
  FIELD_WORDS,
  ID_MESSAGES,
  ID_PATTERN,
  ORDER_MESSAGE,
  SHAPE_MESSAGES,
  subsetMessages,
  textMessages,
  TIMESTAMP_MESSAGE,
  wholeNumberMessage,
} from './messages';
import { EVIDENCE_LEVELS, HEART_VALUES, MOMENT_KINDS, MOMENT_STATUSES, TRAITS } from './vocabulary';

function textField(what: string, max: number, required: boolean) {
  const messages = textMessages(what, max);
  const tooLong = z.maxLength(max, { error: messages.max });
  return required
    ? z.string({ error: messages.type }).check(
        tooLong,
        z.refine((value: string) => value.trim() !== '', { error: messages.empty }),
      )
    : z.string({ error: messages.type }).check(tooLong);
}

function wholeNumber(what: string, min: number, max: number) {
  const error = wholeNumberMessage(what, min, max);
  return z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
}

function choice<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, { error: choiceMessage(what, values) });
}

function subset<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  const messages = subsetMessages(what);
  return z.array(choice(`each ${what}`, values), { error: messages.list }).check(
    z.maxLength(values.length, { error: messages.once }),
    z.refine((list: string[]) => new Set(list).size === list.length, { error: messages.once }),
  );
}

/** An identifier: letters, digits, `-` and `_`, so it is safe in URLs, CSS selectors and file names. */
export const idSchema = z
  .string({ error: ID_MESSAGES.type })
  .check(z.regex(ID_PATTERN, { error: ID_MESSAGES.pattern }), z.maxLength(LIMITS.id, { error: ID_MESSAGES.max }));

/** A moment in time in ISO 8601 UTC form, e.g. `2025-03-01T09:30:00.000Z`. */
export const timestampSchema = z.iso.datetime({ error: TIMESTAMP_MESSAGE });

/** A sort key: smaller comes first; gaps and negative numbers are allowed so moves touch few items. */
export const orderSchema = z.int({ error: ORDER_MESSAGE });

/** A step of the journey, shown as a column. */
export const stageSchema = z.object(
  {
    /** Unique within the worksheet. */
    id: idSchema,
    /** Short name, e.g. "Arriving". */
    name: textField(FIELD_WORDS.stageName, LIMITS.stageName, true),
    /** Position among the stages. */
    order: orderSchema,
    /** Last change to this stage; used to merge edits from two tabs. */
    updatedAt: timestampSchema,
  },
  { error: SHAPE_MESSAGES.stage },
);
/** A step of the journey. */
export type Stage = z.infer<typeof stageSchema>;

/** The fields a team fills in for a moment (everything but its identity, place and timestamp). */
export const momentFieldsSchema = z.object({
  /** A few words naming the moment, e.g. "Asking for an umbrella". */
  title: textField(FIELD_WORDS.momentTitle, LIMITS.momentTitle, true),
  /** What the customer does, sees and hears. */
  whatHappens: textField(FIELD_WORDS.whatHappens, LIMITS.whatHappens, false),
  /** Which kind of moment that matters this is. */
  kind: choice(FIELD_WORDS.kind, MOMENT_KINDS),
  /** How the customer feels: -3 (very bad) to +3 (very good). */
  feeling: wholeNumber(FIELD_WORDS.feeling, -3, 3),
  /** How much the moment shapes the whole relationship: 1 (little) to 5 (a great deal). */
  impact: wholeNumber(FIELD_WORDS.impact, 1, 5),
  /** How many customers go through it how often: 1 (rarely) to 5 (nearly everyone, every time). */
  frequency: wholeNumber(FIELD_WORDS.frequency, 1, 5),
  /** How the team knows. */
  evidence: choice(FIELD_WORDS.evidence, EVIDENCE_LEVELS),
  /** Traits the moment tests; each links to its playbook. */
  traits: subset(FIELD_WORDS.trait, TRAITS),
  /** HEART values the moment tests; each links to its playbook. */
  heart: subset(FIELD_WORDS.heart, HEART_VALUES),
  /** The role or person who will look after the moment. */
  owner: textField(FIELD_WORDS.owner, LIMITS.owner, false),
  /** The next concrete step. */
  nextAction: textField(FIELD_WORDS.nextAction, LIMITS.nextAction, false),
  /** Where the work stands. */
  status: choice(FIELD_WORDS.status, MOMENT_STATUSES),
});
/** The editable fields of a moment. */
export type MomentFields = z.infer<typeof momentFieldsSchema>;

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
  },
  { error: SHAPE_MESSAGES.moment },
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
      name: textField(FIELD_WORDS.worksheetName, LIMITS.worksheetName, true),
      /** Who the customer is, as a role or situation: no personal details are needed. */
      customer: textField(FIELD_WORDS.customer, LIMITS.customer, false),
      /** The stages; display order comes from each stage's `order`. */
      stages: z.array(stageSchema).check(z.maxLength(LIMITS.stages, { error: SHAPE_MESSAGES.stages })),
      /** The moments of every stage. */
      moments: z.array(momentSchema).check(z.maxLength(LIMITS.moments, { error: SHAPE_MESSAGES.moments })),
      /** When the worksheet was created. */
      createdAt: timestampSchema,
      /** Last change to anything in the worksheet. */
      updatedAt: timestampSchema,
      /** Last change to the name or the customer description; used to merge edits from two tabs. */
      detailsUpdatedAt: timestampSchema,
    },
    { error: SHAPE_MESSAGES.worksheet },
  )
  .check(
    z.superRefine((sheet, ctx) => {
      const stageIds = new Set<string>();
      sheet.stages.forEach((stage, index) => {
        if (stageIds.has(stage.id))
          ctx.addIssue({
            code: 'custom',
            input: sheet,
            path: ['stages', index, 'id'],
            message: CROSS_MESSAGES.stageTwice(stage.id),
          });
        stageIds.add(stage.id);
      });
      const momentIds = new Set<string>();
      sheet.moments.forEach((moment, index) => {
        if (momentIds.has(moment.id))
          ctx.addIssue({
            code: 'custom',
            input: sheet,
            path: ['moments', index, 'id'],
            message: CROSS_MESSAGES.momentTwice(moment.id),
          });
        momentIds.add(moment.id);
        if (!stageIds.has(moment.stageId)) {
          ctx.addIssue({
            code: 'custom',
            input: sheet,
            path: ['moments', index, 'stageId'],
            message: CROSS_MESSAGES.momentWithoutStage(moment.title),
          });
        }
      });
    }),
  );
/** A whole worksheet. */
export type Worksheet = z.infer<typeof worksheetSchema>;
