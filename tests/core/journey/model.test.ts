import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/journey/limits';
import { momentFieldsSchema, worksheetSchema, type Worksheet } from '../../../src/core/journey/model';
import {
  heartPlaybookUrl,
  HEART_VALUES,
  sortHeartValues,
  sortTraits,
  traitPlaybookUrl,
  TRAITS,
} from '../../../src/core/journey/vocabulary';
import { buildSheet, worksheetArb, must } from './helpers';

const valid = buildSheet([
  ['Arriving', [{ title: 'Check-in' }]],
  ['Leaving', [{ title: 'Bill' }]],
]);
const firstMoment = must(valid.moments[0]);
const message = (value: unknown) => {
  const result = worksheetSchema.safeParse(value);
  return result.success ? 'valid' : result.error.issues[0]?.message;
};
const withMoment = (patch: Record<string, unknown>): Worksheet => ({
  ...valid,
  moments: [{ ...firstMoment, ...patch }, ...valid.moments.slice(1)],
});

describe('worksheet schema', () => {
  it('accepts a worksheet built by the edit functions', () => {
    expect(message(valid)).toBe('valid');
  });

  it('accepts every generated worksheet', () => {
    fc.assert(
      fc.property(worksheetArb, (sheet) => {
        expect(message(sheet)).toBe('valid');
      }),
    );
  });

  it.each([
    ['feeling above +3', { feeling: 4 }, 'The feeling must be a whole number from -3 to 3.'],
    ['feeling below -3', { feeling: -4 }, 'The feeling must be a whole number from -3 to 3.'],
    ['a fractional feeling', { feeling: 1.5 }, 'The feeling must be a whole number from -3 to 3.'],
    ['impact 0', { impact: 0 }, 'The impact must be a whole number from 1 to 5.'],
    ['impact 6', { impact: 6 }, 'The impact must be a whole number from 1 to 5.'],
    ['frequency NaN', { frequency: Number.NaN }, 'The frequency must be a whole number from 1 to 5.'],
    [
      'an unknown kind',
      { kind: 'epic' },
      'Choose a kind of moment: one of high-emotion, small-meaningful, costly-annoyance.',
    ],
    [
      'an unknown evidence level',
      { evidence: 'rumour' },
      'Choose the evidence: one of observed, reported-customers, reported-staff, assumed.',
    ],
    ['an unknown status', { status: 'blocked' }, 'Choose a status: one of idea, agreed, in-progress, done.'],
    [
      'an unknown trait',
      { traits: ['kind'] },
      'Choose each trait: one of accessible, consistent, flexible, proactive, respectful, responsible, straightforward.',
    ],
    ['a repeated trait', { traits: ['accessible', 'accessible'] }, 'List each trait at most once.'],
    ['a repeated HEART value', { heart: ['honesty', 'honesty'] }, 'List each HEART value at most once.'],
    ['a blank title', { title: '   ' }, 'Fill in the moment title: it cannot be empty.'],
    [
      'an over-long title',
      { title: 'x'.repeat(LIMITS.momentTitle + 1) },
      `Keep the moment title to ${LIMITS.momentTitle} characters or fewer.`,
    ],
    [
      'an over-long next action',
      { nextAction: 'x'.repeat(LIMITS.nextAction + 1) },
      `Keep the next action to ${LIMITS.nextAction} characters or fewer.`,
    ],
    ['an unknown stage', { stageId: 'nowhere' }, 'The moment "Check-in" belongs to a stage that does not exist.'],
    ['an id with a space', { id: 'a b' }, 'An id may use only letters, digits, "-" and "_".'],
    ['a date without time', { updatedAt: '2025-01-01' }, 'A date must look like 2025-03-01T09:30:00.000Z.'],
  ])('rejects %s with a sentence', (_label, patch, expected) => {
    expect(message(withMoment(patch))).toBe(expected);
  });

  it('accepts the limits themselves', () => {
    expect(message(withMoment({ feeling: -3, impact: 5, frequency: 1, title: 'x'.repeat(LIMITS.momentTitle) }))).toBe(
      'valid',
    );
  });

  it('rejects two moments with the same id', () => {
    const twin = { ...valid, moments: [firstMoment, { ...must(valid.moments[1]), id: firstMoment.id }] };
    expect(message(twin)).toBe(`Two moments share the id "${firstMoment.id}".`);
  });

  it('rejects two stages with the same id', () => {
    const twin = {
      ...valid,
      stages: [must(valid.stages[0]), { ...must(valid.stages[1]), id: must(valid.stages[0]).id }],
    };
    expect(message(twin)).toContain('Two stages share the id');
  });

  it('rejects a worksheet name that is blank or too long', () => {
    expect(message({ ...valid, name: '' })).toBe('Fill in the worksheet name: it cannot be empty.');
    expect(message({ ...valid, name: 'n'.repeat(LIMITS.worksheetName + 1) })).toBe(
      'Keep the worksheet name to 120 characters or fewer.',
    );
    expect(message({ ...valid, customer: 'c'.repeat(LIMITS.customer + 1) })).toBe(
      'Keep the customer description to 500 characters or fewer.',
    );
  });

  it('keeps HTML in text as it is (it is data, never markup)', () => {
    const parsed = momentFieldsSchema.parse({ ...firstMoment, title: '<img src=x onerror=alert(1)>' });
    expect(parsed.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('playbook links', () => {
  it.each([
    ['accessible', '/playbooks/traits/accessible/'],
    ['straightforward', '/playbooks/traits/straightforward/'],
  ] as const)('links the trait %s to %s', (trait, url) => {
    expect(traitPlaybookUrl(trait)).toBe(url);
  });

  it.each([
    ['honesty', '/playbooks/heart/honesty/'],
    ['transparency', '/playbooks/heart/transparency/'],
  ] as const)('links the value %s to %s', (value, url) => {
    expect(heartPlaybookUrl(value)).toBe(url);
  });

  it('gives every trait and value its own page', () => {
    expect(new Set(TRAITS.map(traitPlaybookUrl)).size).toBe(7);
    expect(new Set(HEART_VALUES.map(heartPlaybookUrl)).size).toBe(5);
  });
});

describe('canonical order of choices', () => {
  it('sorts traits and values into the playbook order and drops repeats', () => {
    expect(sortTraits(['straightforward', 'accessible', 'accessible'])).toEqual(['accessible', 'straightforward']);
    expect(sortHeartValues(['transparency', 'honesty'])).toEqual(['honesty', 'transparency']);
  });
});
