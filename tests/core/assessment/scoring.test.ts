import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../../src/core/assessment/answers';
import { cleanAnswers, setAnswer } from '../../../src/core/assessment/answers';
import {
  countAnswers,
  describeAnswerCounts,
  scoreAssessment,
  weakDimensions,
} from '../../../src/core/assessment/scoring';
import { sevenTraits, small, three } from './fixtures';

type Row = [
  string,
  Answers,
  { a: number | null; b: number | null },
  { answered: number[]; dk: number[]; unanswered: number[] },
];

describe('scoreAssessment', () => {
  it.each<Row>([
    // a-3 is reverse scored: 2 counts as 4, so Alpha = (5 + 3 + 4) / 3 = 4; Beta = (1 + 2 + 3) / 3 = 2.
    [
      'all answered',
      { 'a-1': 5, 'a-2': 3, 'a-3': 2, 'b-1': 1, 'b-2': 2, 'b-3': 3 },
      { a: 4, b: 2 },
      { answered: [3, 3], dk: [0, 0], unanswered: [0, 0] },
    ],
    // Don't know and unanswered are left out, not scored as zero: Alpha is 4, not 4/3.
    [
      'a gap and a don’t know',
      { 'a-1': 4, 'a-2': 'dk', 'b-1': 5, 'b-2': 4 },
      { a: 4, b: 4.5 },
      { answered: [1, 2], dk: [1, 0], unanswered: [1, 1] },
    ],
    [
      'only don’t know in Beta',
      { 'a-1': 1, 'a-3': 1, 'b-1': 'dk', 'b-2': 'dk', 'b-3': 'dk' },
      { a: 3, b: null },
      { answered: [2, 0], dk: [0, 3], unanswered: [1, 0] },
    ],
    ['nothing answered', {}, { a: null, b: null }, { answered: [0, 0], dk: [0, 0], unanswered: [3, 3] }],
    // a-3 = 5 reversed is 1: (2 + 1) / 2 = 1.5.
    [
      'reverse of a 5',
      { 'a-2': 2, 'a-3': 5 },
      { a: 1.5, b: null },
      { answered: [2, 0], dk: [0, 0], unanswered: [1, 3] },
    ],
  ])('scores %s', (_label, answers, scores, counts) => {
    const result = scoreAssessment(small, answers);
    expect(result.dimensions.map((d) => d.score)).toEqual([scores.a, scores.b]);
    expect(result.dimensions.map((d) => d.answered)).toEqual(counts.answered);
    expect(result.dimensions.map((d) => d.dontKnow)).toEqual(counts.dk);
    expect(result.dimensions.map((d) => d.unanswered)).toEqual(counts.unanswered);
  });

  it('ignores values that are not answers, as if unanswered', () => {
    const junk = { 'a-1': 7, 'a-2': 0, 'a-3': '3', 'b-1': 4, 'zz-1': 5 } as unknown as Answers;
    const result = scoreAssessment(small, junk);
    expect(result.dimensions[0]).toMatchObject({ score: null, answered: 0, unanswered: 3 });
    expect(result.dimensions[1]).toMatchObject({ score: 4, answered: 1, unanswered: 2 });
  });

  it('names the strongest and weakest dimensions', () => {
    const result = scoreAssessment(small, { 'a-1': 5, 'a-2': 3, 'a-3': 2, 'b-1': 1, 'b-2': 2, 'b-3': 3 });
    expect(result.strongest?.id).toBe('a');
    expect(result.weakest?.id).toBe('b');
    expect(result.summary).toBe('Your strongest dimension is Alpha (4.0) and your weakest is Beta (2.0).');
  });

  it('breaks ties by assessment order and names every tied dimension', () => {
    const result = scoreAssessment(three, { 'a-1': 4, 'b-1': 4, 'c-1': 2 });
    expect(result.strongest?.id).toBe('a');
    expect(result.weakest?.id).toBe('c');
    expect(result.summary).toBe(
      'Your strongest dimensions are Alpha and Beta (4.0 each) and your weakest is Gamma (2.0).',
    );
    const reversed = scoreAssessment(three, { 'a-1': 2, 'b-1': 2, 'c-1': 5 });
    expect(reversed.weakest?.id).toBe('a');
  });

  it.each<[string, Answers, RegExp]>([
    ['nothing rated', { 'a-1': 'dk' }, /^No statement has a rating/],
    ['one rated dimension', { 'a-1': 3 }, /^Only Alpha has ratings so far \(3\.0\)/],
    ['all equal', { 'a-1': 3, 'b-1': 3, 'c-1': 3 }, /^All 3 rated dimensions scored the same \(3\.0\)/],
  ])('names no strongest or weakest when there is no contrast: %s', (_label, answers, summary) => {
    const result = scoreAssessment(three, answers);
    expect(result.strongest).toBeNull();
    expect(result.weakest).toBeNull();
    expect(result.summary).toMatch(summary);
  });

  it('says which dimensions were left out of the comparison', () => {
    const result = scoreAssessment(three, { 'a-1': 5, 'b-1': 1 });
    expect(result.summary).toBe(
      'Your strongest dimension is Alpha (5.0) and your weakest is Beta (1.0). Gamma has no ratings yet, so it is left out.',
    );
  });

  it('keeps every score within 1-5 (or null) and every count consistent, whatever the answers', () => {
    const answer = fc.constantFrom<Answer | undefined>(undefined, 1, 2, 3, 4, 5, 'dk');
    const ids = sevenTraits.dimensions.flatMap((d) => d.items.map((i) => i.id));
    fc.assert(
      fc.property(fc.array(answer, { minLength: ids.length, maxLength: ids.length }), (values) => {
        let answers: Answers = {};
        values.forEach((value, i) => {
          if (value !== undefined) answers = setAnswer(answers, ids[i] ?? '', value);
        });
        const result = scoreAssessment(sevenTraits, answers);
        for (const d of result.dimensions) {
          if (d.score !== null) expect(d.score).toBeGreaterThanOrEqual(1);
          if (d.score !== null) expect(d.score).toBeLessThanOrEqual(5);
          expect(d.score === null).toBe(d.answered === 0);
          expect(d.answered + d.dontKnow + d.unanswered).toBe(d.total);
        }
        if (result.strongest && result.weakest)
          expect(result.strongest.score ?? 0).toBeGreaterThan(result.weakest.score ?? 0);
        expect(result.summary).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('weakDimensions', () => {
  // Alpha 2.0, Beta 2.5, Gamma 1.0.
  const result = scoreAssessment(three, { 'a-1': 2, 'b-1': 2, 'b-2': 3, 'c-1': 1 });

  it.each<[number | undefined, string[]]>([
    [undefined, ['c', 'a']],
    [2, ['c']],
    [3, ['c', 'a', 'b']],
    [1, []],
  ])('with threshold %s lists %j, weakest first', (threshold, ids) => {
    const weak = threshold === undefined ? weakDimensions(result) : weakDimensions(result, threshold);
    expect(weak.map((d) => d.id)).toEqual(ids);
  });

  it('leaves out dimensions without a score and keeps ties in assessment order', () => {
    const tied = scoreAssessment(three, { 'b-1': 1, 'c-1': 1, 'a-1': 'dk' });
    expect(weakDimensions(tied).map((d) => d.id)).toEqual(['b', 'c']);
  });
});

describe('answers', () => {
  it('clears an answer back to unanswered and drops unknown items when cleaning', () => {
    const answers = setAnswer(setAnswer({ 'a-1': 3 }, 'a-2', 'dk'), 'a-1', null);
    expect(answers).toEqual({ 'a-2': 'dk' });
    expect(cleanAnswers(small, { ...answers, 'zz-9': 4 })).toEqual({ 'a-2': 'dk' });
  });
});

describe('the answer counts', () => {
  it('adds up rated, “don’t know” and unanswered statements over every dimension, in a sentence', () => {
    const result = scoreAssessment(three, { 'a-1': 4, 'a-2': 'dk', 'b-1': 2, 'c-3': 'dk' });
    expect(countAnswers(result)).toEqual({ answered: 2, dontKnow: 2, unanswered: 5, total: 9 });
    expect(describeAnswerCounts(result, 'You')).toBe(
      'You rated 2 of 9 statements, answered “don’t know” to 2 and left 5 unanswered. Statements without a rating are counted here but never scored.',
    );
  });

  it('says only what applies', () => {
    const all: Answers = Object.fromEntries(
      ['a', 'b', 'c'].flatMap((d) => [1, 2, 3].map((i) => [`${d}-${i}`, 3 as const])),
    );
    expect(describeAnswerCounts(scoreAssessment(three, all), 'It')).toBe('It rated 9 of 9 statements.');
    expect(describeAnswerCounts(scoreAssessment(three, {}), 'You')).toBe(
      'You rated 0 of 9 statements and left 9 unanswered. Statements without a rating are counted here but never scored.',
    );
  });
});
