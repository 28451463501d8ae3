// The search filters' arithmetic: OR within a group, AND across groups, and each value's count
// taken with the other groups' choices only, so ticking a value never changes its own group.
import { describe, expect, it } from 'vitest';
import { countFilters, passes } from '../../src/scripts/search-filters';

const page = (family: string[], audience: string[]) => ({ filters: { family, audience } });
const found = [
  page(['HEART values'], ['leaders']),
  page(['HEART values'], ['facilitators']),
  page(['Practices'], ['leaders']),
  page(['The three myths'], ['leaders', 'facilitators']),
];
const totals = {
  family: { 'HEART values': 5, Practices: 9, 'The three myths': 3 },
  audience: { leaders: 20, facilitators: 12 },
};

describe('passes', () => {
  it('passes everything with nothing chosen', () => {
    expect(found.every((p) => passes(p, {}))).toBe(true);
  });
  it('is OR within a group and AND across groups', () => {
    const selection = { family: ['HEART values', 'Practices'], audience: ['leaders'] };
    expect(found.map((p) => passes(p, selection))).toEqual([true, false, true, false]);
  });
  it('ignores the group it is told to skip', () => {
    expect(
      passes(page(['Practices'], ['leaders']), { family: ['HEART values'], audience: ['leaders'] }, 'family'),
    ).toBe(true);
  });
});

describe('countFilters', () => {
  it('counts the found pages per value when nothing is chosen', () => {
    expect(countFilters(found, totals, {})).toEqual({
      family: { 'HEART values': 2, Practices: 1, 'The three myths': 1 },
      audience: { leaders: 3, facilitators: 2 },
    });
  });
  it('counts each group with the other groups’ choices only', () => {
    const counts = countFilters(found, totals, { family: ['HEART values'] });
    // Family counts ignore the family choice; audience counts only the HEART pages.
    expect(counts.family).toEqual({ 'HEART values': 2, Practices: 1, 'The three myths': 1 });
    expect(counts.audience).toEqual({ leaders: 1, facilitators: 1 });
  });
  it('gives zero, never a missing count, for a value no found page has', () => {
    expect(countFilters([], totals, {}).family).toEqual({ 'HEART values': 0, Practices: 0, 'The three myths': 0 });
  });
});
