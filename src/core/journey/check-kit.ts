// A tiny validation kit that reproduces what the zod schemas in model.ts and storage.ts decide, for
// the browser: zod costs about 25 KB gzip on a page whose whole budget is 30 KB. Each checker returns
// the value zod would output (unknown keys dropped, defaults filled) or the FIRST issue zod would
// report, with the same path and sentence. Zod 4's order is: a wrong type stops that value; an array
// over its maximum is refused before its items are read; strings are measured in code points; then
// each key or item in order; then refinements. tests/core/journey/check.test.ts holds the two
// together with property tests, so a zod upgrade that changes any of this fails loudly.

/** Where a value failed and why, as zod reports its first issue. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** The outcome of a check. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** Checks an unknown value. */
export type Checker<T> = (value: unknown) => Checked<T>;

/** A passing check. */
export const pass = <T>(value: T): Checked<T> => ({ ok: true, value });

/** A failing check at `path`. */
export const fail = (message: string, path: (string | number)[] = []): { ok: false; issue: Issue } => ({
  ok: false,
  issue: { path, message },
});

/** The same failure one level deeper, at `key`. */
export const within = (key: string | number, failed: { issue: Issue }): { ok: false; issue: Issue } =>
  fail(failed.issue.message, [key, ...failed.issue.path]);

/** How zod's English messages name the type of a value it did not expect. */
export function receivedType(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    const ctor = (value as { constructor?: { name?: unknown } }).constructor;
    if (proto !== Object.prototype && 'constructor' in value && ctor && typeof ctor.name === 'string') return ctor.name;
  }
  return typeof value;
}

/** Zod's own sentence for a value of the wrong type, used where the schema gives none. */
export const wrongType = (expected: string, value: unknown) =>
  `Invalid input: expected ${expected}, received ${receivedType(value)}`;

/** Length in code points, as zod 4 measures strings (a lone surrogate counts as one). */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

/** Text of at most `max` code points; `empty` set means it must not be blank. */
export function text(messages: { type: string; max: string; empty?: string }, max: number): Checker<string> {
  return (value) => {
    if (typeof value !== 'string') return fail(messages.type);
    if (codePoints(value) > max) return fail(messages.max);
    if (messages.empty !== undefined && value.trim() === '') return fail(messages.empty);
    return pass(value);
  };
}

/** A safe whole number from `min` to `max` (zod's int: finite, integral, within ±2^53). */
export function wholeNumber(message: string, min = -Infinity, max = Infinity): Checker<number> {
  return (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
      ? pass(value)
      : fail(message);
}

/** One of a fixed list of words. */
export function oneOf<T extends string>(values: readonly T[], message: string): Checker<T> {
  return (value) => ((values as readonly unknown[]).includes(value) ? pass(value as T) : fail(message));
}

/** A string matching a pattern, then at most `max` code points. */
export function pattern(
  messages: { type: string; pattern: string; max: string },
  re: RegExp,
  max: number,
): Checker<string> {
  return (value) => {
    if (typeof value !== 'string') return fail(messages.type);
    if (!re.test(value)) return fail(messages.pattern);
    if (codePoints(value) > max) return fail(messages.max);
    return pass(value);
  };
}

/** A list: refused whole when longer than `max`, otherwise checked item by item. */
export function list<T>(
  item: Checker<T>,
  options: { type: string | ((value: unknown) => string); max: number; tooMany: string },
): Checker<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return fail(typeof options.type === 'string' ? options.type : options.type(value));
    if (value.length > options.max) return fail(options.tooMany);
    const out: T[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const checked = item(value[i]);
      if (!checked.ok) return within(i, checked);
      out.push(checked.value);
    }
    return pass(out);
  };
}

/** The checkers of an object's keys, in the order zod reads them. */
export type Shape<T> = { [K in keyof T]: Checker<T[K]> };

/** A plain object: each key of the shape checked in order; keys not in the shape are dropped. */
export function object<T>(shape: Shape<T>, typeMessage: string | ((value: unknown) => string)): Checker<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(typeof typeMessage === 'string' ? typeMessage : typeMessage(value));
    }
    const out = {} as T;
    for (const key of keys) {
      const checked = shape[key]((value as Record<string, unknown>)[key]);
      if (!checked.ok) return within(key, checked);
      out[key] = checked.value;
    }
    return pass(out);
  };
}

/** Adds a cross-field rule that runs once every key passed, like zod's superRefine. */
export function refine<T>(base: Checker<T>, rule: (value: T) => Issue | undefined): Checker<T> {
  return (value) => {
    const checked = base(value);
    if (!checked.ok) return checked;
    const issue = rule(checked.value);
    return issue ? { ok: false, issue } : checked;
  };
}

/** Zod's safeParse result shape, so a checker can stand in for a schema in a FormatSpec. */
export type SafeParse<T> =
  { success: true; data: T } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } };

/** Runs a checker and answers like zod's safeParse. */
export function safeParseWith<T>(check: Checker<T>, value: unknown): SafeParse<T> {
  const checked = check(value);
  return checked.ok ? { success: true, data: checked.value } : { success: false, error: { issues: [checked.issue] } };
}
