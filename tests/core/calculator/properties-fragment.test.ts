import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { calculatorStateSchema } from '../../../src/core/calculator/state-format';
import { arbitraryState, PROPERTY_TIMEOUT_MS } from './arbitraries';

describe('URL fragment', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        expect(decodeCalculatorState(encodeCalculatorState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and always gives a valid state', () => {
    const keys = ['v', 'c', 'cpc', 'ws', 'aw', 'h', 'vb', 'lv', 'cur', 'lc', 'imp', '__proto__', 'x'];
    const structured = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String))), { maxLength: 30 })
      .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 3000 }), structured), (fragment) => {
        const decoded = decodeCalculatorState(fragment);
        expect(calculatorStateSchema.safeParse(decoded.state).success).toBe(true);
        expect(decoded.notice === undefined || decoded.notice.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
