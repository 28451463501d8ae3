// Issue 14: a participant who changes their answers and sends a new code still counts once; a code
// pasted late never overwrites a newer one; codes from before participant ids are still read; a
// reveal shows who was in at that moment; the code log tells different codes apart.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/assessment/answers';
import { codeTag } from '../../../src/core/assessment/code-tag';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { decodeShareCode } from '../../../src/core/assessment/share-code-reader';
import { addCodes } from '../../../src/core/assessment/team';
import { exportTeamResult, importTeamResult } from '../../../src/core/assessment/workshop-file';
import { addCodesToSession, readSessionView } from '../../../src/core/assessment/workshop-participants';
import {
  createWorkshopSession,
  hideSession,
  revealSession,
  removeCodeFromSession,
  workshopSessionsFormat,
} from '../../../src/core/assessment/workshop-session';
import { decodeVersioned } from '../../../src/core/versioned';
import { SESSION, three } from './fixtures';

const v2 = (answers: Answers, participantId: string, revision: number, alias = '') =>
  encodeShareCode(three, { sessionId: SESSION, answers, alias, participantId, revision });
const v1 = (answers: Answers, alias = '') => encodeShareCode(three, { sessionId: SESSION, answers, alias });
const fresh = () => createWorkshopSession({ assessment: three, name: 'Room', id: SESSION, date: '2025-03-04' });
const add = (session: ReturnType<typeof fresh>, text: string) => addCodesToSession(three, session, text);

describe('share code format 2', () => {
  it('carries the participant id and revision, and still reads format 1 codes', () => {
    const code = v2({ 'a-1': 4 }, 'Xy-_12', 7, 'Fox');
    const decoded = decodeShareCode(code, { assessment: three, sessionId: SESSION });
    expect(decoded.ok && decoded.value).toMatchObject({
      participantId: 'Xy-_12',
      revision: 7,
      format: 2,
      alias: 'Fox',
    });
    const old = decodeShareCode(v1({ 'a-1': 4 }), { assessment: three, sessionId: SESSION });
    expect(old.ok && old.value).toMatchObject({ participantId: null, revision: 0, format: 1 });
  });
});

describe('re-sent codes', () => {
  const first = v2({ 'a-1': 1, 'b-1': 1 }, 'Person', 1, 'Fox');
  const second = v2({ 'a-1': 5, 'b-1': 5 }, 'Person', 2, 'Fox');
  const other = v2({ 'a-1': 3 }, 'Other1', 1);

  it('replaces the earlier answers in place and says "updated"', () => {
    const { participants, outcomes } = addCodes([], [first, other, second].join('\n'), { assessment: three });
    expect(participants.map((p) => p.code)).toEqual([second, other]);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'updated']);
    expect(outcomes[2]?.message).toMatch(/^Updated Fox: this newer code replaces their earlier answers/);
  });

  it('keeps the newer answers when an old copy arrives late', () => {
    const { participants, outcomes } = addCodes([], [second, first].join('\n'), { assessment: three });
    expect(participants.map((p) => p.code)).toEqual([second]);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'outdated']);
    expect(outcomes[1]?.message).toMatch(/older code from Fox; their newer answers are kept/);
  });

  it('stores the replacement in the session, so a reload counts the same people', () => {
    const session = add(add(fresh(), `${first}\n${other}`).session, second).session;
    expect(session.codes).toEqual([second, other]);
    expect(readSessionView(three, session).participants).toHaveLength(2);
  });

  it('counts format 1 codes as today (each distinct code a person) and explains why', () => {
    const { participants, outcomes } = addCodes([], [v1({ 'a-1': 1 }), v1({ 'a-1': 2 })].join('\n'), {
      assessment: three,
    });
    expect(participants).toHaveLength(2);
    expect(outcomes[0]?.message).toMatch(/older version of Accueil .* remove their older one\.$/);
  });
});

describe('reveal snapshots', () => {
  const people = ['Alpha1', 'Bravo2', 'Charl3', 'Delta4'].map((id, i) => v2({ 'a-1': (i + 1) as 1 }, id, 1));

  it('shows who was in at the reveal; later codes wait until shown', () => {
    let session = add(fresh(), people.slice(0, 2).join(' ')).session;
    session = revealSession(session);
    session = add(session, people.slice(2).join(' ')).session;
    let view = readSessionView(three, session);
    expect(view.participants).toHaveLength(4);
    expect(view.shown).toHaveLength(2);
    expect(view.waiting).toEqual({ added: 2, updated: 0 });
    // A person already shown sends a new code: their shown answers stay until the facilitator shows it.
    const update = v2({ 'a-1': 5 }, 'Alpha1', 2);
    session = add(session, update).session;
    view = readSessionView(three, session);
    expect(view.shown.map((p) => p.answers['a-1'])).toEqual([1, 2]);
    expect(view.waiting).toEqual({ added: 2, updated: 1 });
    session = revealSession(session);
    view = readSessionView(three, session);
    expect(view.shown.map((p) => p.answers['a-1'])).toEqual([5, 2, 3, 4]);
    expect(view.waiting).toEqual({ added: 0, updated: 0 });
    // Removing someone takes them off the screen; hiding forgets the snapshot.
    view = readSessionView(three, removeCodeFromSession(session, people[1] ?? ''));
    expect(view.shown).toHaveLength(3);
    expect(readSessionView(three, hideSession(session)).shown).toEqual([]);
  });

  it('keeps the snapshot in the stored sessions and in team result files', () => {
    let session = revealSession(add(fresh(), people.slice(0, 3).join(' ')).session);
    session = add(session, people[3] ?? '').session;
    const imported = importTeamResult(exportTeamResult(session), [three]);
    expect(imported.ok && readSessionView(three, imported.session).waiting).toEqual({ added: 1, updated: 0 });
    // A version 1 file or store (no snapshot) shows every code it held, as it did then.
    const { shownCodes: _dropped, ...old } = session;
    const raw = JSON.stringify({
      kind: 'accueil.workshop-sessions',
      version: 1,
      data: { active: null, sessions: [old] },
    });
    const decoded = decodeVersioned(workshopSessionsFormat, raw);
    expect(decoded.status === 'ok' && decoded.value.sessions[0]?.shownCodes).toEqual(session.codes);
  });
});

describe('codeTag', () => {
  it('tells apart two codes that differ only in the middle', () => {
    const code = v2({ 'a-1': 4, 'b-1': 2 }, 'Person', 1, 'Fox');
    const at = Math.floor(code.length / 2);
    const copy = `${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`;
    expect(codeTag(copy).end).toBe(codeTag(code).end);
    expect(codeTag(copy).fingerprint).not.toBe(codeTag(code).fingerprint);
    expect(codeTag(`https://x.test/tools/workshop/#a=heart&join=${SESSION}&code=${code}`)).toEqual(codeTag(code));
    expect(codeTag(code).fingerprint).toMatch(/^[0-9A-Z]{6}$/);
  });
});
