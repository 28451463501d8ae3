import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveWorksheet, deleteWorksheet } from '../../../src/core/journey/collection';
import { removeMoment } from '../../../src/core/journey/edit-moments';
import { exportJson } from '../../../src/core/journey/export';
import { emptyCollection } from '../../../src/core/journey/format';
import { applyImport, describeFieldPath, previewImport, type ImportPreview } from '../../../src/core/journey/import';
import { IMPORT_MAX_CHARS, MAX_WORKSHEETS } from '../../../src/core/journey/limits';
import { mergeCollections } from '../../../src/core/journey/merge';
import { type Worksheet } from '../../../src/core/journey/model';
import { type JourneyCollection } from '../../../src/core/journey/format';
import { at, buildSheet, makeCtx, ok, must } from './helpers';
import { sheetOfThree, versionOne, withSessionFields } from './version-samples';

const save = (collection: JourneyCollection, sheet: Worksheet): JourneyCollection => {
  const result = saveWorksheet(collection, sheet);
  if (!result.ok) throw new Error(result.message);
  return result.collection;
};
const sheet = buildSheet([['Arriving', [{ title: 'Check-in' }, { title: 'Umbrella' }]]]);
const envelope = (data: unknown, version = 1, kind = 'accueil.journeys') => JSON.stringify({ kind, version, data });
const withMoment = (patch: Record<string, unknown>) =>
  envelope({ worksheets: [{ ...sheet, moments: [{ ...sheet.moments[0], ...patch }, sheet.moments[1]] }] });
const messageOf = (preview: ImportPreview) => (preview.ok ? 'accepted' : preview.message);
const CHOOSE = 'Choose a .json file exported from the journey worksheets.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('previewImport refuses, with a clear message', () => {
  it.each([
    ['an empty file', '', `This file is empty. ${CHOOSE}`],
    ['a file of spaces', '   \n', `This file is empty. ${CHOOSE}`],
    [
      'text that is not JSON',
      'Name,Stage\nHotel,Arriving',
      `This file is not a worksheet export: its text is not valid JSON. ${CHOOSE}`,
    ],
    ['a JSON array', '[1,2]', `This file is not an Accueil export. ${CHOOSE}`],
    [
      'another kind of Accueil file',
      envelope({}, 1, 'accueil.assessment'),
      `This file does not hold journey worksheets. ${CHOOSE}`,
    ],
    [
      'a file with no version',
      JSON.stringify({ kind: 'accueil.journeys', data: {} }),
      `This file does not say which format version it uses, so it cannot be read safely. ${CHOOSE}`,
    ],
    [
      'a newer version',
      envelope({ worksheets: [] }, 3),
      'This file was made by a newer version of Accueil (format 3). Reload the page to get the latest version, then import it again.',
    ],
    [
      'a file with no worksheets',
      envelope({ worksheets: [] }),
      'This file holds no worksheets, so there is nothing to import.',
    ],
    [
      'data that is not a collection',
      envelope('hello'),
      'This file cannot be imported because of a problem in the file as a whole: the data must be an object holding a list of worksheets. Fix that field, or export the worksheet from Accueil again.',
    ],
  ])('%s', (_label, text, expected) => {
    expect(messageOf(previewImport(text, []))).toBe(expected);
  });

  it.each([
    [
      'a feeling of 7',
      { feeling: 7 },
      'worksheet 1, moment 1, field “feeling”: the feeling must be a whole number from -3 to 3.',
    ],
    [
      'an unknown kind',
      { kind: 'epic' },
      'worksheet 1, moment 1, field “kind”: choose a kind of moment: one of high-emotion, small-meaningful, costly-annoyance.',
    ],
    ['a missing title', { title: undefined }, 'worksheet 1, moment 1, field “title”: the moment title must be text.'],
    [
      'an unknown trait',
      { traits: ['accessible', 'kind'] },
      'worksheet 1, moment 1, trait 2: choose each trait: one of accessible, consistent, flexible, proactive, respectful, responsible, straightforward.',
    ],
    [
      'a script tag as an id',
      { id: '<script>' },
      'worksheet 1, moment 1, field “id”: an id may use only letters, digits, "-" and "_".',
    ],
  ])('names the field with the problem: %s', (_label, patch, where) => {
    expect(messageOf(previewImport(withMoment(patch), []))).toBe(
      `This file cannot be imported because of a problem in ${where} Fix that field, or export the worksheet from Accueil again.`,
    );
  });

  it('refuses a 20 MB file at once, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"kind":"accueil.journeys","version":1,"data":{"worksheets":[],"pad":"${'x'.repeat(20_000_000)}"}}`;
    const started = performance.now();
    const preview = previewImport(huge, []);
    const elapsed = performance.now() - started;
    expect(messageOf(preview)).toBe(`This file is too large to import: the limit is 2 MB. ${CHOOSE}`);
    expect(parse).not.toHaveBeenCalled();
    expect(elapsed).toBeLessThan(250);
  });

  it('accepts a file just under the limit and refuses one just over', () => {
    const text = exportJson([sheet]);
    const padded = (size: number) => text.replace('{', `{"pad":"${'x'.repeat(size - text.length - 9)}",`);
    expect(padded(IMPORT_MAX_CHARS).length).toBe(IMPORT_MAX_CHARS);
    expect(previewImport(padded(IMPORT_MAX_CHARS), []).ok).toBe(true);
    expect(messageOf(previewImport(padded(IMPORT_MAX_CHARS + 1), []))).toContain('too large');
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      'null',
      '{}',
      '{"kind":"accueil.journeys","version":1}',
      '{"__proto__":{"x":1}}',
      '\u0000',
      '"just a string"',
      envelope({ worksheets: [null] }),
    ]) {
      expect(() => previewImport(text, [])).not.toThrow();
      expect(messageOf(previewImport(text, []))).toMatch(/^This file .*\.$/);
    }
    expect(messageOf(previewImport(envelope({ worksheets: [null] }), []))).toContain(
      'worksheet 1: each worksheet must be an object with a name, stages and moments.',
    );
  });
});

