// A small validation kit that decides exactly what this folder's zod schemas decide, for formats the
// browser reads at load: zod costs about 24 KB gzip on a page whose whole budget is 30 KB. Each check
// returns the value zod would output (strings trimmed where the schema trims) or throws a
// CheckFailure with the path and a reason. Zod 4 measures strings in code points and reads object
// properties by name, refusing own keys it does not know (`.strict()`); the kit does the same.
// tests/core/assessment/workshop-check.test.ts holds each checker to its zod schema with property tests.
import type { Validator } from '../versioned';
import { isIsoDate } from './iso-date';

/** A value that failed a check: where, and why. */
export class CheckFailure extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** Zod's safeParse result shape, which is all decodeVersioned reads. */
export type SafeParse<T> =
  { success: true; data: T } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } };

/** Runs a check like zod's safeParse; never throws. */
export function safeParseWith<T>(check: (value: unknown) => T, value: unknown): SafeParse<T> {
  try {
    return { success: true, data: check(value) };
  } catch (error) {
    if (error instanceof CheckFailure)
      return { success: false, error: { issues: [{ path: error.path, message: error.message }] } };
    return { success: false, error: { issues: [{ path: [], message: 'the data could not be checked' }] } };
  }
}

/** Wraps a check as the `schema` of a FormatSpec. */
export function asValidator<T>(check: (value: unknown) => T): Validator<T> {
  return { safeParse: (value: unknown) => safeParseWith(check, value) };
}

/** Path of a value during a check. */
export type Path = (string | number)[];

const failAt = (path: Path, message: string): never => {
  throw new CheckFailure(path, message);
};

/** Length in code points, as zod 4 measures strings (a lone surrogate counts as one). */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** An object with exactly these keys allowed (zod's `.strict()`); returns a reader for its fields. */
export function strictObject(value: unknown, path: Path, keys: readonly string[]): (key: string) => unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) failAt(path, 'expected an object');
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !keys.includes(key));
  if (unknown !== undefined) failAt(path, `unrecognised key "${unknown}"`);
  return (key) => record[key];
}

/** A string, optionally trimmed first, with a length in code points and an optional pattern. */
export function checkString(
  value: unknown,
  path: Path,
  rules: { trim?: boolean; min?: number; max?: number; pattern?: RegExp } = {},
): string {
  if (typeof value !== 'string') return failAt(path, 'expected a string');
  const text = rules.trim ? value.trim() : value;
  const length = codePoints(text);
  if (rules.min !== undefined && length < rules.min) failAt(path, `expected at least ${rules.min} characters`);
  if (rules.max !== undefined && length > rules.max) failAt(path, `expected at most ${rules.max} characters`);
  if (rules.pattern && !rules.pattern.test(text)) failAt(path, 'the text has the wrong form');
  return text;
}

/** A finite number in a range; `integer` asks for a safe integer, as zod's `.int()` does. */
export function checkNumber(
  value: unknown,
  path: Path,
  rules: { min?: number; max?: number; integer?: boolean },
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return failAt(path, 'expected a number');
  if (rules.integer && !Number.isSafeInteger(value)) failAt(path, 'expected a whole number');
  if (rules.min !== undefined && value < rules.min) failAt(path, `expected ${rules.min} or more`);
  if (rules.max !== undefined && value > rules.max) failAt(path, `expected ${rules.max} or less`);
  return value;
}

/** One of a fixed list of values. */
export function checkOneOf<T>(value: unknown, path: Path, options: readonly T[]): T {
  if (!options.includes(value as T)) failAt(path, `expected one of ${options.join(', ')}`);
  return value as T;
}

/** True or false. */
export function checkBoolean(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') failAt(path, 'expected true or false');
  return value as boolean;
}

/** A calendar date written yyyy-mm-dd. */
export function checkIsoDate(value: unknown, path: Path): string {
  if (typeof value !== 'string') return failAt(path, 'expected a string');
  if (!isIsoDate(value)) failAt(path, 'write the date as yyyy-mm-dd, for example 2025-03-31');
  return value;
}

/** An array of at most `max` items, each checked (a hole is read as undefined, as zod does). */
export function checkArray<T>(value: unknown, path: Path, max: number, item: (v: unknown, p: Path) => T): T[] {
  if (!Array.isArray(value)) return failAt(path, 'expected a list');
  const list = value as unknown[];
  if (list.length > max) failAt(path, `expected at most ${max} items`);
  const out: T[] = [];
  for (let index = 0; index < list.length; index += 1) out.push(item(list[index], [...path, index]));
  return out;
}

/** Null, or a value that passes the check. */
export function orNull<T>(value: unknown, path: Path, check: (v: unknown, p: Path) => T): T | null {
  return value === null ? null : check(value, path);
}
