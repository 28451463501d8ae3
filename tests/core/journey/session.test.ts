// Issue 20: journeys as a team exercise. The score code, the invitation, the session's roster
// (re-sent codes replace, repeats count once, older ones are ignored), the reveal gate at three
// people, the spread, and what the team decides written back to the worksheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../../src/core/assessment/session-id';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { three } from '../assessment/fixtures';
import { gatherPlan, emptyPlan } from '../../../src/core/plan';
import {
  acceptProposedMoment,
  applyAgreedScores,
  pinMoment,
  setReviewBy,
  unpinMoment,
} from '../../../src/core/journey/curate';
import { decodeInvitation, encodeInvitation, snapshotMoments } from '../../../src/core/journey/invitation';
import { assumptionOnly, shortlist } from '../../../src/core/journey/ranking';
import { decodeScoreCode, encodeScoreCode, type MomentScore } from '../../../src/core/journey/score-code';
import {
  addScoreCodes,
  decodeSessions,
  encodeSessions,
  expectationOf,
  revealBlocked,
  sessionParticipants,
  startJourneySession,
  type JourneySession,
} from '../../../src/core/journey/session';
import { listProposals, measureSpread, sortSpread, teamSpread } from '../../../src/core/journey/spread';
import { buildSheet, makeCtx, ok } from './helpers';

const SESSION = 'Jrny01' as SessionId;
const sheet = buildSheet([
  [
    'Arriving',
    [{ title: 'Finding the door', whatHappens: 'The entrance is round the back.' }, { title: 'Being greeted' }],
  ],
  ['Staying', [{ title: 'Asking for an umbrella' }]],
]);

function fresh(): JourneySession {
  const session = startJourneySession(sheet, SESSION, '2025-01-01T09:00:00.000Z');
  if (!session) throw new Error('no session');
  return session;
}

const score = (
  feeling: MomentScore['feeling'],
  impact: MomentScore['impact'],
  frequency: MomentScore['frequency'],
  seen = false,
): MomentScore => ({
  feeling,
  impact,
  frequency,
  seen,
});

function codeFor(
  session: JourneySession,
  person: string,
  scores: MomentScore[],
  extra: {
    revision?: number;
    alias?: string;
    proposals?: { title: string; stage: number | null; description: string }[];
  } = {},
) {
  const expected = expectationOf(session);
  return encodeScoreCode({
    sessionId: SESSION,
    participantId: person as SessionId,
    revision: extra.revision ?? 1,
    alias: extra.alias ?? '',
    check: expected.check,
    stageCount: expected.stageCount,
    scores,
    proposals: extra.proposals ?? [],
  });
}

describe('the invitation', () => {
  it('carries the stages and moments (titles and descriptions only) and reads back', () => {
    const session = fresh();
    const decoded = decodeInvitation(encodeInvitation(SESSION, session.snapshot));
    expect(decoded.ok && decoded.value).toEqual({
      sessionId: SESSION,
      name: 'Test journey',
      stages: [
        {
          name: 'Arriving',
          moments: [
            { title: 'Finding the door', description: 'The entrance is round the back.' },
            { title: 'Being greeted', description: '' },
          ],
        },
        { name: 'Staying', moments: [{ title: 'Asking for an umbrella', description: '' }] },
      ],
    });
    expect(decoded.ok && decoded.check).toBe(expectationOf(session).check);
  });

  it('refuses every single changed byte', () => {
    const bytes = encodeInvitation(SESSION, fresh().snapshot);
    for (let index = 0; index < bytes.length; index += 1) {
      const changed = Uint8Array.from(bytes);
      changed[index] = (changed[index] ?? 0) ^ 0x10;
      expect(decodeInvitation(changed).ok).toBe(false);
    }
  });
});

