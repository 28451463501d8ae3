// Workshop stores: sessions and records survive a reload, follow other tabs, and never trust storage.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import { buildShareLink } from '../../src/core/assessment/share-link';
import { exportTeamResult } from '../../src/core/assessment/workshop-file';
import { setAgreedRating } from '../../src/core/assessment/workshop-record';
import { SESSION, three } from '../core/assessment/fixtures';

async function freshModules() {
  vi.resetModules();
  const stores = await import('../../src/stores/workshop');
  const codes = await import('../../src/stores/workshop-codes');
  const participant = await import('../../src/stores/workshop-participant');
  const records = await import('../../src/stores/workshop-records');
  const versioned = await import('../../src/stores/versioned-store');
  return { ...stores, ...codes, ...participant, ...records, ...versioned };
}

// Each alias stands for one person, with their own participant id (the alias padded to 6 characters).
const codeFor = (sessionId: string, answers: Record<string, 1 | 2 | 3 | 4 | 5>, alias: string, revision = 1) =>
  encodeShareCode(three, {
    sessionId: sessionId as typeof SESSION,
    answers,
    alias,
    participantId: alias.padEnd(6, '_'),
    revision,
  });

// Stores unmount a moment after their last listener goes; let that happen while the DOM still exists.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('workshop stores', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps several sessions and the open one across a reload', async () => {
    const { startSession } = await freshModules();
    const first = startSession(three, 'Support team');
    const second = startSession(three, 'Billing team');
    expect(first.id).not.toBe(second.id);
    const again = await freshModules();
    const state = again.$workshopSessions.get();
    expect(state.sessions.map((s) => s.name)).toEqual(['Support team', 'Billing team']);
    expect(state.active).toBe(second.id);
    expect(again.activeSession()?.name).toBe('Billing team');
  });

  it('adds codes, counts a duplicate once, removes a participant and puts them back in place', async () => {
    const { startSession, addSessionCodes, removeSessionParticipant, restoreSessionParticipant, activeSession } =
      await freshModules();
    const session = startSession(three, 'Team');
    const codes = ['Ann', 'Bo', 'Cy'].map((alias, i) => codeFor(session.id, { 'a-1': (i + 1) as 1 | 2 | 3 }, alias));
    const outcomes = addSessionCodes(three, session.id, `${codes.join(' ')} ${codes[0] ?? ''}`);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'duplicate']);
    const at = removeSessionParticipant(three, session.id, codes[1] ?? '');
    expect(activeSession()?.codes).toEqual([codes[0], codes[2]]);
    restoreSessionParticipant(three, session.id, codes[1] ?? '', at);
    expect(activeSession()?.codes).toEqual(codes);
  });

  it('deletes a session and Undo restores it, open again', async () => {
    const { startSession, deleteSession, restoreSession, $workshopSessions } = await freshModules();
    const session = startSession(three, 'Team');
    const deleted = deleteSession(session.id);
    expect($workshopSessions.get()).toEqual({ active: null, sessions: [] });
    if (deleted) restoreSession(deleted);
    expect($workshopSessions.get()).toEqual({ active: session.id, sessions: [session] });
  });

  it('starts the record on the first edit, refreshes it with new codes and saves it to the history once', async () => {
    const {
      startSession,
      addSessionCodes,
      updateRecord,
      saveSessionRecord,
      activeSession,
      setRevealed,
      $workshopRecords,
    } = await freshModules();
    const session = startSession(three, 'Team');
    addSessionCodes(three, session.id, codeFor(session.id, { 'a-1': 2 }, 'Ann'));
    setRevealed(three, session.id, true);
    updateRecord(three, session.id, (r) => setAgreedRating(r, 'a', 3));
    expect(activeSession()?.record?.participantCount).toBe(1);
    // A code that arrives after the reveal waits: the record keeps to the people shown.
    addSessionCodes(three, session.id, codeFor(session.id, { 'a-1': 4 }, 'Bo'));
    expect(activeSession()?.record?.participantCount).toBe(1);
    setRevealed(three, session.id, true);
    expect(activeSession()?.record).toMatchObject({ participantCount: 2, dimensions: [{ agreed: 3 }, {}, {}] });
    expect(saveSessionRecord(session.id)).toBe(true);
    updateRecord(three, session.id, (r) => setAgreedRating(r, 'a', 4));
    expect(saveSessionRecord(session.id)).toBe(true);
    expect($workshopRecords.get()).toHaveLength(1);
    expect($workshopRecords.get()[0]?.dimensions[0]?.agreed).toBe(4);
  });

  it('adds a reply link to the session it names, and says so when no session matches', async () => {
    const { startSession, openSession, addReplyLink, $workshopSessions } = await freshModules();
    const session = startSession(three, 'Team');
    openSession(null);
    const link = buildShareLink('https://x.test/tools/workshop/', {
      assessmentId: 'heart',
      sessionId: session.id as typeof SESSION,
      code: codeFor(session.id, { 'a-1': 5 }, 'Ann'),
    });
    const added = addReplyLink([three], link);
    expect(added).toEqual({ ok: true, message: 'From the reply link, for session “Team”: Added Ann.' });
    expect($workshopSessions.get().active).toBe(session.id);
    const other = buildShareLink('https://x.test/', { assessmentId: 'heart', sessionId: SESSION, code: 'AAAA' });
    expect(addReplyLink([three], other).message).toMatch(/no session saved on this device has that id/);
  });

  it('imports a team result as a new session, and merges one with the same id', async () => {
    const { startSession, addSessionCodes, importSession, deleteSession, $workshopSessions } = await freshModules();
    const session = startSession(three, 'Team');
    addSessionCodes(three, session.id, codeFor(session.id, { 'a-1': 5 }, 'Ann'));
    const file = exportTeamResult($workshopSessions.get().sessions[0] ?? session);
    deleteSession(session.id);
    expect(importSession(file, [three])).toEqual({ ok: true, message: 'Imported the session “Team”.' });
    expect(importSession(file, [three]).message).toBe('Merged the file into your saved session “Team”.');
    expect($workshopSessions.get().sessions).toHaveLength(1);
    expect(importSession('{"kind":"other"}', [three]).ok).toBe(false);
  });

  it('keeps a participant’s answers under accueil.workshop.participant.*, apart from personal answers', async () => {
    const { joinAsParticipant, updateParticipation } = await freshModules();
    joinAsParticipant('heart', SESSION);
    updateParticipation({ answers: { 'a-1': 4 }, alias: 'Fox', stage: 'answering' });
    const keys = Object.keys(localStorage);
    expect(keys).toEqual(['accueil.workshop.participant.current']);
    const again = await freshModules();
    again.joinAsParticipant('heart', SESSION);
    expect(again.$participation.get()).toMatchObject({ answers: { 'a-1': 4 }, alias: 'Fox', stage: 'answering' });
    again.joinAsParticipant('heart', 'zz9ZZ0' as typeof SESSION);
    expect(again.$participation.get()).toMatchObject({ answers: {}, alias: '', stage: 'intro' });
  });

  it('follows changes made in another tab', async () => {
    const { $workshopSessions, WORKSHOP_KEYS } = await freshModules();
    const unbind = $workshopSessions.listen(() => undefined);
    const newValue = JSON.stringify({
      kind: 'accueil.workshop-sessions',
      version: 1,
      data: { active: null, sessions: [] },
    });
    localStorage.setItem(WORKSHOP_KEYS.sessions, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: WORKSHOP_KEYS.sessions, newValue }));
    expect($workshopSessions.get()).toEqual({ active: null, sessions: [] });
    const other = JSON.stringify({
      kind: 'accueil.workshop-sessions',
      version: 1,
      data: { active: 'Ab3_-9', sessions: [] },
    });
    localStorage.setItem(WORKSHOP_KEYS.sessions, other);
    window.dispatchEvent(new StorageEvent('storage', { key: WORKSHOP_KEYS.sessions, newValue: other }));
    expect($workshopSessions.get().active).toBe('Ab3_-9');
    unbind();
  });

  it('starts clean on corrupt stored sessions and keeps the old text for download', async () => {
    localStorage.setItem(
      'accueil.workshop.sessions',
      '{"kind":"accueil.workshop-sessions","version":1,"data":{"x":1}}',
    );
    const { $workshopSessions, $storageProblems } = await freshModules();
    expect($workshopSessions.get()).toEqual({ active: null, sessions: [] });
    expect($storageProblems.get()['accueil.workshop.sessions']?.message).toMatch(/could not be read/);
  });
});
