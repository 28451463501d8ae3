// The sentences a worksheet's schemas (model.ts, format.ts) give.
import { LIMITS } from './limits';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The three sentences of a text field: not text, too long, empty where required. */
export function textMessages(what: string, max: number): { type: string; max: string; empty: string } {
  return {
    type: `${capitalise(what)} must be text.`,
    max: `Keep ${what} to ${max} characters or fewer.`,
    empty: `Fill in ${what}: it cannot be empty.`,
  };
}

/** The sentence for a whole number outside its range (or not a whole number at all). */
export function wholeNumberMessage(what: string, min: number, max: number): string {
  return `${capitalise(what)} must be a whole number from ${min} to ${max}.`;
}

/** The sentence for a value that is not one of the allowed words. */
export function choiceMessage(what: string, values: readonly string[]): string {
  return `Choose ${what}: one of ${values.join(', ')}.`;
}

/** The sentences of a list of allowed words: not a list, and repeats. */
export function subsetMessages(what: string): { list: string; once: string } {
  return { list: `${capitalise(what)}s must be a list.`, once: `List each ${what} at most once.` };
}

/** Allowed characters of an id. */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The sentences of an id. */
export const ID_MESSAGES = {
  type: 'An id must be text.',
  pattern: 'An id may use only letters, digits, "-" and "_".',
  max: `An id must be at most ${LIMITS.id} characters.`,
} as const;

/** The sentence for a date that is not ISO 8601 UTC. */
export const TIMESTAMP_MESSAGE = 'A date must look like 2025-03-01T09:30:00.000Z.';
/** The sentence for an order key that is not a whole number. */
export const ORDER_MESSAGE = 'An order must be a whole number.';

/** Sentences for the shape of stages, moments, worksheets and collections. */
export const SHAPE_MESSAGES = {
  stage: 'Each stage must be an object with an id, a name, an order and a date.',
  moment: 'Each moment must be an object with an id, a stage, a title and its scores.',
  worksheet: 'Each worksheet must be an object with a name, stages and moments.',
  stages: `A worksheet can have at most ${LIMITS.stages} stages.`,
  moments: `A worksheet can have at most ${LIMITS.moments} moments.`,
  entity: 'A deletion record must name a worksheet, stage or moment.',
  collection: 'The data must be an object holding a list of worksheets.',
  worksheetList: 'The file must hold a list of worksheets.',
} as const;

/** Sentences for problems that involve several items at once. */
export const CROSS_MESSAGES = {
  stageTwice: (id: string) => `Two stages share the id "${id}".`,
  momentTwice: (id: string) => `Two moments share the id "${id}".`,
  momentWithoutStage: (title: string) => `The moment "${title}" belongs to a stage that does not exist.`,
  worksheetTwice: (id: string) => `Two worksheets share the id "${id}".`,
  tooManyWorksheets: (max: number) => `A file can hold at most ${max} worksheets.`,
} as const;

/** How each field is named inside its sentences. */
export const FIELD_WORDS = {
  worksheetName: 'the worksheet name',
  customer: 'the customer description',
  stageName: 'the stage name',
  momentTitle: 'the moment title',
  whatHappens: 'the description of what happens',
  kind: 'a kind of moment',
  feeling: 'the feeling',
  impact: 'the impact',
  frequency: 'the frequency',
  evidence: 'the evidence',
  trait: 'trait',
  heart: 'HEART value',
  owner: 'the owner',
  nextAction: 'the next action',
  status: 'a status',
} as const;
