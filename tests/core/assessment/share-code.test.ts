import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../../src/core/assessment/answers';
import { cleanAnswers, listItems } from '../../../src/core/assessment/answers';
import { sanitiseAlias } from '../../../src/core/assessment/alias';
import { decodeBase64Url, encodeBase64Url } from '../../../src/core/assessment/binary';
import { crc16 } from '../../../src/core/checksum';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { decodeShareCode, type ShareCodeResult } from '../../../src/core/assessment/share-code-reader';
import { buildShareLink } from '../../../src/core/assessment/share-link';
import { createSessionId, type SessionId } from '../../../src/core/assessment/session-id';
import { anyText, makeAssessment, OTHER_SESSION, SESSION, sevenTraits, small } from './fixtures';
import type { Assessment } from '../../../src/schemas/assessment';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const itemIds = (assessment: Assessment): string[] => listItems(assessment).map(({ item }) => item.id);

/** Every item of seven-traits answered, cycling through 1-5 and don't know. */
const fullAnswers: Answers = Object.fromEntries(
  itemIds(sevenTraits).map((id, i): [string, Answer] => [id, ([1, 2, 3, 4, 5, 'dk'] as const)[i % 6] ?? 'dk']),
);

const answersArbitrary = (assessment: Assessment): fc.Arbitrary<Answers> => {
  const ids = itemIds(assessment);
  return fc
    .array(fc.constantFrom<Answer | undefined>(undefined, 1, 2, 3, 4, 5, 'dk'), {
      minLength: ids.length,
      maxLength: ids.length,
    })
    .map((values) => {
      const answers: Record<string, Answer> = {};
      values.forEach((value, i) => {
        if (value !== undefined) answers[ids[i] ?? ''] = value;
      });
      return answers;
    });
};
const sessionArbitrary = fc.uint8Array({ minLength: 5, maxLength: 5 }).map((bytes) => createSessionId(bytes));
const aliasArbitrary = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  anyText(24),
);

/** Valid codes for seven-traits, each with at least one answer. */
const codeArbitrary = fc
  .record({ answers: answersArbitrary(sevenTraits), sessionId: sessionArbitrary, alias: aliasArbitrary })
  .filter((input) => Object.keys(input.answers).length > 0)
  .map((input) => encodeShareCode(sevenTraits, input));

const expectProblem = (result: ShareCodeResult, problem: string): string => {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.problem).toBe(problem);
  expect(result.message).toMatch(/^[A-Z].+\.$/);
  return result.message;
};

/** Rewrites a code's bytes (recomputing the checksum) to fake what another build might write. */
const forge = (code: string, change: (bytes: Uint8Array) => void): string => {
  const bytes = decodeBase64Url(code) ?? new Uint8Array();
  const body = bytes.slice(0, -2);
  change(body);
  const crc = crc16(body);
  return encodeBase64Url(Uint8Array.from([...body, crc >> 8, crc & 255]));
};

