import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { buildShareLink, parseManyCodes, parseShareInput } from '../../../src/core/assessment/share-link';
import { SESSION, sevenTraits } from './fixtures';

const code = (alias: string): string =>
  encodeShareCode(sevenTraits, { sessionId: SESSION, answers: { 'caring-1': 4 }, alias });
const [anna, ben, chloe] = [code('Anna'), code('Ben'), code('Chloe')];
const base = 'https://accueil.example/tools/workshop/';

describe('share links', () => {
  it('builds an invitation link and a reply link in the fragment, replacing any old fragment', () => {
    expect(buildShareLink(`${base}#old`, { assessmentId: 'seven-traits', sessionId: SESSION })).toBe(
      `${base}#a=seven-traits&join=${SESSION}`,
    );
    expect(buildShareLink(base, { assessmentId: 'seven-traits', sessionId: SESSION, code: anna })).toBe(
      `${base}#a=seven-traits&join=${SESSION}&code=${anna}`,
    );
  });

  it.each([
    [
      'a reply link',
      `${base}#a=seven-traits&join=${SESSION}&code=${anna}`,
      { code: anna, sessionId: SESSION, assessmentId: 'seven-traits' },
    ],
    [
      'an invitation link',
      `${base}#a=seven-traits&join=${SESSION}`,
      { code: null, sessionId: SESSION, assessmentId: 'seven-traits' },
    ],
    ['a bare code', `  ${anna}\n`, { code: anna, sessionId: null, assessmentId: null }],
    [
      'a code broken over two lines',
      `${anna.slice(0, 10)}\n${anna.slice(10)}`,
      { code: anna, sessionId: null, assessmentId: null },
    ],
    ['a bare fragment', `#code=${anna}`, { code: anna, sessionId: null, assessmentId: null }],
    [
      'parameters in another order',
      `${base}#code=${anna}&join=${SESSION}`,
      { code: anna, sessionId: SESSION, assessmentId: null },
    ],
    [
      'an unknown assessment and a bad session',
      `${base}#a=nope&join=123&code=${anna}`,
      { code: anna, sessionId: null, assessmentId: null },
    ],
    ['a link without a fragment', base, { code: null, sessionId: null, assessmentId: null }],
    ['nothing', '   ', { code: null, sessionId: null, assessmentId: null }],
  ])('reads %s', (_label, text, expected) => {
    expect(parseShareInput(text)).toEqual(expected);
  });

  it('reads back every link it builds', () => {
    fc.assert(
      fc.property(fc.constantFrom(anna, ben, chloe, undefined), (maybeCode) => {
        const parts =
          maybeCode === undefined
            ? { assessmentId: 'seven-traits' as const, sessionId: SESSION }
            : { assessmentId: 'seven-traits' as const, sessionId: SESSION, code: maybeCode };
        expect(parseShareInput(buildShareLink(base, parts))).toEqual({
          code: maybeCode ?? null,
          sessionId: SESSION,
          assessmentId: 'seven-traits',
        });
      }),
    );
  });

  it.each<[string, string, string[]]>([
    ['one per line', `${anna}\n${ben}\r\n\n${chloe}\n`, [anna, ben, chloe]],
    ['commas and spaces', `${anna}, ${ben} ,${chloe}`, [anna, ben, chloe]],
    [
      'several links on one line',
      `${base}#a=seven-traits&join=${SESSION}&code=${anna} ${base}#a=seven-traits&join=${SESSION}&code=${ben}`,
      [`${base}#a=seven-traits&join=${SESSION}&code=${anna}`, `${base}#a=seven-traits&join=${SESSION}&code=${ben}`],
    ],
    ['chat text around codes', `Anna: ${anna}\nBen said "${ben}". Thanks!`, [anna, ben]],
    ['links in angle brackets', `<${base}#code=${chloe}>`, [`${base}#code=${chloe}`]],
    ['an invitation link among replies', `${base}#a=seven-traits&join=${SESSION} ${anna}`, [anna]],
    ['a truncated code, kept so that it can be reported', anna.slice(0, 14), [anna.slice(0, 14)]],
    ['only words', 'Here are the codes from the workshop', []],
  ])('finds codes in a blob: %s', (_label, text, expected) => {
    expect(parseManyCodes(text)).toEqual(expected);
  });
});
