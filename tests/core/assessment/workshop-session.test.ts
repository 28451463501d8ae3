import { describe, expect, it } from 'vitest';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';
import type { Answers } from '../../../src/core/assessment/answers';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { buildShareLink } from '../../../src/core/assessment/share-link';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { setAgreedRating, setDimensionNotes, addAction } from '../../../src/core/assessment/workshop-record';
import {
  addCodesToSession,
  MAX_PASTE_CHARS,
  readSessionParticipants,
} from '../../../src/core/assessment/workshop-participants';
import {
  MAX_SESSION_CODES,
  createWorkshopSession,
  refreshWorkshopRecord,
  removeCodeFromSession,
  workshopSessionsFormat,
  type WorkshopSession,
} from '../../../src/core/assessment/workshop-session';
import { exportTeamResult, importTeamResult, mergeSessions } from '../../../src/core/assessment/workshop-file';
import { participationFormat, startParticipation } from '../../../src/core/assessment/workshop-participation';
import { makeAssessment, OTHER_SESSION, SESSION, three } from './fixtures';

const code = (answers: Answers, alias = '', sessionId = SESSION) =>
  encodeShareCode(three, { sessionId, answers, alias });
const fresh = (): WorkshopSession =>
  createWorkshopSession({ assessment: three, name: '  Support team  ', id: SESSION, date: '2025-03-04' });
const anna = code({ 'a-1': 1, 'b-1': 3 }, 'Anna');
const ben = code({ 'a-1': 2, 'b-1': 4 }, 'Ben');
const cleo = code({ 'a-1': 5, 'b-1': 4 }, 'Cleo');

describe('workshop sessions', () => {
  it('starts empty, hidden and with a trimmed name', () => {
    expect(fresh()).toEqual({
      id: SESSION,
      name: 'Support team',
      assessmentId: 'heart',
      created: '2025-03-04',
      codes: [],
      revealed: false,
      shownCodes: [],
      record: null,
      savedRecord: null,
      dotPlotMin: 3,
      expected: null,
      autoReveal: false,
    });
    expect(createWorkshopSession({ assessment: three, name: '   ', id: SESSION, date: '2025-03-04' }).name).toBe(
      'Workshop',
    );
  });

  it('adds pasted codes and links, reporting each outcome, and keeps only canonical codes', () => {
    const link = buildShareLink('https://x.test/tools/workshop/', {
      assessmentId: 'heart',
      sessionId: SESSION,
      code: ben,
    });
    const text = `${anna}\n${link}\n${anna}\n${code({ 'a-1': 3 }, 'Dan', OTHER_SESSION)}\n${anna.slice(0, -2)}xx`;
    const { session, outcomes } = addCodesToSession(three, fresh(), text);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'duplicate', 'rejected', 'rejected']);
    expect(outcomes[2]?.message).toMatch(/counts once/);
    expect(outcomes[3]?.problem).toBe('wrong-session');
    expect(outcomes[4]?.problem).toBe('corrupted');
    expect(session.codes).toEqual([anna, ben]);
  });

  it('decodes its participants again and reports codes that no longer read', () => {
    const session = { ...fresh(), codes: [anna, ben] };
    expect(readSessionParticipants(three, session).participants.map((p) => p.alias)).toEqual(['Anna', 'Ben']);
    const newer = makeAssessment({ version: 2, dimensions: [{ id: 'a', label: 'Alpha', items: 3 }] });
    const { participants, unreadable } = readSessionParticipants(newer, session);
    expect(participants).toEqual([]);
    expect(unreadable).toHaveLength(2);
  });

  it('refuses a paste larger than a session could need, and keeps the session as it was', () => {
    const session = { ...fresh(), codes: [anna] };
    const text = `${ben} ${'x'.repeat(MAX_PASTE_CHARS)}`;
    const result = addCodesToSession(three, session, text);
    expect(result.session).toBe(session);
    expect(result.outcomes).toHaveLength(1);
    expect(result.outcomes[0]?.status).toBe('rejected');
    expect(result.outcomes[0]?.message).toMatch(/smaller batches/);
    expect(addCodesToSession(three, session, ben).session.codes).toEqual([anna, ben]);
  });

  it('removes a participant by key', () => {
    const session = { ...fresh(), codes: [anna, ben, cleo] };
    expect(removeCodeFromSession(session, ben).codes).toEqual([anna, cleo]);
  });

  it(`stops at ${MAX_SESSION_CODES} codes and says why for the rest`, () => {
    const many = Array.from({ length: MAX_SESSION_CODES - 1 }, () => 'x');
    const session = { ...fresh(), codes: many };
    const added = addCodesToSession(three, session, `${anna} ${ben}`);
    // The placeholders are unreadable, so both new codes are valid; only the first fits.
    expect(added.session.codes).toHaveLength(MAX_SESSION_CODES);
    expect(added.outcomes.map((o) => o.status)).toEqual(['added', 'rejected']);
    expect(added.outcomes[1]?.message).toMatch(/most it can keep/);
  });

  it('survives the storage format round trip', () => {
    const stored = encodeVersioned(workshopSessionsFormat, { active: SESSION, sessions: [fresh()] });
    expect(decodeVersioned(workshopSessionsFormat, stored)).toEqual({
      status: 'ok',
      value: { active: SESSION, sessions: [fresh()] },
    });
    const hostile = stored.replace('"codes":[]', '"codes":["<script>"]');
    expect(decodeVersioned(workshopSessionsFormat, hostile).status).toBe('invalid');
  });
});

