// The worksheets store: saved as you type, merged (never replaced) when another tab saves, and a
// clean start with the old text kept when stored data cannot be read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveWorksheet } from '../../src/core/journey/collection';
import { createEditContext, createSequentialIds } from '../../src/core/journey/context';
import { addMoment, updateMoment } from '../../src/core/journey/edit-moments';
import { addStage } from '../../src/core/journey/edit-stages';
import { decodeCollection, emptyCollection, encodeCollection } from '../../src/core/journey/format';
import { type Worksheet } from '../../src/core/journey/model';
import { type EditResult } from '../../src/core/journey/stamp';
import { type JourneyCollection } from '../../src/core/journey/format';
import { createBlankWorksheet } from '../../src/core/journey/worksheet';
import { sheetOfThree, versionOne, withSessionFields } from '../core/journey/version-samples';

const KEY = 'accueil.journeys';
const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 9, 0, second));

async function freshStore() {
  vi.resetModules();
  const store = await import('../../src/stores/journeys');
  const versioned = await import('../../src/stores/versioned-store');
  // The store listens to other tabs only while something (an island) subscribes to it.
  const stop = store.$journeys.listen(() => undefined);
  return { ...store, ...versioned, stop };
}

const done = (result: EditResult): Worksheet => {
  if (!result.ok) throw new Error(result.message);
  return result.worksheet;
};

/** A worksheet with one stage and two moments, "first" and "second", made at 09:00:00. */
function sampleSheet(): Worksheet {
  const ctx = createEditContext(createSequentialIds('s'), at(0));
  let sheet = createBlankWorksheet(ctx, 'Hotel stay');
  const stage = addStage(sheet, 'Arriving', ctx);
  sheet = done(stage);
  const stageId = stage.ok ? (stage.id ?? '') : '';
  sheet = done(addMoment(sheet, stageId, { title: 'first' }, ctx));
  return done(addMoment(sheet, stageId, { title: 'second' }, ctx));
}

const collectionOf = (sheet: Worksheet): JourneyCollection => {
  const saved = saveWorksheet(emptyCollection(), sheet);
  if (!saved.ok) throw new Error(saved.message);
  return saved.collection;
};
const momentId = (sheet: Worksheet, title: string) => sheet.moments.find((m) => m.title === title)?.id ?? '';
const owners = (collection: JourneyCollection) =>
  Object.fromEntries(collection.worksheets[0]?.moments.map((m) => [m.title, m.owner]) ?? []);

/** What another tab does: write its collection to storage, which fires a storage event here. */
function otherTabSaves(collection: JourneyCollection | null): void {
  const newValue = collection === null ? null : encodeCollection(collection);
  if (newValue === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue }));
}

beforeEach(() => {
  localStorage.clear();
});

