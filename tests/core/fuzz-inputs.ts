// Hostile inputs for tests/core/fuzz-decoders.test.ts: any text, text past a size cap, and mutations
// of a valid sample, both character by character and inside its JSON (wrong types, extra and
// prototype keys, deep nesting, and numbers such as 1e309 that JSON.stringify cannot write).
import fc from 'fast-check';
import { anyText } from './assessment/fixtures';

/** Strings a reader could smuggle into a name or a field. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'NaN',
  'Infinity',
  '1e309',
  '-0',
  '',
  '   ',
  '\u0000',
  '\ud800',
  '\u202e',
  'x'.repeat(5000),
] as const;

// A string value or key holding this marker is swapped for raw JSON text after serialising, so a
// mutation can write what JSON.stringify never would: `__proto__` as a real key, 1e309, -0, deep nests.
const RAW = '\u0001raw:';
const raw = (token: string): string => `${RAW}${token}`;
const deep = (depth: number, open: string, close: string): string => open.repeat(depth) + '0' + close.repeat(depth);

/** Values a mutation may put anywhere in a JSON document. */
const POOL: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  256,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  raw('1e309'),
  raw('-1e309'),
  raw('-0'),
  raw('1e-400'),
  raw('5e0'),
  raw(deep(5000, '[', ']')),
  raw(deep(2000, '{"a":', '}')),
  ...HOSTILE_TEXT,
  [],
  {},
  [null],
  { [raw('"__proto__"')]: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  { [raw('"__proto__"')]: { [raw('"__proto__"')]: { polluted: true } } },
];

/** Keys a mutation may add to any object. */
const KEYS = [
  raw('"__proto__"'),
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'extra',
  '',
  '<script>alert(1)</script>',
  'kind',
  'version',
  'data',
];

/** Serialises a mutated document, writing each marked value or key as its raw text. */
export function serialise(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:((?:[^"\\]|\\.)*)"/g, (_match, token: string) =>
    String(JSON.parse(`"${token}"`)),
  );
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slotsOf(parent: Record<string, unknown> | unknown[], out: Slot[]): Slot[] {
  const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
  for (const key of keys) {
    out.push({ parent, key });
    const child = (parent as Record<string | number, unknown>)[key];
    if (typeof child === 'object' && child !== null) slotsOf(child as Record<string, unknown>, out);
  }
  return out;
}

const OPS = ['replace', 'replace', 'add-key', 'remove', 'wrap', 'duplicate'] as const;
type JsonOp = [op: (typeof OPS)[number], at: number, value: unknown, key: string];

function applyJsonOp(holder: { root: unknown }, [op, at, pooled, key]: JsonOp): void {
  // A copy, so that later mutations never change the shared pool (fast-check replays must match).
  const value = structuredClone(pooled);
  const slots = slotsOf(holder, []);
  const slot = slots[at % slots.length] ?? { parent: holder, key: 'root' };
  const target = slot.parent as Record<string | number, unknown>;
  const current = target[slot.key];
  if (op === 'replace') target[slot.key] = value;
  else if (op === 'wrap') target[slot.key] = [current];
  else if (op === 'duplicate') {
    if (Array.isArray(current)) current.push(structuredClone(current[0] ?? value));
    else target[slot.key] = [current, current];
  } else if (op === 'add-key') {
    if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      (current as Record<string, unknown>)[key] = value;
    } else target[slot.key] = { [key]: value };
  } else if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
  else if (slot.parent !== holder) Reflect.deleteProperty(target, slot.key);
}

const poolValue = fc.oneof(fc.constantFrom(...POOL), anyText(12), fc.double(), fc.integer());

/** One to three JSON-level mutations of a valid JSON sample. */
export function mutateJson(sample: string): fc.Arbitrary<string> {
  const op = fc.tuple(fc.constantFrom(...OPS), fc.nat(), poolValue, fc.constantFrom(...KEYS));
  return fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) => {
    const holder = { root: JSON.parse(sample) as unknown };
    for (const one of ops) applyJsonOp(holder, one);
    return serialise(holder.root);
  });
}

const CHAR_OPS = ['flip', 'replace', 'insert', 'delete', 'truncate', 'duplicate', 'double'] as const;

/** One to four character-level mutations of a sample: bit flips, inserts, deletions, cuts, copies. */
export function mutateText(sample: string): fc.Arbitrary<string> {
  const op = fc.tuple(fc.constantFrom(...CHAR_OPS), fc.nat(), fc.nat({ max: 40 }), anyText(6));
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) =>
    ops.reduce((text, [kind, at, size, piece]) => {
      const i = at % (text.length + 1);
      const [head, tail] = [text.slice(0, i), text.slice(i)];
      if (kind === 'flip') return head + String.fromCharCode(text.charCodeAt(i) ^ (1 << (size % 16))) + tail.slice(1);
      if (kind === 'replace') return head + (piece || '\u0000') + tail.slice(1);
      if (kind === 'insert') return head + piece + tail;
      if (kind === 'delete') return head + tail.slice(size + 1);
      if (kind === 'truncate') return head;
      if (kind === 'duplicate') return head + tail.slice(0, size + 1) + tail;
      return text + text;
    }, sample),
  );
}

const fillers = new Map<string, string>();
// Long runs are built once per cap and joined to random ends, which is cheap (engines join without
// copying), so hundreds of inputs past a 20 MB cap do not cost seconds of string building.
function filler(run: string, length: number): string {
  const key = `${run}:${length}`;
  let text = fillers.get(key);
  if (text === undefined) {
    text = run.repeat(length);
    fillers.set(key, text);
  }
  return text;
}

/** Runs that make a careless regex retry at every position (a run then one other character). */
export const pathological = (cap: number): string[] =>
  [')', '.', '&', '=', '[', '%'].map((run) => `${filler(run, cap + 1)}x`);

/**
 * Text longer than `cap` characters: random ends around a long run, or the valid sample padded. The
 * ends are ASCII because one character beyond Latin-1 doubles the cost of every pass over 20 MB;
 * unicode is what the short-text property is for.
 */
export function pastCap(cap: number, sample: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(' ', ')', '[', 'A'), fc.string({ maxLength: 20 }))
      .map(([head, run, tail]) => `${head}${filler(run, cap + 1)}x${tail}`),
    fc.constant(sample + filler(' ', cap + 1)),
  );
}
