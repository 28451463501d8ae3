// Links made before ranges existed open exactly as they did: each decodes to the state and notice
// recorded in the snapshot, which was written by the calculator before ranges were added.
import { describe, expect, it } from 'vitest';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { LEVER_INPUTS } from '../../../src/core/calculator/levers';

const OLD_LINKS = [
  'v=1&c=20000&cpc=3&ws=60&aw=8&ht=7&ch=15&sc=37&val=250&ac=300&mul=6.5&kc=50&hc=40&st=30&rc=8000&h=5&vb=margin&am=multiple&lv=lost-value&cur=EUR&lc=en-GB&imp=20,30,10',
  'v=1&c=12345&cpc=2.5&ws=45&aw=12&ht=6&ch=18&sc=40&val=410&ac=410&mul=5&kc=60&hc=25&st=22&rc=6500&h=3&vb=revenue&am=amount&lv=replacement&cur=GBP&lc=de-DE&imp=40,30,10',
  'v=1&c=5000&h=3&cur=USD&lc=en-US',
  'v=1&c=abc&h=5&zz=1',
  'v=1&c=-5&h=5',
  'v=1&lc=fr-FR&cur=EUR',
  'v=1&c=1e309&cpc=12%2C5&imp=abc,30,10',
  // A link from a version newer than the calculator (version 2 is now the calculator's own).
  'v=3&c=5000',
  'results',
];

describe('links made before ranges', () => {
  for (const link of OLD_LINKS) {
    it(`opens ${link.slice(0, 40)}… as before, and writes it back without ranges`, () => {
      const decoded = decodeCalculatorState(`#${link}`);
      // Failure demand came later (link version 2): an older link has none, so every figure is as it was.
      const { failureDemandShare, ...values } = decoded.state.values;
      const { failureDemandReduction, ...levers } = decoded.state.levers;
      expect(failureDemandShare).toBe(0);
      expect(failureDemandReduction).toBe(LEVER_INPUTS.failureDemandReduction.default);
      expect({ ...decoded, state: { ...decoded.state, values, levers } }).toMatchSnapshot();
      expect(encodeCalculatorState(decoded.state)).not.toContain('rg=');
    });
  }
});
