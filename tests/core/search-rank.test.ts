import { describe, expect, it } from 'vitest';
import { preferNamedPages } from '../../src/core/content/search-rank';

const results = [
  { title: 'Responsibility', url: '/playbooks/heart/responsibility/' },
  { title: 'Ambition', url: '/playbooks/qualities/ambition/' },
  { title: 'Responsible', url: '/playbooks/traits/responsible/' },
];
const titles = (list: readonly { title: string }[]) => list.map((r) => r.title);

describe('pages named for the search first', () => {
  it.each([
    ['responsible', ['Responsible', 'Responsibility', 'Ambition']],
    ['  RESPONSIBLE ', ['Responsible', 'Responsibility', 'Ambition']],
    ['respons', ['Responsibility', 'Responsible', 'Ambition']],
    ['ambitions', ['Ambition', 'Responsibility', 'Responsible']],
    ['', ['Responsibility', 'Ambition', 'Responsible']],
    ['nothing', ['Responsibility', 'Ambition', 'Responsible']],
  ])('"%s" gives %j', (term, expected) => {
    expect(titles(preferNamedPages(results, term))).toEqual(expected);
  });

  it('ignores punctuation and accents in titles', () => {
    const list = [
      { title: 'x', url: '/x/' },
      { title: 'Actuals, not averages', url: '/a/' },
    ];
    expect(preferNamedPages(list, 'actuals not averages')[0]?.title).toBe('Actuals, not averages');
  });

  it('counts words of the address, so a tool is found by the word in its link', () => {
    const list = [
      { title: 'The moments that matter', url: '/playbooks/practices/moments-that-matter/' },
      { title: 'Moments-that-matter worksheets', url: '/tools/journeys/' },
    ];
    expect(preferNamedPages(list, 'journey')[0]?.url).toBe('/tools/journeys/');
    expect(preferNamedPages(list, 'matter journey')[0]?.url).toBe('/tools/journeys/');
    expect(preferNamedPages(list, 'playbooks journeys')[0]?.url).toBe('/playbooks/practices/moments-that-matter/');
  });
});
