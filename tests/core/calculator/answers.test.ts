// The answers a page is built with: recorded while building, learnt by the page, and enough for
// the calculator's first view to need no Intl at all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, builtResult, forgetAnswers, learnAnswers, recordAnswers } from '../../../src/core/calculator/answers';

afterEach(() => {
  forgetAnswers();
  vi.restoreAllMocks();
});

describe('answer', () => {
  it('asks when the page has no answer, and uses the page’s answer when it has one', () => {
    const ask = vi.fn(() => 'asked');
    expect(answer('q', ask)).toBe('asked');
    expect(ask).toHaveBeenCalledTimes(1);
    learnAnswers({ q: 'known' });
    expect(answer('q', ask)).toBe('known');
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('remembers what it asked, so the same question is asked once', () => {
    const ask = vi.fn(() => 'asked');
    answer('again', ask);
    answer('again', ask);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

describe('recordAnswers', () => {
  it('records every question asked, answered by the page or not, and only while recording', () => {
    learnAnswers({ known: 'from the page' });
    const table = recordAnswers(() => {
      answer('known', () => 'never asked');
      answer('new', () => 'asked now');
      answer('new', () => 'asked now');
    });
    expect(table).toEqual({ known: 'from the page', new: 'asked now' });
    answer('later', () => 'not recorded');
    expect(recordAnswers(() => undefined)).toEqual({});
  });

  it('stops recording when the work throws', () => {
    expect(() =>
      recordAnswers(() => {
        answer('q', () => 'a');
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(recordAnswers(() => answer('other', () => 'b'))).toEqual({ other: 'b' });
  });
});

describe('learnAnswers', () => {
  it.each([null, undefined, 0, 'text', true])('ignores %s', (table) => {
    learnAnswers(table);
    expect(answer('0', () => 'asked')).toBe('asked');
  });

  it('keeps only string answers, and at most 2,000 of them', () => {
    const table: Record<string, unknown> = { number: 1, object: { a: 1 }, fine: 'ok' };
    for (let i = 0; i < 2500; i += 1) table[`q${i}`] = `a${i}`;
    learnAnswers(table);
    expect(answer('number', () => 'asked')).toBe('asked');
    expect(answer('object', () => 'asked')).toBe('asked');
    expect(answer('fine', () => 'asked')).toBe('ok');
    expect(answer('q1996', () => 'asked')).toBe('a1996');
    expect(answer('q2400', () => 'asked')).toBe('asked');
  });
});

describe('builtResult', () => {
  it('records a result while building, and gives it back from the page without working', () => {
    const work = vi.fn(() => ({ total: 12.5, words: ['a', 'b'] }));
    const table = recordAnswers(() => builtResult('sum', work));
    expect(work).toHaveBeenCalledTimes(1);
    learnAnswers(table);
    expect(builtResult('sum', work)).toEqual({ total: 12.5, words: ['a', 'b'] });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not keep results worked out after building, since the figures change at every keystroke', () => {
    const work = vi.fn(() => 1);
    builtResult('other', work);
    builtResult('other', work);
    expect(work).toHaveBeenCalledTimes(2);
  });
});

describe('the calculator’s first view with the page’s answers', () => {
  // Each import is a fresh copy of the modules, with empty caches, as in a page that has just loaded.
  async function freshCalculator() {
    vi.resetModules();
    const core = await import('../../../src/core/calculator');
    const stores = await import('../../../src/stores/calculator');
    const firstView = () => {
      const form = stores.formFromState(core.getDefaultState());
      const outcome = stores.outcomeOf(form);
      core.pickLocale(['en-US', 'en'], core.FALLBACK_LOCALE);
      return { texts: form.texts, outcome: JSON.stringify(outcome) };
    };
    return { core, firstView };
  }

  function countIntl(): () => number {
    const spies = [
      vi.spyOn(Intl, 'NumberFormat'),
      vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf'),
      vi.spyOn(Intl, 'getCanonicalLocales'),
      vi.spyOn(Intl, 'supportedValuesOf'),
    ];
    return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  }

  it('asks Intl nothing, and shows exactly what Intl would', async () => {
    const building = await freshCalculator();
    let built: ReturnType<typeof building.firstView> | undefined;
    const table = JSON.parse(
      JSON.stringify(building.core.recordAnswers(() => (built = building.firstView()))),
    ) as object;
    expect(Object.keys(table).length).toBeGreaterThan(20);

    const page = await freshCalculator();
    page.core.learnAnswers(table);
    const asked = countIntl();
    expect(page.firstView()).toEqual(built);
    expect(asked()).toBe(0);
  });

  it('asks Intl without them', async () => {
    const page = await freshCalculator();
    const asked = countIntl();
    page.firstView();
    expect(asked()).toBeGreaterThan(0);
  });
});
