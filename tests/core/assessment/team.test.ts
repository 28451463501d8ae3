import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { decodeShareCode, type SharedAnswers } from '../../../src/core/assessment/share-code-reader';
import { addCodes, addParticipant, describeParticipant, type Participant } from '../../../src/core/assessment/team';
import type { Answers } from '../../../src/core/assessment/answers';
import { OTHER_SESSION, SESSION, three } from './fixtures';

const share = (answers: Answers, alias = '', sessionId = SESSION): SharedAnswers => {
  const decoded = decodeShareCode(encodeShareCode(three, { sessionId, answers, alias }), { assessment: three });
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.value;
};

describe('adding participants', () => {
  const anna = share({ 'a-1': 4 }, 'Anna');
  const ben = share({ 'a-1': 2 }, 'Ben');

  it('keeps insertion order and counts the same code once, saying so', () => {
    let people: Participant[] = [];
    for (const shared of [anna, ben]) people = addParticipant(people, shared).participants;
    const again = addParticipant(people, anna);
    expect(again.status).toBe('duplicate');
    expect(again.index).toBe(0);
    expect(again.message).toBe('This code was already added (Anna), so it counts once.');
    expect(again.participants.map((p) => p.alias)).toEqual(['Anna', 'Ben']);
  });

  it.each<[string, SharedAnswers, SharedAnswers, 'added' | 'duplicate']>([
    ['identical codes', anna, share({ 'a-1': 4 }, 'Anna'), 'duplicate'],
    ['the same answers under another alias', anna, share({ 'a-1': 4 }, 'Annie'), 'added'],
    ['the same alias with other answers', anna, share({ 'a-1': 5 }, 'Anna'), 'added'],
    ['the same answers and alias in another session', anna, share({ 'a-1': 4 }, 'Anna', OTHER_SESSION), 'added'],
    // Identity is the exact payload: two people with identical answers and no alias count once.
    ['identical answers without an alias', share({ 'b-2': 3 }), share({ 'b-2': 3 }), 'duplicate'],
  ])('treats %s as %s', (_label, first, second, status) => {
    const people = addParticipant([], first).participants;
    expect(addParticipant(people, second).status).toBe(status);
  });

  it('warns when an alias is reused with other answers', () => {
    const people = addParticipant([], anna).participants;
    expect(addParticipant(people, share({ 'a-1': 5 }, 'Anna')).message).toMatch(/already uses the name "Anna"/);
    expect(addParticipant(people, ben).message).toMatch(/^Added Ben\. This code comes from an older version/);
  });

  it('names people without an alias by position', () => {
    expect(describeParticipant({ alias: '' }, 2)).toBe('Participant 3');
  });

  it('adds a pasted blob and reports on every code in it', () => {
    const fromOtherSession = encodeShareCode(three, { sessionId: OTHER_SESSION, answers: { 'a-1': 1 } });
    const blob = `${anna.code}\n${ben.code}, ${anna.code}\n${fromOtherSession}\n${ben.code.slice(0, 20)}`;
    const { participants, outcomes } = addCodes([], blob, { assessment: three, sessionId: SESSION });
    expect(participants.map((p) => p.alias)).toEqual(['Anna', 'Ben']);
    expect(outcomes.map((o) => [o.status, o.problem])).toEqual([
      ['added', undefined],
      ['added', undefined],
      ['duplicate', undefined],
      ['rejected', 'wrong-session'],
      ['rejected', 'corrupted'],
    ]);
  });
});