describe('the workshop record in a session', () => {
  it('refreshes the team snapshot and keeps what was agreed', () => {
    const session = { ...fresh(), codes: [anna, ben, cleo] };
    const people = readSessionParticipants(three, session).participants;
    const first = refreshWorkshopRecord({
      assessment: three,
      session: { ...session, codes: [anna, ben] },
      summary: summariseTeam(three, people.slice(0, 2)),
      date: '2025-03-04',
    });
    expect(first.dimensions[0]?.team.scores).toEqual([]);
    let edited = setAgreedRating(first, 'a', 2);
    edited = setDimensionNotes(edited, 'a', 'Slow replies');
    edited = addAction(edited, { text: 'Answer within a day', owner: 'Ben', due: null });
    edited = { ...edited, team: 'Front desk' };
    const later = refreshWorkshopRecord({
      assessment: three,
      session: { ...session, record: edited },
      summary: summariseTeam(three, people),
      date: '2025-04-01',
    });
    expect(later.date).toBe('2025-03-04');
    expect(later.participantCount).toBe(3);
    expect(later.dimensions[0]).toMatchObject({ agreed: 2, notes: 'Slow replies', team: { n: 3, median: 2 } });
    expect(later.actions).toHaveLength(1);
    // The team a record was saved for stays with it when later codes refresh the snapshot.
    expect(later.team).toBe('Front desk');
  });
});

describe('team result files', () => {
  it('exports and imports the same session', () => {
    const session = { ...fresh(), codes: [anna, ben, cleo], revealed: true };
    expect(importTeamResult(exportTeamResult(session), [three])).toEqual({ ok: true, session, note: null });
  });

  it.each<[string, string, RegExp]>([
    ['empty', '  ', /file is empty/],
    ['not JSON', '{"kind":', /not valid JSON/],
    [
      'another Accueil file',
      JSON.stringify({ kind: 'accueil.assessment-result', version: 1, data: {} }),
      /not a accueil.workshop-team file/,
    ],
    ['newer', JSON.stringify({ kind: 'accueil.workshop-team', version: 7, data: {} }), /newer version/],
    ['hostile', JSON.stringify({ kind: 'accueil.workshop-team', version: 1, data: { id: '<img>' } }), /not valid/],
  ])('refuses a %s file with a clear message', (_label, text, message) => {
    const imported = importTeamResult(text, [three]);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.message).toMatch(message);
  });

  it('refuses a session for an assessment the page does not offer', () => {
    const other = makeAssessment({ id: 'chain', dimensions: [{ id: 'a', label: 'Alpha', items: 3 }] });
    const imported = importTeamResult(exportTeamResult(fresh()), [other]);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.message).toMatch(/"heart" assessment/);
  });

  it('leaves out codes that no longer read, and says so', () => {
    const text = exportTeamResult({ ...fresh(), codes: [anna, `${ben.slice(0, -3)}AAA`] });
    const imported = importTeamResult(text, [three]);
    expect(imported.ok && imported.session.codes).toEqual([anna]);
    expect(imported.ok && imported.note).toMatch(/^1 code in the file could not be used and was left out/);
  });

  it('merges an imported session into a saved one without losing anything', () => {
    const saved = { ...fresh(), codes: [anna, ben] };
    const imported = { ...fresh(), name: 'Other name', codes: [ben, cleo], revealed: true };
    expect(mergeSessions(saved, imported)).toMatchObject({
      name: 'Support team',
      codes: [anna, ben, cleo],
      revealed: true,
    });
  });
});

describe('participation', () => {
  it('starts on the intro screen and stores through its format', () => {
    const started = startParticipation('heart', SESSION);
    expect(started).toEqual({
      sessionId: SESSION,
      assessmentId: 'heart',
      alias: '',
      answers: {},
      step: 0,
      stage: 'intro',
      participantId: started.participantId,
      revision: 0,
      comments: {},
    });
    expect(started.participantId).toMatch(/^[A-Za-z0-9_-]{6}$/);
    // Each join makes its own random id, so two people never share one.
    expect(startParticipation('heart', SESSION).participantId).not.toBe(started.participantId);
    const round = decodeVersioned(participationFormat, encodeVersioned(participationFormat, started));
    expect(round).toEqual({ status: 'ok', value: started });
    expect(decodeVersioned(participationFormat, encodeVersioned(participationFormat, null))).toEqual({
      status: 'ok',
      value: null,
    });
    const bad = JSON.stringify({
      kind: 'accueil.workshop-participation',
      version: 1,
      data: { ...started, answers: { x: 9 } },
    });
    expect(decodeVersioned(participationFormat, bad).status).toBe('invalid');
  });
});
