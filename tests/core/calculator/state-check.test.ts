// The hand-written state check must accept and reject exactly what the zod schema does, so pages
// can skip zod without trusting anything the schema would refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseLinkFields } from '../../../src/core/calculator/fragment';
import { getDefaultState, safeParseCalculatorState } from '../../../src/core/calculator/state';
import { calculatorStateSchema } from '../../../src/core/calculator/state-schema';
import { arbitraryState, PROPERTY_TIMEOUT_MS } from './arbitraries';

const oddValues = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  -0,
  0,
  1.5,
  1e20,
  2 ** 53,
  101,
  '20',
  '',
  null,
  undefined,
  true,
  [],
  {},
  'EUR',
  'XXX',
  'en-GB',
  'EN_gb',
  'margin',
  'profit',
);

// Replaces the value at a random path (or adds an unknown key) in a copy of the state.
function damage(state: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(state) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) return copy;
    target = next as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return value;
  target[last] = value;
  return copy;
}

const paths = fc.constantFrom(
  [],
  ['values'],
  ['levers'],
  ['currency'],
  ['locale'],
  ['extra'],
  ...Object.keys(getDefaultState().values).map((key) => ['values', key]),
  ...Object.keys(getDefaultState().levers).map((key) => ['levers', key]),
  ['values', 'unknown'],
);

describe('safeParseCalculatorState', () => {
  it(
    'agrees with calculatorStateSchema on valid and damaged states',
    () => {
      fc.assert(
        fc.property(arbitraryState, paths, oddValues, fc.boolean(), (state, path, value, damaged) => {
          const input = damaged ? damage(state, path, value) : state;
          const expected = calculatorStateSchema.safeParse(input);
          const actual = safeParseCalculatorState(input);
          expect(actual.success).toBe(expected.success);
          if (actual.success && expected.success) expect(actual.data).toStrictEqual(expected.data);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('names the field it refuses', () => {
    const result = safeParseCalculatorState(damage(getDefaultState(), ['values', 'horizonYears'], 21));
    expect(result).toEqual({
      success: false,
      error: { issues: [{ path: ['values', 'horizonYears'], message: 'Expected a number from 1 to 20.' }] },
    });
  });

  it('drops keys it does not know, as zod does', () => {
    const result = safeParseCalculatorState({ ...getDefaultState(), extra: 1 });
    expect(result).toEqual({ success: true, data: getDefaultState() });
  });
});

describe('safeParseLinkFields', () => {
  it.each([
    [{ c: '1', h: '5' }, true],
    [{}, true],
    [{ c: 1 }, false],
    [['c'], false],
    [null, false],
    ['c=1', false],
  ])('checks %j', (data, ok) => {
    expect(safeParseLinkFields(data).success).toBe(ok);
  });

  it('never copies a __proto__ key onto the result', () => {
    const result = safeParseLinkFields(JSON.parse('{"__proto__":"x","c":"1"}'));
    expect(result).toEqual({ success: true, data: { c: '1' } });
  });
});
