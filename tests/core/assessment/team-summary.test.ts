import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/assessment/answers';
import { discussionPrompts } from '../../../src/core/assessment/discussion';
import { median, medianAbsoluteSpread } from '../../../src/core/assessment/stats';
import { canRevealBreakdown, discloseDimension, summariseTeam } from '../../../src/core/assessment/team-summary';
import { small, three } from './fixtures';

// Dimension scores per person (hand-worked):
//   Alpha: 1, 2, 4, 5      Beta: 3, 3, 3, 4      Gamma: —, 4.5, 4, 1.5
const team: { answers: Answers }[] = [
  { answers: { 'a-1': 1, 'a-2': 1, 'a-3': 1, 'b-1': 3, 'c-1': 'dk', 'c-2': 'dk' } },
  { answers: { 'a-1': 2, 'b-1': 3, 'b-2': 3, 'b-3': 3, 'c-1': 4, 'c-2': 5 } },
  { answers: { 'a-1': 4, 'a-2': 4, 'a-3': 4, 'b-1': 3, 'c-3': 4 } },
  { answers: { 'a-2': 5, 'b-3': 4, 'c-1': 1, 'c-2': 2 } },
];

describe('summariseTeam', () => {
  const summary = summariseTeam(three, team);

  it.each([
    // median (2+4)/2 = 3; disagreement (2+1+1+2)/4 = 1.5
    ['a', { scores: [1, 2, 4, 5], n: 4, lowCount: 2, min: 1, max: 5, range: 4, median: 3, disagreement: 1.5 }],
    // disagreement (0+0+0+1)/4 = 0.25
    ['b', { scores: [3, 3, 3, 4], n: 4, lowCount: 0, min: 3, max: 4, range: 1, median: 3, disagreement: 0.25 }],
    // the don't-know-only person is left out: n 3, median 4, disagreement (2.5+0+0.5)/3 = 1
    ['c', { scores: [1.5, 4, 4.5], n: 3, lowCount: 1, min: 1.5, max: 4.5, range: 3, median: 4, disagreement: 1 }],
  ])('summarises dimension %s', (id, expected) => {
    expect(summary.dimensions.find((d) => d.id === id)).toMatchObject(expected);
  });

  it('counts everyone merged, and sorts by disagreement and by median', () => {
    expect(summary.participantCount).toBe(4);
    expect(summary.byDisagreement.map((d) => d.id)).toEqual(['a', 'c', 'b']);
    // Alpha and Beta share a median of 3; Alpha's lower minimum puts it first.
    expect(summary.byMedian.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('uses reverse scoring and keeps fractional means', () => {
    // a-3 is reversed: Alpha = (4 + 4 + (6 - 1)) / 3 = 13/3 for one person, 2 for the other two.
    const trio = summariseTeam(small, [
      { answers: { 'a-1': 4, 'a-2': 4, 'a-3': 1 } },
      { answers: { 'a-1': 2 } },
      { answers: { 'a-1': 2 } },
    ]);
    expect(trio.dimensions[0]?.median).toBe(2);
    expect(trio.dimensions[0]?.range).toBeCloseTo(13 / 3 - 2, 10);
  });

  it('gives nulls, not NaN, for a dimension nobody rated, and leaves it out of the sorted views', () => {
    const rated = { answers: { 'a-1': 3 } } as const;
    const empty = summariseTeam(three, [rated, rated, rated]);
    expect(empty.dimensions[1]).toMatchObject({
      n: 0,
      scores: [],
      min: null,
      max: null,
      range: null,
      median: null,
      disagreement: null,
    });
    expect(empty.byMedian.map((d) => d.id)).toEqual(['a']);
    expect(empty.byDisagreement.map((d) => d.id)).toEqual(['a']);
  });

  it('breaks full ties by assessment order', () => {
    const tied = summariseTeam(three, [
      { answers: { 'a-1': 2, 'b-1': 2, 'c-1': 2 } },
      { answers: { 'a-1': 4, 'b-1': 4, 'c-1': 4 } },
      { answers: { 'a-1': 3, 'b-1': 3, 'c-1': 3 } },
    ]);
    expect(tied.byDisagreement.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(tied.byMedian.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('only allows the breakdown of a dimension rated by at least three people', () => {
    expect(summary.dimensions.map((d) => d.reveal.allowed)).toEqual([true, true, true]);
    const pair = summariseTeam(three, team.slice(0, 2));
    expect(pair.dimensions.map((d) => d.reveal.allowed)).toEqual([false, false, false]);
  });
});

describe('statistics', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[3], 3, 0],
    [[2, 3, 5], 3, 1],
    [[5, 1, 4, 2], 3, 1.5],
    [[1, 1, 1, 5], 1, 1],
    [[2, 2, 2, 2, 4, 4, 4, 4], 3, 1],
    [[1, 3, 3, 3, 3, 3, 3, 3, 3], 3, 2 / 9],
  ])('%j has median %s and disagreement %s', (values, expectedMedian, expectedSpread) => {
    expect(median(values)).toBe(expectedMedian);
    if (expectedSpread === null) expect(medianAbsoluteSpread(values)).toBeNull();
    else expect(medianAbsoluteSpread(values)).toBeCloseTo(expectedSpread, 10);
  });

  it('keeps the median between min and max and the disagreement between 0 and half the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const m = median(values) ?? Number.NaN;
        const spread = medianAbsoluteSpread(values) ?? Number.NaN;
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        expect(m).toBeGreaterThanOrEqual(lo);
        expect(m).toBeLessThanOrEqual(hi);
        expect(spread).toBeGreaterThanOrEqual(0);
        expect(spread).toBeLessThanOrEqual((hi - lo) / 2 + 1e-9);
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe('canRevealBreakdown', () => {
  it.each<[number, boolean, RegExp | null]>([
    [0, false, /^Nobody has rated this yet; individual scores stay hidden until at least 3 people have/],
    [1, false, /^Only 1 person has rated this so far/],
    [2, false, /^Only 2 people have rated this so far/],
    [3, true, null],
    [12, true, null],
  ])('for %i people: %s', (n, allowed, reason) => {
    const decision = canRevealBreakdown(n);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed && reason) expect(decision.reason).toMatch(reason);
  });
});

describe('discussionPrompts', () => {
  it('asks about the two most contested and the two lowest dimensions, by label', () => {
    const prompts = discussionPrompts(summariseTeam(three, team));
    expect(prompts.map((p) => [p.kind, p.dimensionId])).toEqual([
      ['contested', 'a'],
      ['contested', 'c'],
      ['weak', 'a'],
      ['weak', 'b'],
    ]);
    expect(prompts[0]?.text).toMatch(/^People see Alpha differently: scores run from 1\.0 to 5\.0\./);
    expect(prompts[2]?.text).toMatch(
      /^Alpha is one of the team's lower-rated dimensions \(median 3\.0; 2 of 4 people rated it 2 or lower\)/,
    );
  });

  it('calls a median of 2.5 or less low, and leaves out agreed dimensions', () => {
    const answers: Answers = { 'a-1': 2, 'b-1': 4, 'c-1': 5 };
    const agreeing = [1, 2, 3].map(() => ({ answers }));
    const prompts = discussionPrompts(summariseTeam(three, agreeing));
    expect(prompts.filter((p) => p.kind === 'contested')).toEqual([]);
    expect(prompts[0]?.text).toMatch(/^The team rates Alpha low \(median 2\.0; 3 of 3 people rated it 2 or lower\)/);
  });

  it('names no dimension that too few people rated, in any prompt', () => {
    const pair = summariseTeam(three, [{ answers: { 'a-1': 1 } }, { answers: { 'a-1': 5 } }]);
    expect(discussionPrompts(pair)).toEqual([]);
    // Five people, but only one rated Beta (low) and two rated Gamma: neither may be talked about.
    const five = [1, 2, 3, 4, 5].map((n) => ({
      answers: { 'a-1': n, ...(n === 1 ? { 'b-1': 1 } : {}), ...(n <= 2 ? { 'c-1': 1 } : {}) } as Answers,
    }));
    const texts = discussionPrompts(summariseTeam(three, five)).map((p) => p.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toMatch(/Beta|Gamma/);
  });
});

describe('discloseDimension', () => {
  it('keeps nothing but the label and the number of raters below the threshold', () => {
    const one = summariseTeam(three, [{ answers: { 'a-1': 1, 'b-1': 2 } }, { answers: { 'a-1': 2 } }]);
    for (const d of one.dimensions) {
      expect(d.reveal.allowed).toBe(false);
      expect(d).toMatchObject({ scores: [], lowCount: 0, min: null, max: null, median: null, range: null });
      expect(d.disagreement).toBeNull();
    }
    expect(one.dimensions.map((d) => d.n)).toEqual([2, 1, 0]);
    expect(one.byMedian).toEqual([]);
    expect(one.byDisagreement).toEqual([]);
  });

  it('passes a dimension rated by three or more people through whole', () => {
    const d = summariseTeam(three, team).dimensions[2];
    expect(d && discloseDimension(d)).toEqual(d);
  });
});