describe('share codes', () => {
  it('fits a full seven-traits result with an 8-character alias in 64 characters', () => {
    const code = encodeShareCode(sevenTraits, { sessionId: SESSION, answers: fullAnswers, alias: 'Sam Okoe' });
    expect(code.length).toBeLessThanOrEqual(64);
    // Even the longest alias allowed fits.
    const longest = encodeShareCode(sevenTraits, { sessionId: SESSION, answers: fullAnswers, alias: 'x'.repeat(40) });
    expect(longest.length).toBeLessThanOrEqual(64);
  });

  it('round-trips answers, alias and session', () => {
    const code = encodeShareCode(sevenTraits, { sessionId: SESSION, answers: fullAnswers, alias: '  Sam\nOkoe ' });
    const decoded = decodeShareCode(code, { assessment: sevenTraits, sessionId: SESSION });
    expect(decoded).toEqual({
      ok: true,
      value: {
        code,
        assessmentId: 'seven-traits',
        assessmentVersion: 2,
        sessionId: SESSION,
        answers: fullAnswers,
        alias: 'Sam Okoe',
        participantId: null,
        revision: 0,
        format: 1,
      },
    });
  });

  it('returns identical answers and alias for every valid input', () => {
    fc.assert(
      fc.property(answersArbitrary(sevenTraits), sessionArbitrary, aliasArbitrary, (answers, sessionId, alias) => {
        const code = encodeShareCode(sevenTraits, { sessionId, answers, alias });
        const decoded = decodeShareCode(code, { assessment: sevenTraits, sessionId });
        if (Object.keys(answers).length === 0) {
          expectProblem(decoded, 'empty');
          return;
        }
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.value.answers).toEqual(answers);
        expect(decoded.value.alias).toBe(sanitiseAlias(alias));
        expect(decoded.value.sessionId).toBe(sessionId);
        // The code is canonical: encoding what was decoded gives the same text.
        expect(encodeShareCode(sevenTraits, decoded.value)).toBe(code);
      }),
    );
  });

  it('leaves out answers to unknown items and invalid values when encoding', () => {
    const answers = { 'a-1': 4, 'zz-1': 5, 'b-2': 9 } as unknown as Answers;
    const decoded = decodeShareCode(encodeShareCode(small, { sessionId: SESSION, answers }), { assessment: small });
    expect(decoded.ok && decoded.value.answers).toEqual(cleanAnswers(small, answers));
  });

  it('rejects every single-character substitution as corrupted', () => {
    // CRC-16 catches every error burst of up to 16 bits and one character carries 6 bits, so
    // this is measured exhaustively: every position, every other character.
    let tried = 0;
    let rejected = 0;
    fc.assert(
      fc.property(codeArbitrary, (code) => {
        for (let position = 0; position < code.length; position += 1) {
          for (const char of ALPHABET) {
            if (char === code[position]) continue;
            const mutated = code.slice(0, position) + char + code.slice(position + 1);
            const result = decodeShareCode(mutated, { assessment: sevenTraits });
            tried += 1;
            if (!result.ok && result.problem === 'corrupted') rejected += 1;
          }
        }
      }),
      { numRuns: 25 },
    );
    expect(tried).toBeGreaterThan(25 * 20 * 63);
    expect(rejected).toBe(tried);
  });

  it('rejects dropped, doubled and appended characters, never throwing', () => {
    let tried = 0;
    let rejected = 0;
    fc.assert(
      fc.property(codeArbitrary, (code) => {
        // Appending "A" adds a zero byte, which a CRC without a final XOR would accept every time.
        for (const appended of [`${code}A`, `${code}AA`, `${code}AAA`]) {
          tried += 1;
          if (!decodeShareCode(appended, { assessment: sevenTraits }).ok) rejected += 1;
        }
        for (let position = 0; position < code.length; position += 1) {
          const dropped = code.slice(0, position) + code.slice(position + 1);
          const doubled = code.slice(0, position + 1) + code.slice(position);
          for (const mutated of [dropped, doubled]) {
            const result = decodeShareCode(mutated, { assessment: sevenTraits });
            tried += 1;
            if (!result.ok) rejected += 1;
          }
        }
      }),
      { numRuns: 100, seed: 20250101 },
    );
    // A changed length leaves only the 1-in-65,536 chance that the checksum still matches.
    expect(tried).toBeGreaterThan(5000);
    expect(rejected / tried).toBeGreaterThan(0.9995);
  });

  it.each<[string, fc.Arbitrary<string>]>([
    ['any text', fc.string()],
    ['any Unicode, including lone surrogates', anyText(200)],
    ['code-like text', fc.stringMatching(/^[A-Za-z0-9_-]{0,90}$/)],
    [
      'links with any code',
      fc.string().map((tail) => `https://a.example/w/#a=seven-traits&join=${SESSION}&code=${tail}`),
    ],
    ['links with any fragment', fc.string().map((tail) => `https://a.example/w/#${tail}`)],
  ])('never throws on %s', (_label, arbitrary) => {
    const expected = { assessment: sevenTraits, sessionId: SESSION };
    fc.assert(
      fc.property(arbitrary, (text) => {
        expect(() => decodeShareCode(text, expected)).not.toThrow();
      }),
    );
  });

  it('accepts a whole reply link as well as the bare code', () => {
    const code = encodeShareCode(small, { sessionId: SESSION, answers: { 'a-1': 5 } });
    const link = buildShareLink('https://example.org/tools/workshop/', {
      assessmentId: 'heart',
      sessionId: SESSION,
      code,
    });
    expect(decodeShareCode(`  ${link}\n`, { assessment: small })).toMatchObject({ ok: true, value: { code } });
  });

  describe('says why a code cannot be used', () => {
    const code = encodeShareCode(small, { sessionId: SESSION, answers: { 'a-1': 5, 'b-1': 'dk' }, alias: 'Kim' });
    const v2 = makeAssessment({
      version: 2,
      dimensions: [
        { id: 'a', label: 'Alpha', items: 3, reverse: [3] },
        { id: 'b', label: 'Beta', items: 3 },
      ],
    });
    const v2code = encodeShareCode(v2, { sessionId: SESSION, answers: { 'a-1': 5 } });
    const otherAssessment = makeAssessment({
      id: 'chain',
      dimensions: [
        { id: 'a', label: 'Alpha', items: 3, reverse: [3] },
        { id: 'b', label: 'Beta', items: 3 },
      ],
    });

    it.each<[string, string, Assessment, SessionId | undefined, string, RegExp]>([
      ['blank input', '  \n', small, undefined, 'empty', /paste/],
      [
        'an invitation link',
        buildShareLink('https://x.org/w/', { assessmentId: 'heart', sessionId: SESSION }),
        small,
        undefined,
        'empty',
        /invitation/,
      ],
      [
        'a code with no answers',
        encodeShareCode(small, { sessionId: SESSION, answers: {} }),
        small,
        undefined,
        'empty',
        /no answers/,
      ],
      ['punctuation inside', `${code.slice(0, 5)}.${code.slice(6)}`, small, undefined, 'corrupted', /characters/],
      ['a cut-off code', code.slice(0, 10), small, undefined, 'corrupted', /too short or too long/],
      ['a very long text', 'A'.repeat(20_000), small, undefined, 'corrupted', /too short or too long/],
      [
        'a changed character',
        `${code.slice(0, 12)}${code[12] === 'A' ? 'B' : 'A'}${code.slice(13)}`,
        small,
        undefined,
        'corrupted',
        /changed, lost or added/,
      ],
      ['another assessment', code, otherAssessment, undefined, 'wrong-assessment', /"heart" assessment/],
      ['another session', code, small, OTHER_SESSION, 'wrong-session', /another workshop session/],
      [
        'a newer question version',
        v2code,
        small,
        undefined,
        'newer-version',
        /newer version.*version 2; this page has version 1/,
      ],
      ['an older question version', code, v2, undefined, 'older-version', /older version.*statements have changed/],
      [
        'a newer code format',
        forge(code, (b) => {
          b[0] = 4;
        }),
        small,
        undefined,
        'newer-version',
        /newer version of Accueil/,
      ],
      [
        'an assessment this build does not know',
        forge(code, (b) => {
          b[1] = 9;
        }),
        small,
        undefined,
        'wrong-assessment',
        /does not know/,
      ],
      [
        'a wrong item count',
        forge(code, (b) => {
          b[3] = 7;
        }),
        small,
        undefined,
        'corrupted',
        /./,
      ],
      [
        'an impossible answer value',
        forge(code, (b) => {
          b[9] = 0xff;
        }),
        small,
        undefined,
        'corrupted',
        /./,
      ],
      [
        'a damaged alias',
        forge(code, (b) => {
          b[b.length - 1] = 0xff;
        }),
        small,
        undefined,
        'corrupted',
        /name inside this code/,
      ],
    ])('%s', (_label, text, assessment, sessionId, problem, message) => {
      const expected = sessionId === undefined ? { assessment } : { assessment, sessionId };
      expect(expectProblem(decodeShareCode(text, expected), problem)).toMatch(message);
    });

    it('accepts a code from any session when no session is expected', () => {
      expect(decodeShareCode(code, { assessment: small }).ok).toBe(true);
      expect(decodeShareCode(code, { assessment: small, sessionId: SESSION }).ok).toBe(true);
    });
  });
});
