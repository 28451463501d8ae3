import { describe, expect, it } from 'vitest';
import { addStage } from '../../../src/core/journey/edit-stages';
import { LIMITS } from '../../../src/core/journey/limits';
import { worksheetSchema } from '../../../src/core/journey/model';
import {
  createBlankWorksheet,
  describeCustomer,
  duplicateWorksheet,
  fitName,
  renameWorksheet,
} from '../../../src/core/journey/worksheet';
import { at, makeCtx, ok } from './helpers';
import { layout, refusal, sample } from './edit-fixtures';

describe('creating and naming', () => {
  it('creates a blank worksheet with the injected id and time', () => {
    const sheet = createBlankWorksheet(makeCtx('w', 5));
    expect(sheet).toEqual({
      id: 'w-1',
      name: 'Untitled journey',
      customer: '',
      stages: [],
      moments: [],
      createdAt: at(5),
      updatedAt: at(5),
      detailsUpdatedAt: at(5),
    });
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('falls back to the default name when the given one is blank', () => {
    expect(createBlankWorksheet(makeCtx(), '   ').name).toBe('Untitled journey');
  });

  it('renames, trimming spaces, and stamps only the details', () => {
    const { sheet, ctx } = sample();
    const renamed = ok(renameWorksheet(sheet, '  Hotel stay ', ctx));
    expect(renamed.name).toBe('Hotel stay');
    expect(renamed.detailsUpdatedAt).toBe(at(10));
    expect(renamed.updatedAt).toBe(at(10));
    expect(renamed.moments).toEqual(sheet.moments);
  });

  it.each([
    ['', 'Fill in the worksheet name: it cannot be empty.'],
    ['x'.repeat(121), 'Keep the worksheet name to 120 characters or fewer.'],
  ])('refuses the name %j', (name, expected) => {
    const { sheet, ctx } = sample();
    expect(refusal(renameWorksheet(sheet, name, ctx))).toBe(expected);
  });

  it('describes the customer and refuses an over-long description', () => {
    const { sheet, ctx } = sample();
    expect(ok(describeCustomer(sheet, 'A guest on a work trip', ctx)).customer).toBe('A guest on a work trip');
    expect(refusal(describeCustomer(sheet, 'c'.repeat(501), ctx))).toBe(
      'Keep the customer description to 500 characters or fewer.',
    );
  });

  it('returns the same worksheet when an edit changes nothing', () => {
    const { sheet, ctx } = sample();
    expect(ok(renameWorksheet(sheet, sheet.name, ctx))).toBe(sheet);
  });
});

describe('duplicating', () => {
  it('gives new ids everywhere, keeps moments in their stages, and names it "Copy of …"', () => {
    const { sheet } = sample();
    const copy = duplicateWorksheet(sheet, makeCtx('copy', 20));
    expect(copy.name).toBe('Copy of Test journey');
    expect(copy.id).toBe('copy-1');
    const oldIds = new Set([sheet.id, ...sheet.stages.map((s) => s.id), ...sheet.moments.map((m) => m.id)]);
    const newIds = [copy.id, ...copy.stages.map((s) => s.id), ...copy.moments.map((m) => m.id)];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(layout(copy)).toEqual(layout(sheet));
    expect(copy.createdAt).toBe(at(20));
    expect(worksheetSchema.safeParse(copy).success).toBe(true);
  });

  it('shortens a long name so the copy stays within the limit', () => {
    const { sheet, ctx } = sample();
    const long = ok(renameWorksheet(sheet, 'n'.repeat(LIMITS.worksheetName), ctx));
    const copy = duplicateWorksheet(long, makeCtx('c'));
    expect(copy.name.length).toBe(LIMITS.worksheetName);
    expect(copy.name.startsWith('Copy of nnn')).toBe(true);
    expect(copy.name.endsWith('…')).toBe(true);
  });

  it('never cuts an emoji in half when shortening', () => {
    const name = fitName('😀'.repeat(70), 120);
    expect(name).toBe(`${'😀'.repeat(59)}…`);
    expect(name.length).toBeLessThanOrEqual(120);
  });
});

describe('safety net', () => {
  it('refuses an edit when the clock gives an unreadable time', () => {
    const { sheet } = sample();
    const result = renameWorksheet(sheet, 'New name', { newId: () => 'x', now: 'yesterday' });
    expect(refusal(result)).toBe(
      'That change could not be saved: A date must look like 2025-03-01T09:30:00.000Z. Reload the page and try again.',
    );
  });

  it('refuses an edit when the id generator gives an unusable id', () => {
    const { sheet } = sample();
    const result = addStage(sheet, 'D', { newId: () => 'not ok!', now: at(10) });
    expect(refusal(result)).toBe(
      'That change could not be saved: An id may use only letters, digits, "-" and "_". Reload the page and try again.',
    );
  });
});