describe('score codes', () => {
  it('round-trips scores, "don\'t know", seen, alias and proposals', () => {
    const session = fresh();
    const scores = [score(-3, 5, 'dk', true), score('dk', null, 1), score(3, 1, 5)];
    const proposals = [{ title: 'Paying the bill', stage: 1, description: 'Queue at checkout' }];
    const code = codeFor(session, 'Person', scores, { alias: 'Ana', revision: 7, proposals });
    const decoded = decodeScoreCode(code, expectationOf(session));
    expect(decoded.ok && decoded.value).toEqual({
      code,
      sessionId: SESSION,
      participantId: 'Person',
      revision: 7,
      alias: 'Ana',
      scores,
      proposals,
    });
  });

  it('names each way a code can fail', () => {
    const session = fresh();
    const expected = expectationOf(session);
    const code = codeFor(session, 'Person', [score(1, 2, 3), score(0, 1, 1), score(null, null, null)]);
    const problem = (text: string, exp = expected) => {
      const decoded = decodeScoreCode(text, exp);
      return decoded.ok ? 'ok' : decoded.problem;
    };
    expect(problem('')).toBe('empty');
    expect(problem(`${code.slice(0, -2)}${code.at(-1) === 'A' ? 'BB' : 'AA'}`)).toBe('corrupted');
    expect(problem(code, { ...expected, sessionId: 'Other1' as SessionId })).toBe('wrong-session');
    expect(problem(code, { ...expected, check: (expected.check + 1) & 0xffff })).toBe('changed-moments');
    expect(problem(code, { ...expected, momentCount: 4 })).toBe('changed-moments');
    // A self-assessment share code pasted here is named as one.
    expect(problem(encodeShareCode(three, { sessionId: SESSION, answers: { 'a-1': 3 } }))).toBe('assessment-code');
    expect(
      problem(codeFor(session, 'Person', [score(null, null, null), score(null, null, null), score(null, null, null)])),
    ).toBe('empty');
  });

  it('keeps proposals to three, within their size limits', () => {
    const session = fresh();
    const long = 'x'.repeat(500);
    const proposals = Array.from({ length: 5 }, (_, i) => ({ title: `${i} ${long}`, stage: 9, description: long }));
    const decoded = decodeScoreCode(codeFor(session, 'Person', [score(1, 1, 1)], { proposals }), {
      ...expectationOf(session),
      momentCount: 1,
    });
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.value.proposals).toHaveLength(3);
    for (const p of decoded.value.proposals) {
      expect(new TextEncoder().encode(p.title).length).toBeLessThanOrEqual(60);
      expect(new TextEncoder().encode(p.description).length).toBeLessThanOrEqual(160);
      expect(p.stage).toBeNull();
    }
  });
});

