// Zod-free checks of worksheets and collections for the browser, built to decide exactly as the
// schemas in model.ts and storage.ts do (same values out, same first sentence and path). The schemas
// stay the reference (build, types, tests); tests/core/journey/check.test.ts proves the match.
import type { Moment, MomentFields, Stage, Worksheet } from './model';
import type { JourneyCollection, Tombstone } from './storage';
import {
  fail,
  list,
  object,
  oneOf,
  pattern,
  refine,
  text,
  wholeNumber,
  wrongType,
  type Checker,
  type Checked,
  type Issue,
  type Shape,
} from './check-kit';
import { LIMITS, MAX_STORED_WORKSHEETS, MAX_TOMBSTONES } from './limits';
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

/** The most deletion records stored data may hold (twice MAX_TOMBSTONES, as in storage.ts). */
const MAX_RECORDS = MAX_TOMBSTONES * 2;

// zod's ISO datetime pattern without offsets: seconds required, any fraction, "Z" only.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const DATETIME = new RegExp(String.raw`^${DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$`);

const textField = (what: string, max: number, required: boolean): Checker<string> => {
  const { type, max: tooLong, empty } = textMessages(what, max);
  return text(required ? { type, max: tooLong, empty } : { type, max: tooLong }, max);
};
const whole = (what: string, min: number, max: number) => wholeNumber(wholeNumberMessage(what, min, max), min, max);
const choice = <T extends string>(what: string, values: readonly T[]) => oneOf(values, choiceMessage(what, values));
function subset<T extends string>(what: string, values: readonly T[]): Checker<T[]> {
  const { list: type, once } = subsetMessages(what);
  return refine(list(choice(`each ${what}`, values), { type, max: values.length, tooMany: once }), (items) =>
    new Set(items).size === items.length ? undefined : { path: [], message: once },
  );
}

/** An id (idSchema). */
export const checkId: Checker<string> = pattern(ID_MESSAGES, ID_PATTERN, LIMITS.id);
/** An ISO 8601 UTC timestamp (timestampSchema). */
export const checkTimestamp: Checker<string> = (value) =>
  typeof value === 'string' && DATETIME.test(value) ? { ok: true, value } : fail(TIMESTAMP_MESSAGE);
const checkOrder = wholeNumber(ORDER_MESSAGE);

/** A worksheet's name (worksheetSchema.shape.name). */
export const checkWorksheetName = textField(FIELD_WORDS.worksheetName, LIMITS.worksheetName, true);
/** Who the customer is (worksheetSchema.shape.customer). */
export const checkCustomer = textField(FIELD_WORDS.customer, LIMITS.customer, false);
/** A stage's name (stageSchema.shape.name). */
export const checkStageName = textField(FIELD_WORDS.stageName, LIMITS.stageName, true);

/** The checker of each editable moment field, in momentFieldsSchema's order. */
export const momentFieldChecks: Shape<MomentFields> = {
  title: textField(FIELD_WORDS.momentTitle, LIMITS.momentTitle, true),
  whatHappens: textField(FIELD_WORDS.whatHappens, LIMITS.whatHappens, false),
  kind: choice(FIELD_WORDS.kind, MOMENT_KINDS),
  feeling: whole(FIELD_WORDS.feeling, -3, 3),
  impact: whole(FIELD_WORDS.impact, 1, 5),
  frequency: whole(FIELD_WORDS.frequency, 1, 5),
  evidence: choice(FIELD_WORDS.evidence, EVIDENCE_LEVELS),
  traits: subset(FIELD_WORDS.trait, TRAITS),
  heart: subset(FIELD_WORDS.heart, HEART_VALUES),
  owner: textField(FIELD_WORDS.owner, LIMITS.owner, false),
  nextAction: textField(FIELD_WORDS.nextAction, LIMITS.nextAction, false),
  status: choice(FIELD_WORDS.status, MOMENT_STATUSES),
};

