import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/assessment/answers';
import { findResumeStep, measureProgress } from '../../../src/core/assessment/progress';
import { three } from './fixtures';

describe('progress', () => {
  it.each<[string, Answers, number | null, number, boolean[]]>([
    ['nothing yet', {}, 0, 0, [false, false, false]],
    ['first step done', { 'a-1': 1, 'a-2': 2, 'a-3': 3 }, 1, 3 / 9, [true, false, false]],
    // Don't know counts as answered: the person responded.
    ['first step done with a don’t know', { 'a-1': 'dk', 'a-2': 2, 'a-3': 3 }, 1, 3 / 9, [true, false, false]],
    [
      'a gap left in step 1 after finishing step 2',
      { 'a-1': 1, 'a-3': 3, 'b-1': 1, 'b-2': 1, 'b-3': 1 },
      0,
      5 / 9,
      [false, true, false],
    ],
    [
      'everything answered',
      { 'a-1': 1, 'a-2': 1, 'a-3': 1, 'b-1': 'dk', 'b-2': 1, 'b-3': 1, 'c-1': 5, 'c-2': 5, 'c-3': 5 },
      null,
      1,
      [true, true, true],
    ],
  ])('%s: resumes at %s', (_label, answers, resume, share, complete) => {
    expect(findResumeStep(three, answers)).toBe(resume);
    expect(measureProgress(three, answers).share).toBeCloseTo(share, 10);
    expect(measureProgress(three, answers).steps.map((s) => s.complete)).toEqual(complete);
    expect(measureProgress(three, answers).complete).toBe(resume === null);
  });

  it('ignores answers to items the assessment does not ask', () => {
    expect(measureProgress(three, { 'zz-1': 3, 'a-1': 2 })).toMatchObject({ answered: 1, total: 9 });
  });
});