describe('the session roster and the reveal', () => {
  const scores = (f: number) => [score(f, 4, 4, f > 0), score(0, 2, 2), score(-1, 3, 3)];

  it('adds codes, replaces a re-sent one, counts a repeat once and ignores an older one', () => {
    let session = fresh();
    const first = codeFor(session, 'Anna01', scores(1), { revision: 1, alias: 'Anna' });
    const second = codeFor(session, 'Anna01', scores(-2), { revision: 2, alias: 'Anna' });
    const ben = codeFor(session, 'Ben001', scores(2));
    let result = addScoreCodes(session, `${first}\n${ben}`);
    expect(result.outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    session = result.session;
    result = addScoreCodes(session, `${second} ${ben} ${first}`);
    expect(result.outcomes.map((o) => o.status)).toEqual(['updated', 'duplicate', 'outdated']);
    const people = sessionParticipants(result.session);
    expect(people).toHaveLength(2);
    expect(people[0]?.scores[0]?.feeling).toBe(-2);
  });

  it('reveals nothing before the reveal and nothing per moment under three people', () => {
    let session = fresh();
    session = addScoreCodes(
      session,
      [codeFor(session, 'Anna01', scores(1)), codeFor(session, 'Ben001', scores(2))].join(' '),
    ).session;
    expect(revealBlocked(session)).toMatch(/at least 3 people.*2 have/);
    expect(teamSpread(session.snapshot, sessionParticipants(session), false).status).toBe('hidden');
    expect(teamSpread(session.snapshot, sessionParticipants(session), true)).toEqual({ status: 'too-few', people: 2 });
    session = addScoreCodes(session, codeFor(session, 'Cleo01', scores(-3))).session;
    expect(revealBlocked(session)).toBeNull();
    const spread = teamSpread(session.snapshot, sessionParticipants(session), true);
    if (spread.status !== 'shown') throw new Error('not shown');
    expect(spread.moments[0]).toMatchObject({
      title: 'Finding the door',
      feeling: { values: [-3, 1, 2], median: 1, dontKnow: 0 },
      seen: 2,
      priority: 16,
    });
  });

  it('lists proposals with a stable key', () => {
    const session = fresh();
    const code = codeFor(session, 'Anna01', scores(1), {
      alias: 'Anna',
      proposals: [{ title: 'Parking', stage: 0, description: '' }],
    });
    const people = sessionParticipants(addScoreCodes(session, code).session);
    expect(listProposals(people)).toEqual([
      { title: 'Parking', stage: 0, description: '', key: 'Anna01-0', alias: 'Anna' },
    ]);
  });

  it('stores and reads sessions through its versioned format', () => {
    const session = fresh();
    const stored = encodeSessions({ active: session.id, sessions: [session] });
    const decoded = decodeSessions(stored);
    expect(decoded.status === 'ok' && decoded.value.sessions[0]).toEqual(session);
    expect(decodeSessions(stored.replace('"revealed":false', '"revealed":"yes"')).status).toBe('invalid');
  });
});

describe('the spread', () => {
  const scoreArb = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant('dk' as const), fc.constant(null));

  it('has a median within the scores, a disagreement of 0 only when all agree, and no NaN', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 30 }), (scores) => {
        const spread = measureSpread(scores);
        const numbers = scores.filter((s): s is number => typeof s === 'number');
        if (numbers.length === 0) {
          expect(spread.median).toBeNull();
          expect(spread.disagreement).toBeNull();
          return;
        }
        expect(spread.median).toBeGreaterThanOrEqual(Math.min(...numbers));
        expect(spread.median).toBeLessThanOrEqual(Math.max(...numbers));
        expect(Number.isFinite(spread.disagreement)).toBe(true);
        expect(spread.disagreement === 0).toBe(new Set(numbers).size === 1);
        expect(spread.values).toHaveLength(numbers.length);
        expect(spread.dontKnow).toBe(scores.filter((s) => s === 'dk').length);
      }),
    );
  });

  it('does not depend on the order people sent their codes in', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 1, maxLength: 12 }), fc.integer(), (scores, seed) => {
        const shuffled = [...scores].sort(() => (seed % 3) - 1);
        expect(measureSpread(shuffled)).toEqual(measureSpread(scores));
      }),
    );
  });

  it('sorts by disagreement (0 to 1) or by median priority, ties in journey order', () => {
    let session = fresh();
    const people = [
      [score(3, 5, 5), score(0, 1, 1), score(1, 3, 3)],
      [score(-3, 5, 5), score(0, 1, 1), score(1, 3, 3)],
      [score(0, 5, 5), score(0, 1, 2), score(1, 3, 3)],
    ];
    session = addScoreCodes(session, people.map((s, i) => codeFor(session, `Pers0${i}`, s)).join(' ')).session;
    const spread = teamSpread(session.snapshot, sessionParticipants(session), true);
    if (spread.status !== 'shown') throw new Error('not shown');
    expect(sortSpread(spread.moments, 'disagreement').map((m) => m.title)).toEqual([
      'Finding the door',
      'Being greeted',
      'Asking for an umbrella',
    ]);
    expect(sortSpread(spread.moments, 'priority').map((m) => m.priority)).toEqual([25, 9, 1]);
    for (const moment of spread.moments) {
      expect(moment.disagreement).toBeGreaterThanOrEqual(0);
      expect(moment.disagreement).toBeLessThanOrEqual(1);
    }
  });
});

