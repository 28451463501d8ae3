// Text and size limits of a worksheet, which the schemas in model.ts enforce and the editing
// screens show.

/** Text and size limits; they keep files small and screens readable. */
export const LIMITS = {
  id: 64,
  worksheetName: 120,
  customer: 500,
  stageName: 80,
  momentTitle: 120,
  whatHappens: 1000,
  owner: 80,
  nextAction: 500,
  stages: 12,
  moments: 200,
  pinReason: 200,
  /** The most codes one scoring session takes. */
  sessionPeople: 200,
} as const;

/** The most worksheets a person can create on one device. */
export const MAX_WORKSHEETS = 100;
/** Room above MAX_WORKSHEETS so that merging two tabs' collections never makes stored data unreadable. */
export const MAX_STORED_WORKSHEETS = 500;
/** The most deletion records kept; the oldest go first. */
export const MAX_TOMBSTONES = 2000;
/** The largest file accepted for import, in characters (about 2 MB); exports of even large worksheets are far smaller. */
export const IMPORT_MAX_CHARS = 2_000_000;

/** A text's length as the limits count it: in code points, as zod measures strings. */
export function codePoints(text: string): number {
  return Array.from(text).length;
}
