// The stored format of one person's answers in progress. Pages that ask questions must check stored
// answers the moment they load, and zod costs about 19 KB gzip there (most of a 30 KB page budget),
// so this format checks them by hand. It accepts and rejects exactly what answersSchema does; a
// property test in tests/core/assessment/answers-format.test.ts holds the two together.
import type { FormatSpec } from '../versioned';
import { isAnswer, type Answer, type Answers } from './answers';

/** What decodeVersioned needs from a schema: zod's safeParse result shape. */
type SafeParse<T> =
  { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function fail(path: PropertyKey[], message: string): SafeParse<never> {
  return { success: false, error: { issues: [{ path, message }] } };
}

/** Validates answers like answersSchema.safeParse: a plain object of item id (1-80 characters) to answer. */
export function safeParseAnswers(data: unknown): SafeParse<Answers> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([], 'expected an object of answers');
  }
  const clean: [string, Answer][] = [];
  for (const [key, value] of Object.entries(data)) {
    // Like zod, a "__proto__" key is dropped, never checked or copied.
    if (key === '__proto__') continue;
    if (key.length < 1 || key.length > 80) return fail([key], 'an item id must be 1 to 80 characters');
    if (!isAnswer(value)) return fail([key], 'an answer must be 1, 2, 3, 4, 5 or "dk"');
    clean.push([key, value]);
  }
  return { success: true, data: Object.fromEntries(clean) };
}

/** Answers in progress as stored on the device (format `accueil.assessment-answers`, version 1). */
export const answersFormat: FormatSpec<Answers> = {
  kind: 'accueil.assessment-answers',
  version: 1,
  schema: { safeParse: safeParseAnswers },
  maxChars: 100_000,
};