describe('what the team decides', () => {
  const kept = {
    people: 3,
    feeling: [-1, 0, 2],
    impact: [4, 5, 5],
    frequency: [2, 3, 3],
    seen: 1,
    agreedOn: '2025-01-01',
  };

  it('writes agreed scores back with the spread beside them; a moment someone has seen is not "assumption only"', () => {
    const id = sheet.moments[0]?.id ?? '';
    const next = ok(
      applyAgreedScores(
        sheet,
        { [id]: { agreed: { feeling: 0, impact: 5, frequency: 3 }, spread: kept } },
        makeCtx('x', 5),
      ),
    );
    const moment = next.moments.find((m) => m.id === id);
    expect(moment).toMatchObject({ feeling: 0, impact: 5, frequency: 3, spread: kept });
    expect(moment && assumptionOnly(moment)).toBe(false);
    expect(assumptionOnly({ evidence: 'assumed' })).toBe(true);
    expect(assumptionOnly({ evidence: 'assumed', spread: { ...kept, seen: 0 } })).toBe(true);
    expect(
      applyAgreedScores(sheet, { [id]: { agreed: { feeling: 4, impact: 5, frequency: 3 }, spread: kept } }, makeCtx())
        .ok,
    ).toBe(false);
  });

  it('adds an accepted proposal to its stage', () => {
    const staying = sheet.stages[1]?.id ?? null;
    const next = ok(
      acceptProposedMoment(sheet, { title: 'Paying', description: 'At the desk', stageId: staying }, makeCtx('p')),
    );
    expect(next.moments.at(-1)).toMatchObject({ title: 'Paying', whatHappens: 'At the desk', stageId: staying });
  });

  it('pins with a reason (at most five), puts pins first on the shortlist, and unpins', () => {
    const big = buildSheet([
      ['Only', Array.from({ length: 8 }, (_, i) => ({ title: `M${i}`, impact: 5 - (i % 5), frequency: 3 }))],
    ]);
    const last = big.moments[7]?.id ?? '';
    expect(pinMoment(big, last, '  ', makeCtx()).ok).toBe(false);
    let pinned = ok(pinMoment(big, last, 'Customers complain about it every week', makeCtx()));
    expect(shortlist(pinned).items[0]).toMatchObject({
      pinned: true,
      moment: { title: 'M7', pin: { reason: 'Customers complain about it every week' } },
    });
    expect(shortlist(pinned).items).toHaveLength(5);
    for (const m of big.moments.slice(0, 4)) pinned = ok(pinMoment(pinned, m.id, 'Why not', makeCtx()));
    const sixth = pinMoment(pinned, big.moments[5]?.id ?? '', 'One too many', makeCtx());
    expect(!sixth.ok && sixth.message).toMatch(/already has 5 pinned/);
    const unpinned = ok(unpinMoment(pinned, last, makeCtx()));
    expect(unpinned.moments.find((m) => m.id === last)?.pin).toBeUndefined();
  });

  it('sends a shortlisted moment to the action plan with its owner and review-by date', () => {
    const id = sheet.moments[0]?.id ?? '';
    let next = ok(setReviewBy(sheet, id, '2025-02-01', makeCtx()));
    expect(setReviewBy(sheet, id, '2025-02-31', makeCtx()).ok).toBe(false);
    next = { ...next, moments: next.moments.map((m) => (m.id === id ? { ...m, owner: 'Ana' } : m)) };
    const item = gatherPlan({ records: [], worksheets: [next], plan: emptyPlan }).find((i) => i.key.endsWith(id));
    expect(item).toMatchObject({ source: 'journey', owner: 'Ana', due: '2025-02-01' });
    const cleared = ok(setReviewBy(next, id, '', makeCtx()));
    expect(cleared.moments.find((m) => m.id === id)?.reviewBy).toBeUndefined();
  });

  it('snapshots stages in order with their moments', () => {
    expect(snapshotMoments(fresh().snapshot).map((m) => [m.title, m.stage])).toEqual([
      ['Finding the door', 0],
      ['Being greeted', 0],
      ['Asking for an umbrella', 1],
    ]);
  });
});
