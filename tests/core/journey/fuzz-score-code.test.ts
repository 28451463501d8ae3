// Issue 20: the journey session's decoders of untrusted text (score codes and links, the invitation
// in the join link, pasted chat text, stored sessions) fuzzed the way tests/core/fuzz-decoders.test.ts
// fuzzes the others: random and mutated input gives a clean rejection in words, or data the format
// promises, never a throw or a polluted prototype; a canonical code is the only spelling accepted.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/core/assessment/binary';
import { crc16 } from '../../../src/core/checksum';
import type { SessionId } from '../../../src/core/assessment/session-id';
import { decodeInvitation, encodeInvitation } from '../../../src/core/journey/invitation';
import { decodeScoreCode, encodeScoreCode, type JourneyScores } from '../../../src/core/journey/score-code';
import {
  addScoreCodes,
  expectationOf,
  journeySessionsFormat,
  journeySessionsSchema,
  startJourneySession,
} from '../../../src/core/journey/session';
import { anyText } from '../assessment/fixtures';
import { expectSentence, formatRow, fuzzRows, type Row } from '../fuzz-kit';
import { buildSheet } from './helpers';

const IMG = '<img src=x onerror=alert(1)>';
const SESSION = 'Fuzz01' as SessionId;
const sheet = buildSheet([
  [IMG, [{ title: IMG, whatHappens: '<script>alert(1)</script>' }, { title: 'Second' }]],
  ['Two', [{ title: 'Third' }]],
]);
const session = startJourneySession(sheet, SESSION, '2025-01-01T09:00:00.000Z');
if (!session) throw new Error('no session');
const expected = expectationOf(session);
const code = (person: string, alias: string) =>
  encodeScoreCode({
    sessionId: SESSION,
    participantId: person as SessionId,
    revision: 3,
    alias,
    check: expected.check,
    stageCount: expected.stageCount,
    scores: [
      { feeling: -3, impact: 5, frequency: 'dk', seen: true },
      { feeling: 'dk', impact: null, frequency: 1, seen: false },
      { feeling: 3, impact: 1, frequency: 5, seen: false },
    ],
    proposals: [{ title: IMG, stage: 1, description: '<b>bold</b>' }],
  });
const codes = [code('Anna01', '<img src=x>'), code('Ben001', 'Bo'), code('Cleo01', '')] as const;
const link = `https://x.test/tools/journeys/score/#join=${SESSION}&code=${codes[0]}`;
const invitation = encodeBase64Url(encodeInvitation(SESSION, session.snapshot));

type ByteOp = [op: 'flip' | 'drop' | 'add', at: number, byte: number];
const byteOps = fc.array(fc.tuple(fc.constantFrom('flip', 'drop', 'add'), fc.nat(), fc.nat(255)), {
  minLength: 1,
  maxLength: 3,
});
/** Changes a code's bytes and fixes its checksum, so the inner reader is reached. */
function reseal(base: string, ops: ByteOp[]): string {
  let body = [...(decodeBase64Url(base) ?? [])].slice(0, -2);
  for (const [op, at, byte] of ops) {
    const i = at % (body.length + 1);
    if (op === 'flip') body[i % body.length] = (body[i % body.length] ?? 0) ^ (1 << (byte % 8));
    else if (op === 'drop') body = body.filter((_, j) => j !== i);
    else body.splice(i, 0, byte);
  }
  const sum = crc16(Uint8Array.from(body));
  return encodeBase64Url(Uint8Array.from([...body, sum >> 8, sum & 255]));
}
const resealed = fc.tuple(fc.constantFrom(...codes), byteOps).map(([base, ops]) => reseal(base, ops));
const pasted = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...codes, link, IMG, '((((x))))'), resealed, anyText(20)),
      fc.constantFrom(' ', '\n', ',', ';', '&', '#', '?', '=', ''),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));

const reencode = (value: JourneyScores) =>
  encodeScoreCode({
    sessionId: value.sessionId,
    participantId: value.participantId as SessionId,
    revision: value.revision,
    alias: value.alias,
    check: expected.check,
    stageCount: expected.stageCount,
    scores: value.scores,
    proposals: value.proposals,
  });

const ROWS: Row[] = [
  formatRow(journeySessionsFormat, { active: SESSION, sessions: [session] }, journeySessionsSchema),
  {
    name: 'decodeScoreCode',
    cap: 10_000,
    sample: link,
    structured: resealed,
    run: (text) => decodeScoreCode(text, expected),
    check: (value) => {
      const scores = value as JourneyScores;
      expect(scores.sessionId).toBe(SESSION);
      expect(scores.scores).toHaveLength(3);
      expect(scores.proposals.length).toBeLessThanOrEqual(3);
      // Only a canonical code is accepted: writing what it holds again gives the same text.
      expect(reencode(scores)).toBe(scores.code);
    },
  },
  {
    name: 'decodeInvitation',
    cap: 80_000,
    sample: invitation,
    structured: fc.tuple(fc.constant(invitation), byteOps).map(([base, ops]) => reseal(base, ops)),
    run: (text) => {
      if (text.length > 80_000) return { ok: false, message: 'The invitation is too long.' };
      const bytes = decodeBase64Url(text);
      if (bytes === null) return { ok: false, message: 'Not base64url.' };
      const decoded = decodeInvitation(bytes);
      return decoded.ok ? { ok: true, value: decoded.value } : decoded;
    },
    check: (value) => {
      const read = value as ReturnType<typeof decodeInvitation> & { stages: unknown[] };
      expect(read.stages.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'addScoreCodes (pasted codes and links)',
    cap: null,
    sample: `${codes.join('\n')}\n${link}`,
    structured: pasted,
    run: (text) => ({ ok: true, value: addScoreCodes(session, text) }),
    check: (value) => {
      const { session: next, outcomes } = value as ReturnType<typeof addScoreCodes>;
      for (const outcome of outcomes) expectSentence(outcome.message);
      expect(outcomes.every((o) => (o.status === 'rejected') === (o.problem !== undefined))).toBe(true);
      expect(next.codes).toHaveLength(outcomes.filter((o) => o.status === 'added').length);
      for (const kept of next.codes) expect(decodeScoreCode(kept, expected).ok).toBe(true);
    },
  },
];

fuzzRows(ROWS);

it('gives back markup in names exactly as written', () => {
  const decoded = decodeScoreCode(codes[0], expected);
  expect(decoded.ok && [decoded.value.alias, decoded.value.proposals[0]]).toEqual([
    '<img src=x>',
    { title: IMG, stage: 1, description: '<b>bold</b>' },
  ]);
  const bytes = decodeBase64Url(invitation);
  const read = bytes && decodeInvitation(bytes);
  expect(read && read.ok && [read.value.stages[0]?.name, read.value.stages[0]?.moments[0]]).toEqual([
    IMG,
    { title: IMG, description: '<script>alert(1)</script>' },
  ]);
});