describe('the worksheets store', () => {
  it('saves every change at once, in the versioned format', async () => {
    const { putWorksheet, changeWorksheet, stop } = await freshStore();
    const sheet = sampleSheet();
    putWorksheet(sheet);
    const result = changeWorksheet(sheet.id, (s, ctx) =>
      updateMoment(s, momentId(sheet, 'first'), { owner: 'Ana' }, ctx),
    );
    expect(result.ok).toBe(true);
    const stored = decodeCollection(localStorage.getItem(KEY));
    expect(stored.status === 'ok' && owners(stored.value)).toEqual({ first: 'Ana', second: '' });
    stop();
  });

  it('returns core’s sentence and saves nothing when an edit is refused', async () => {
    const { putWorksheet, changeWorksheet, stop } = await freshStore();
    const sheet = sampleSheet();
    putWorksheet(sheet);
    const before = localStorage.getItem(KEY);
    const result = changeWorksheet(sheet.id, (s, ctx) =>
      updateMoment(s, momentId(sheet, 'first'), { title: ' ' }, ctx),
    );
    expect(result).toEqual({ ok: false, message: 'Fill in the moment title: it cannot be empty.' });
    expect(localStorage.getItem(KEY)).toBe(before);
    stop();
  });

  it('keeps both tabs’ edits when they change different moments', async () => {
    const { $journeys, putWorksheet, changeWorksheet, stop } = await freshStore();
    const sheet = sampleSheet();
    putWorksheet(sheet);
    // The other tab loaded the same worksheet, then gave "second" an owner a moment later.
    const theirs = done(
      updateMoment(sheet, momentId(sheet, 'second'), { owner: 'Ben' }, createEditContext(undefined, at(20))),
    );
    // Meanwhile this tab gave "first" an owner; its save does not know about the other tab's edit.
    changeWorksheet(sheet.id, (s) =>
      updateMoment(s, momentId(sheet, 'first'), { owner: 'Ana' }, createEditContext(undefined, at(10))),
    );
    otherTabSaves(collectionOf(theirs));
    expect(owners($journeys.get())).toEqual({ first: 'Ana', second: 'Ben' });
    // This tab wrote the merge back, so the other tab receives "Ana" too and storage holds both.
    const stored = decodeCollection(localStorage.getItem(KEY));
    expect(stored.status === 'ok' && owners(stored.value)).toEqual({ first: 'Ana', second: 'Ben' });
    stop();
  });

  it('does not write back when the other tab already holds everything', async () => {
    const { putWorksheet, stop } = await freshStore();
    const sheet = sampleSheet();
    putWorksheet(sheet);
    const theirs = done(
      updateMoment(sheet, momentId(sheet, 'second'), { owner: 'Ben' }, createEditContext(undefined, at(20))),
    );
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const text = encodeCollection(collectionOf(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
    stop();
  });

  it('follows a deletion of all data in another tab', async () => {
    const { $journeys, putWorksheet, stop } = await freshStore();
    putWorksheet(sampleSheet());
    otherTabSaves(null);
    expect($journeys.get().worksheets).toEqual([]);
    stop();
  });

  it('keeps its work and says so when another tab saved a newer format', async () => {
    const { $journeys, $journeysSyncNotice, putWorksheet, stop } = await freshStore();
    putWorksheet(sampleSheet());
    const newer = JSON.stringify({ kind: KEY, version: 99, data: {} });
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: newer }));
    expect($journeys.get().worksheets).toHaveLength(1);
    expect($journeysSyncNotice.get()).toMatch(/newer version/);
    stop();
  });

  it('starts clean on corrupt data, keeps the raw text and reports it', async () => {
    const corrupt = '{"kind":"accueil.journeys","version":1,"data":{"worksheets":[{"name":"<b>half';
    localStorage.setItem(KEY, corrupt);
    const { $journeys, $storageProblems, readStorageBackup, putWorksheet, stop } = await freshStore();
    expect($journeys.get()).toEqual(emptyCollection());
    expect($storageProblems.get()[KEY]?.message).toMatch(/could not be read.*kept so you can download it/);
    expect(readStorageBackup(KEY)).toBe(corrupt);
    // Working on saves normally; the backup stays until the reader discards it.
    putWorksheet(sampleSheet());
    expect(decodeCollection(localStorage.getItem(KEY)).status).toBe('ok');
    expect(readStorageBackup(KEY)).toBe(corrupt);
    stop();
  });

  it('brings back a deleted worksheet with Undo', async () => {
    const { $journeys, putWorksheet, removeWorksheet, bringBackWorksheet, stop } = await freshStore();
    const sheet = sampleSheet();
    putWorksheet(sheet);
    const removed = removeWorksheet(sheet.id);
    expect($journeys.get().worksheets).toEqual([]);
    expect(removed && bringBackWorksheet(removed)).toEqual({ ok: true, id: sheet.id });
    expect($journeys.get().worksheets.map((s) => s.name)).toEqual(['Hotel stay']);
    stop();
  });
});

describe('worksheets stored by an earlier version', () => {
  const older = () => collectionOf(withSessionFields(sheetOfThree()));

  it('open with every moment intact, and are written back once as version 2', async () => {
    localStorage.setItem(KEY, versionOne(older()));
    const { $journeys, $storageProblems, stop } = await freshStore();
    expect($journeys.get()).toEqual(older());
    expect($storageProblems.get()).toEqual({});
    const text = localStorage.getItem(KEY) ?? '';
    expect(JSON.parse(text)).toMatchObject({ kind: KEY, version: 2 });
    expect(decodeCollection(text)).toEqual({ status: 'ok', value: older() });
    stop();
    // Opened again, the store is already at version 2: nothing is upgraded or written.
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const again = await freshStore();
    expect(again.$journeys.get()).toEqual(older());
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
    again.stop();
  });

  it('arriving from a tab of an earlier build, are merged and written back as version 2', async () => {
    const { $journeys, stop } = await freshStore();
    const text = versionOne(older());
    localStorage.setItem(KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
    expect($journeys.get()).toEqual(older());
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toMatchObject({ version: 2, data: older() });
    stop();
  });
});
