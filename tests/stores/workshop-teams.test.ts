// A session's team is kept on the device and goes into the record saved from that session.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { setAgreedRating } from '../../src/core/assessment/workshop-record';
import { three } from '../core/assessment/fixtures';

async function freshModules() {
  vi.resetModules();
  return {
    ...(await import('../../src/stores/workshop')),
    ...(await import('../../src/stores/workshop-codes')),
    ...(await import('../../src/stores/workshop-records')),
    ...(await import('../../src/stores/workshop-teams')),
  };
}

afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('workshop teams', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps a session’s team across a reload and saves it with the record', async () => {
    const first = await freshModules();
    const session = first.startSession(three, 'Support, March');
    first.nameSessionTeam(session.id, 'Support desk');
    first.updateRecord(three, session.id, (record) => setAgreedRating(record, 'a', 2));
    const again = await freshModules();
    expect(again.sessionTeam(session.id)).toBe('Support desk');
    expect(again.saveSessionRecord(session.id)).toBe(true);
    expect(again.$workshopRecords.get().map((r) => [r.sessionName, r.team])).toEqual([
      ['Support, March', 'Support desk'],
    ]);
  });

  it('saves a record of no team for a session without one', async () => {
    const { startSession, updateRecord, saveSessionRecord, $workshopRecords } = await freshModules();
    const session = startSession(three, 'Drop-in');
    updateRecord(three, session.id, (record) => setAgreedRating(record, 'a', 4));
    saveSessionRecord(session.id);
    expect($workshopRecords.get()[0]?.team).toBeNull();
  });
});
