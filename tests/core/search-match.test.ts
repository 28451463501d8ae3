import { describe, expect, it } from 'vitest';
import { buildExcerpt, contentMatches, queryWords } from '../../src/core/content/search-match';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('queryWords', () => {
  it('drops words under three letters when longer ones are asked for', () => {
    expect(queryWords('on hold').map((w) => w.word)).toEqual(['hold']);
    expect(queryWords('cost of inaction').map((w) => w.word)).toEqual(['cost', 'inaction']);
  });
  it('keeps short numbers, matched exactly', () => {
    expect(queryWords('43 days')).toEqual([
      { word: '43', stem: '43', exact: true },
      { word: 'days', stem: 'day', exact: false },
    ]);
  });
  it('keeps a search made only of short words, matched exactly', () => {
    expect(queryWords('HR')).toEqual([{ word: 'hr', stem: 'hr', exact: true }]);
  });
  it('joins a hyphenated word as pagefind does, and drops common endings', () => {
    expect(queryWords('Self-assessments')).toEqual([{ word: 'selfassessments', stem: 'selfassessment', exact: false }]);
    expect(queryWords('policies')[0]?.stem).toBe('polic');
    expect(queryWords('bus')[0]?.stem).toBe('bus');
  });
  it('gives nothing for an empty or punctuation-only search', () => {
    expect(queryWords('  ')).toEqual([]);
    expect(queryWords('— …')).toEqual([]);
  });
});

describe('contentMatches', () => {
  const page = 'Run a self-assessment workshop. Hold the line; customers spend 43 days on hold. Policy one.';
  it.each([
    ['nonsense-xyz', false],
    ['nonsense', false],
    ['no', false],
    ['holdd', false],
    ['on hold', true],
    ['hold', true],
    ['workshops', true],
    ['self-assessment', true],
    ['self assessment', true],
    ['assess', true],
    ['policies', true],
    ['43 days', true],
    ['4 days', false],
    ['43', true],
    ['one', true],
    ['hold xyz', false],
    ['', true],
  ])('"%s" → %s', (term, expected) => {
    expect(contentMatches(page, queryWords(term))).toBe(expected);
  });
});

describe('buildExcerpt', () => {
  const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
  words[5] = 'one';
  words[40] = 'on';
  words[41] = 'hold,';
  const content = words.join(' ');

  it('marks the words asked for, not the short ones or the words that merely start alike', () => {
    const parts = buildExcerpt(content, queryWords('on hold'), [5, 40, 41], 12);
    expect(marked(parts)).toEqual(['hold,']);
    expect(text(parts)).toContain('on hold,');
    expect(text(parts).startsWith('… ')).toBe(true);
  });

  it('finds the words itself when pagefind pointed elsewhere', () => {
    expect(marked(buildExcerpt(content, queryWords('hold'), [5], 12))).toEqual(['hold,']);
  });

  it('prefers a window with every word asked for', () => {
    const list = Array.from({ length: 80 }, (_, i) => `x${i}`);
    list[3] = 'cost';
    list[50] = 'cost';
    list[53] = 'inaction';
    const parts = buildExcerpt(list.join(' '), queryWords('cost of inaction'), [3, 50, 53], 10);
    expect(marked(parts)).toEqual(['cost', 'inaction']);
  });

  it('shows the start of a short text whole, without ellipses', () => {
    const parts = buildExcerpt('Workshop mode. Run an assessment.', queryWords('workshop'));
    expect(text(parts)).toBe('Workshop mode. Run an assessment.');
    expect(marked(parts)).toEqual(['Workshop']);
  });

  it('shows the opening words when nothing matches', () => {
    expect(text(buildExcerpt(content, queryWords('zzz'), [], 3))).toBe('w0 w1 w2 …');
  });
});

describe('buildExcerpt with a word that holds two searched words', () => {
  it('counts "cost-of-inaction" as both "cost" and "inaction"', () => {
    const list = Array.from({ length: 80 }, (_, i) => `x${i}`);
    list[2] = 'Cost-of-inaction';
    list[40] = 'cost';
    list[41] = 'costs';
    list[42] = 'costing';
    const parts = buildExcerpt(list.join(' '), queryWords('cost of inaction'), [2, 40, 41, 42], 10);
    expect(marked(parts)).toEqual(['Cost-of-inaction']);
  });
});
