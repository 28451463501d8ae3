// What a person said about each statement. An item with no entry is unanswered; "don't know" is an
// explicit answer that is never scored, so neither can drag a score towards zero.
import * as z from '../zod';
import type { Assessment, AssessmentItem } from '../../schemas/assessment';
import type { FormatSpec } from '../versioned';

/** A rating on the 1-5 scale, before reverse scoring. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** One answer: a rating, or `'dk'` for "don't know". */
export type Answer = Rating | 'dk';

/** Answers keyed by item id; an item that is missing is unanswered. */
export type Answers = Readonly<Record<string, Answer>>;

/** Validates one answer as stored or imported. */
const answerSchema = z.literal([1, 2, 3, 4, 5, 'dk']);

/** Validates a set of answers as stored or imported (item ids are checked against an assessment separately). */
export const answersSchema = z.record(z.string().check(z.minLength(1), z.maxLength(80)), answerSchema);

/** Answers in progress as stored on the device (format `accueil.assessment-answers`, version 1). */
export const answersFormat: FormatSpec<Answers> = {
  kind: 'accueil.assessment-answers',
  version: 1,
  schema: answersSchema,
  maxChars: 100_000,
};

/** An item together with the dimension it belongs to and its position in the assessment. */
export interface OrderedItem {
  /** The item as written in the assessment. */
  item: AssessmentItem;
  /** Index of its dimension in `assessment.dimensions`. */
  dimensionIndex: number;
  /** Position of the item across the whole assessment (the share-code order). */
  position: number;
}

/** True when the value is a rating from 1 to 5. */
export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** True when the value is a rating or "don't know". */
export function isAnswer(value: unknown): value is Answer {
  return value === 'dk' || isRating(value);
}

/** Lists every item in the order the assessment asks them, which is also the share-code order. */
export function listItems(assessment: Assessment): OrderedItem[] {
  const items: OrderedItem[] = [];
  assessment.dimensions.forEach((dimension, dimensionIndex) => {
    for (const item of dimension.items) items.push({ item, dimensionIndex, position: items.length });
  });
  return items;
}

/** Reads the answer to one item; anything that is not a valid answer counts as unanswered. */
export function readAnswer(answers: Answers, itemId: string): Answer | undefined {
  // Stored answers may come from an old or hand-edited file, so the value is checked, not trusted.
  const value: unknown = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
  return isAnswer(value) ? value : undefined;
}

/** Returns new answers with one item set, or cleared back to unanswered when `answer` is null. */
export function setAnswer(answers: Answers, itemId: string, answer: Answer | null): Answers {
  if (answer === null) return Object.fromEntries(Object.entries(answers).filter(([id]) => id !== itemId));
  return { ...answers, [itemId]: answer };
}

/** Keeps only valid answers to items this assessment asks, in item order. */
export function cleanAnswers(assessment: Assessment, answers: Answers): Answers {
  const clean: Record<string, Answer> = {};
  for (const { item } of listItems(assessment)) {
    const answer = readAnswer(answers, item.id);
    if (answer !== undefined) clean[item.id] = answer;
  }
  return clean;
}

/** The score an answer contributes after reverse scoring, or null for "don't know" and unanswered. */
export function scoreAnswer(item: AssessmentItem, answer: Answer | undefined): number | null {
  if (!isRating(answer)) return null;
  return item.reverse ? 6 - answer : answer;
}
