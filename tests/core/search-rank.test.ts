import { describe, expect, it } from 'vitest';
import { preferExactTitles } from '../../src/core/content/search-rank';

const results = [{ title: 'Responsibility' }, { title: 'Ambition' }, { title: 'Responsible' }];

describe('exact title matches first', () => {
  it.each([
    ['responsible', ['Responsible', 'Responsibility', 'Ambition']],
    ['  RESPONSIBLE ', ['Responsible', 'Responsibility', 'Ambition']],
    ['respons', ['Responsibility', 'Ambition', 'Responsible']],
    ['', ['Responsibility', 'Ambition', 'Responsible']],
  ])('"%s" gives %j', (term, titles) => {
    expect(preferExactTitles(results, term).map((r) => r.title)).toEqual(titles);
  });

  it('ignores punctuation and accents in titles', () => {
    expect(
      preferExactTitles([{ title: 'x' }, { title: 'Actuals, not averages' }], 'actuals not averages')[0]?.title,
    ).toBe('Actuals, not averages');
  });
});
