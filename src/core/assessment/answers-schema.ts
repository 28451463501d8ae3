// Zod schemas for answers as stored or imported, kept apart from the answer helpers in answers.ts so
// that code using only the helpers does not bring zod into a page. Marked pure for the same reason.
import { z } from 'astro/zod';

/** Validates one answer as stored or imported. */
export const answerSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.literal([1, 2, 3, 4, 5]),
  /* @__PURE__ */ z.literal('dk'),
]);

/** Validates a set of answers as stored or imported (item ids are checked against an assessment separately). */
export const answersSchema = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().min(1).max(80), answerSchema);