describe('previewImport accepts', () => {
  it('lists the worksheets and which ones would overwrite', () => {
    const other = { ...buildSheet([['S', []]], makeCtx('o')), name: 'Other' };
    const preview = previewImport(exportJson([sheet, other]), [{ ...sheet, name: 'Mine' }]);
    expect(preview.ok && preview.items.map((item) => [item.worksheet.id, item.conflict, item.existingName])).toEqual([
      [sheet.id, true, 'Mine'],
      [other.id, false, undefined],
    ]);
  });

  it('a version 1 export, with every moment and its spread, pin and review date, and says it was upgraded', () => {
    const older = withSessionFields(sheetOfThree());
    const preview = previewImport(versionOne({ worksheets: [older], tombstones: [] }), []);
    expect(preview).toEqual({ ok: true, items: [{ worksheet: older, conflict: false }], migratedFrom: 1 });
  });

  it('its own version 2 export, spread, pins and review dates included', () => {
    const sheet = withSessionFields(sheetOfThree());
    const text = exportJson([sheet]);
    expect(JSON.parse(text)).toMatchObject({ kind: 'accueil.journeys', version: 2 });
    expect(previewImport(text, [])).toEqual({ ok: true, items: [{ worksheet: sheet, conflict: false }] });
  });

  it('keeps script and HTML in names exactly as text', () => {
    const hostile = { ...sheet, name: '<script>alert(1)</script>', customer: '<img src=x onerror=alert(1)>' };
    const preview = previewImport(exportJson([hostile]), []);
    expect(preview.ok && preview.items[0]?.worksheet).toEqual(hostile);
  });
});

describe('applyImport', () => {
  const ctx = () => makeCtx('new', 30);
  const local = () => save(emptyCollection(), { ...sheet, name: 'Mine' });
  const outcome = (result: ReturnType<typeof applyImport>) => {
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it('replaces a worksheet with the same id when asked', () => {
    const incoming = ok(removeMoment(sheet, must(sheet.moments[1]).id, makeCtx('x', 20)));
    const result = outcome(
      applyImport(local(), previewImport(exportJson([incoming]), local().worksheets), { [sheet.id]: 'replace' }, ctx()),
    );
    expect(result.replaced).toEqual([sheet.id]);
    expect(result.collection.worksheets).toHaveLength(1);
    expect(must(result.collection.worksheets[0]).moments.map((m) => m.title)).toEqual(['Check-in']);
    expect(result.collection.tombstones.map((t) => t.id)).toEqual([must(sheet.moments[1]).id]);
  });

  it('keeps both with new ids, and marks the copy as imported', () => {
    const result = outcome(
      applyImport(local(), previewImport(exportJson([sheet]), local().worksheets), { [sheet.id]: 'keep-both' }, ctx()),
    );
    expect(result.collection.worksheets.map((w) => w.name)).toEqual(['Mine', 'Test journey (imported)']);
    expect(result.added).toEqual(['new-1']);
    const copy = must(result.collection.worksheets[1]);
    expect(copy.moments.every((m) => m.id.startsWith('new-') && m.stageId === must(copy.stages[0]).id)).toBe(true);
  });

  it('keeps both when a conflict has no choice, so nothing is overwritten unasked', () => {
    const result = outcome(applyImport(local(), previewImport(exportJson([sheet]), local().worksheets), {}, ctx()));
    expect(result.collection.worksheets.map((w) => w.name)).toEqual(['Mine', 'Test journey (imported)']);
  });

  it('skips when asked', () => {
    const result = outcome(
      applyImport(local(), previewImport(exportJson([sheet]), local().worksheets), { [sheet.id]: 'skip' }, ctx()),
    );
    expect(result.collection).toEqual(local());
    expect(result.skipped).toEqual([sheet.id]);
  });

  it('counts an import as an edit made now, so a stale tab or an old deletion does not undo it', () => {
    const deleted = deleteWorksheet(local(), sheet.id, at(20));
    const result = outcome(applyImport(deleted, previewImport(exportJson([sheet]), deleted.worksheets), {}, ctx()));
    expect(must(result.collection.worksheets[0]).updatedAt).toBe(at(30));
    expect(result.collection.tombstones).toEqual([]);
    expect(mergeCollections(deleted, result.collection).worksheets.map((w) => w.id)).toEqual([sheet.id]);
  });

  it('refuses an import that would go over the worksheet limit', () => {
    let full = emptyCollection();
    const ids = makeCtx('f');
    for (let i = 0; i < MAX_WORKSHEETS; i += 1) full = save(full, buildSheet([], ids));
    const result = applyImport(full, previewImport(exportJson([sheet]), full.worksheets), {}, ctx());
    expect(result.ok ? 'accepted' : result.message).toBe(
      'This import would bring you to 101 worksheets, over the limit of 100. Delete some you no longer need, or skip some of the imported ones.',
    );
  });

  it('passes on a refused preview unchanged', () => {
    const preview = previewImport('nope', []);
    expect(applyImport(local(), preview, {}, ctx())).toEqual(preview);
  });
});

describe('describeFieldPath', () => {
  it.each([
    ['worksheets.0.moments.2.feeling', 'worksheet 1, moment 3, field “feeling”'],
    ['worksheets.1.stages.0.name', 'worksheet 2, stage 1, field “name”'],
    ['worksheets', 'field “worksheets”'],
  ])('describes %s as %s', (path, expected) => {
    expect(describeFieldPath(path)).toBe(expected);
  });
});
