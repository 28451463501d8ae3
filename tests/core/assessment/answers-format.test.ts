// The hand-written answers check must agree with answersSchema on every input, valid or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../src/core/assessment/answers';
import { answersFormat, safeParseAnswers } from '../../../src/core/assessment/answers-format';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';

const answerLike = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5, 'dk', 0, 6, 2.5, -1, '3', 'DK', null, true),
  fc.jsonValue({ maxDepth: 1 }),
);
const keyLike = fc.oneof(fc.string({ minLength: 0, maxLength: 90 }), fc.constantFrom('__proto__', 'constructor', ''));
const answersLike = fc.dictionary(keyLike, answerLike, { maxKeys: 12 });

describe('safeParseAnswers', () => {
  it('accepts and rejects exactly what answersSchema does, with the same data', () => {
    fc.assert(
      fc.property(fc.oneof(answersLike, fc.jsonValue()), (input) => {
        const zod = answersSchema.safeParse(input);
        const light = safeParseAnswers(input);
        expect(light.success).toBe(zod.success);
        if (light.success && zod.success) expect(light.data).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['an empty object', {}, true],
    ['ratings and don’t know', { 'a-1': 1, 'a-2': 'dk', 'b-1': 5 }, true],
    ['an array', [1, 2], false],
    ['null', null, false],
    ['a rating out of range', { 'a-1': 6 }, false],
    ['a rating as text', { 'a-1': '3' }, false],
    ['an empty item id', { '': 3 }, false],
    ['an item id over 80 characters', { ['x'.repeat(81)]: 3 }, false],
  ])('%s → valid: %s', (_name, input, valid) => {
    expect(safeParseAnswers(input).success).toBe(valid);
  });

  it('drops a "__proto__" key without touching the prototype', () => {
    const parsed = safeParseAnswers(JSON.parse('{"__proto__": {"polluted": 1}, "a-1": 2}'));
    expect(parsed.success && Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
    expect(parsed.success && parsed.data).toEqual({ 'a-1': 2 });
  });
});

describe('answersFormat', () => {
  it('round-trips answers through the versioned envelope', () => {
    const answers = { 'a-1': 4, 'a-2': 'dk' } as const;
    expect(decodeVersioned(answersFormat, encodeVersioned(answersFormat, answers))).toEqual({
      status: 'ok',
      value: answers,
    });
  });

  it('says where stored answers went wrong', () => {
    const text = JSON.stringify({ kind: answersFormat.kind, version: 1, data: { 'a-1': 9 } });
    const decoded = decodeVersioned(answersFormat, text);
    expect(decoded.status).toBe('invalid');
    expect(decoded.status === 'invalid' && decoded.reason).toMatch(/at a-1: an answer must be 1, 2, 3, 4, 5/);
  });

  it('refuses answers saved by a newer version', () => {
    const text = JSON.stringify({ kind: answersFormat.kind, version: 2, data: {} });
    expect(decodeVersioned(answersFormat, text).status).toBe('newer');
  });
});