/** Some moment fields (momentFieldsSchema.partial()): keys left out or undefined are skipped. */
export function checkMomentPatch(patch: Record<string, unknown>): Checked<Partial<MomentFields>> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(momentFieldChecks) as (keyof MomentFields)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    const checked = momentFieldChecks[key](value);
    if (!checked.ok)
      return { ok: false, issue: { path: [key, ...checked.issue.path], message: checked.issue.message } };
    out[key] = checked.value;
  }
  return { ok: true, value: out };
}

const checkStage = object<Stage>(
  { id: checkId, name: checkStageName, order: checkOrder, updatedAt: checkTimestamp },
  SHAPE_MESSAGES.stage,
);
const checkMoment = object<Moment>(
  { id: checkId, stageId: checkId, ...momentFieldChecks, order: checkOrder, updatedAt: checkTimestamp },
  SHAPE_MESSAGES.moment,
);

function crossCheckWorksheet(sheet: Worksheet): Issue | undefined {
  const stageIds = new Set<string>();
  for (const [index, stage] of sheet.stages.entries()) {
    if (stageIds.has(stage.id)) return { path: ['stages', index, 'id'], message: CROSS_MESSAGES.stageTwice(stage.id) };
    stageIds.add(stage.id);
  }
  const momentIds = new Set<string>();
  for (const [index, moment] of sheet.moments.entries()) {
    if (momentIds.has(moment.id)) {
      return { path: ['moments', index, 'id'], message: CROSS_MESSAGES.momentTwice(moment.id) };
    }
    momentIds.add(moment.id);
    if (!stageIds.has(moment.stageId)) {
      return { path: ['moments', index, 'stageId'], message: CROSS_MESSAGES.momentWithoutStage(moment.title) };
    }
  }
  return undefined;
}

/** A whole worksheet (worksheetSchema). */
export const checkWorksheet: Checker<Worksheet> = refine(
  object<Worksheet>(
    {
      id: checkId,
      name: checkWorksheetName,
      customer: checkCustomer,
      stages: list(checkStage, {
        type: (value) => wrongType('array', value),
        max: LIMITS.stages,
        tooMany: SHAPE_MESSAGES.stages,
      }),
      moments: list(checkMoment, {
        type: (value) => wrongType('array', value),
        max: LIMITS.moments,
        tooMany: SHAPE_MESSAGES.moments,
      }),
      createdAt: checkTimestamp,
      updatedAt: checkTimestamp,
      detailsUpdatedAt: checkTimestamp,
    },
    SHAPE_MESSAGES.worksheet,
  ),
  crossCheckWorksheet,
);

const checkTombstone = object<Tombstone>(
  {
    entity: oneOf(['worksheet', 'stage', 'moment'] as const, SHAPE_MESSAGES.entity),
    worksheetId: checkId,
    id: checkId,
    deletedAt: checkTimestamp,
  },
  (value) => wrongType('object', value),
);
const checkTombstones = list(checkTombstone, {
  type: (value) => wrongType('array', value),
  max: MAX_RECORDS,
  tooMany: `Too big: expected array to have <=${MAX_RECORDS} items`,
});

/** Every stored worksheet plus deletion records (collectionSchema). */
export const checkCollection: Checker<JourneyCollection> = refine(
  object<JourneyCollection>(
    {
      worksheets: list(checkWorksheet, {
        type: SHAPE_MESSAGES.worksheetList,
        max: MAX_STORED_WORKSHEETS,
        tooMany: CROSS_MESSAGES.tooManyWorksheets(MAX_STORED_WORKSHEETS),
      }),
      // Exported files carry no deletion records, so a missing list means an empty one.
      tombstones: (value) => (value === undefined ? { ok: true, value: [] } : checkTombstones(value)),
    },
    SHAPE_MESSAGES.collection,
  ),
  (collection) => {
    const seen = new Set<string>();
    for (const [index, sheet] of collection.worksheets.entries()) {
      if (seen.has(sheet.id)) {
        return { path: ['worksheets', index, 'id'], message: CROSS_MESSAGES.worksheetTwice(sheet.id) };
      }
      seen.add(sheet.id);
    }
    return undefined;
  },
);
