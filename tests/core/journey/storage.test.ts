import { describe, expect, it } from 'vitest';
import { capTombstones, deleteWorksheet, saveWorksheet } from '../../../src/core/journey/collection';
import { removeMoment } from '../../../src/core/journey/edit-moments';
import { decodeCollection, emptyCollection, encodeCollection, journeysFormat } from '../../../src/core/journey/format';
import { MAX_TOMBSTONES, MAX_WORKSHEETS } from '../../../src/core/journey/limits';
import { collectionSchema, type JourneyCollection } from '../../../src/core/journey/format';
import { at, buildSheet, makeCtx, ok, must } from './helpers';
import { SPREAD, sheetOfThree, versionOne, withSessionFields } from './version-samples';

const saved = (result: ReturnType<typeof saveWorksheet>): JourneyCollection => {
  if (!result.ok) throw new Error(result.message);
  return result.collection;
};

describe('the stored format', () => {
  it('is accueil.journeys version 2', () => {
    expect(journeysFormat.kind).toBe('accueil.journeys');
    expect(journeysFormat.version).toBe(2);
    expect(JSON.parse(encodeCollection(emptyCollection()))).toEqual({
      kind: 'accueil.journeys',
      version: 2,
      data: { worksheets: [], tombstones: [] },
    });
  });

  it('round-trips a collection', () => {
    const collection = saved(saveWorksheet(emptyCollection(), buildSheet([['A', [{ title: '<b>bold</b>' }]]])));
    expect(decodeCollection(encodeCollection(collection))).toEqual({ status: 'ok', value: collection });
  });

  it('round-trips a moment’s spread, pin and review date in version 2', () => {
    const collection = saved(saveWorksheet(emptyCollection(), withSessionFields(sheetOfThree())));
    const text = encodeCollection(collection);
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    const decoded = decodeCollection(text);
    expect(decoded).toEqual({ status: 'ok', value: collection });
    const first = decoded.status === 'ok' ? decoded.value.worksheets[0]?.moments[0] : undefined;
    expect(first).toMatchObject({ spread: SPREAD, pin: { reason: 'Guests <b>complain</b>' }, reviewBy: '2026-03-31' });
  });

  it('opens version 1 with every moment intact, and says it was upgraded from version 1', () => {
    const collection = saved(saveWorksheet(emptyCollection(), sheetOfThree()));
    const decoded = decodeCollection(versionOne(collection));
    expect(decoded).toEqual({ status: 'ok', value: collection, migratedFrom: 1 });
    expect(decoded.status === 'ok' && decoded.value.worksheets[0]?.moments.map((m) => m.title)).toEqual([
      'a1',
      'a2',
      'b1',
    ]);
  });

  it('keeps the spread, pin and review date a version 1 store already held', () => {
    // The builds that added these fields wrote them under version 1, before the version was raised.
    const collection = saved(saveWorksheet(emptyCollection(), withSessionFields(sheetOfThree())));
    expect(decodeCollection(versionOne(collection))).toEqual({ status: 'ok', value: collection, migratedFrom: 1 });
  });

  it('does not read a store from a newer version', () => {
    const text = JSON.stringify({ kind: 'accueil.journeys', version: 3, data: { worksheets: [] } });
    expect(decodeCollection(text)).toEqual({ status: 'newer', version: 3, raw: text });
  });

  it('accepts a file without deletion records', () => {
    const text = JSON.stringify({ kind: 'accueil.journeys', version: 2, data: { worksheets: [] } });
    expect(decodeCollection(text)).toEqual({ status: 'ok', value: emptyCollection() });
    const v1 = JSON.stringify({ kind: 'accueil.journeys', version: 1, data: { worksheets: [] } });
    expect(decodeCollection(v1)).toEqual({ status: 'ok', value: emptyCollection(), migratedFrom: 1 });
  });

  it('rejects two worksheets with the same id', () => {
    const sheet = buildSheet([['A', []]]);
    expect(collectionSchema.safeParse({ worksheets: [sheet, sheet], tombstones: [] }).success).toBe(false);
  });
});

describe('saving and deleting', () => {
  it('records a tombstone for each stage or moment that disappears', () => {
    const ctx = makeCtx();
    const sheet = buildSheet([['A', [{ title: 'a1' }, { title: 'a2' }]]], ctx);
    const first = saved(saveWorksheet(emptyCollection(), sheet));
    ctx.tick(5);
    const edited = ok(removeMoment(sheet, must(sheet.moments[0]).id, ctx));
    const second = saved(saveWorksheet(first, edited));
    expect(second.worksheets).toEqual([edited]);
    expect(second.tombstones).toEqual([
      { entity: 'moment', worksheetId: sheet.id, id: must(sheet.moments[0]).id, deletedAt: at(5) },
    ]);
  });

  it('refuses a new worksheet beyond the limit but still saves existing ones', () => {
    let collection = emptyCollection();
    const ctx = makeCtx();
    for (let i = 0; i < MAX_WORKSHEETS; i += 1) collection = saved(saveWorksheet(collection, buildSheet([], ctx)));
    const extra = saveWorksheet(collection, buildSheet([], ctx));
    expect(extra.ok ? 'saved' : extra.message).toBe(
      'You can keep up to 100 worksheets on this device. Export and delete some you no longer use, then try again.',
    );
    expect(saveWorksheet(collection, must(collection.worksheets[0])).ok).toBe(true);
  });

  it('deletes a worksheet and records when', () => {
    const sheet = buildSheet([['A', []]]);
    const collection = deleteWorksheet(saved(saveWorksheet(emptyCollection(), sheet)), sheet.id, at(9));
    expect(collection).toEqual({
      worksheets: [],
      tombstones: [{ entity: 'worksheet', worksheetId: sheet.id, id: sheet.id, deletedAt: at(9) }],
    });
  });

  it('keeps only the newest deletion records', () => {
    const records = Array.from({ length: MAX_TOMBSTONES + 3 }, (_, i) => ({
      entity: 'moment' as const,
      worksheetId: 'w',
      id: `m${i}`,
      deletedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    }));
    const kept = capTombstones(records);
    expect(kept).toHaveLength(MAX_TOMBSTONES);
    expect(kept.map((r) => r.id)).not.toContain('m0');
    expect(must(kept[0]).id).toBe(`m${MAX_TOMBSTONES + 2}`);
  });
});
