// Participants' comments as the team sees them: unattributed, in a stable random order, and never
// from fewer than five people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableShuffle, teamComments } from '../../../src/core/assessment/team-comments';
import { three } from './fixtures';

const person = (a: string, b = '', c = '') => ({ comments: [a, b, c] });
const five = [
  person('slow replies', 'good'),
  person(''),
  person('queues'),
  person('slow replies'),
  person('', '', 'x'),
];

describe('teamComments', () => {
  it('holds every comment back below five people, saying why', () => {
    const four = teamComments(three, five.slice(0, 4), 'Sess01');
    expect(four).toMatchObject({ allowed: false, total: 4 });
    if (!four.allowed) expect(four.reason).toMatch(/until at least 5 people's answers are shown/);
    expect(four).not.toHaveProperty('dimensions');
  });

  it('shows them from five people, per dimension, only where someone wrote one', () => {
    const shown = teamComments(three, five, 'Sess01');
    expect(shown.allowed).toBe(true);
    if (!shown.allowed) return;
    expect(shown.dimensions.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect([...(shown.dimensions[0]?.comments ?? [])].sort()).toEqual(['queues', 'slow replies', 'slow replies']);
    expect(shown.total).toBe(5);
  });

  it('ignores people without comments (older codes)', () => {
    const shown = teamComments(three, [{}, {}, {}, {}, person('only one')], 'Sess01');
    expect(shown).toMatchObject({ allowed: true, total: 1 });
  });

  it('orders comments the same way whatever order the codes arrived in, for the same session', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 12 }), fc.nat(), (texts, turn) => {
        const rotated = [...texts.slice(turn % (texts.length || 1)), ...texts.slice(0, turn % (texts.length || 1))];
        expect(stableShuffle(rotated, 'S1')).toEqual(stableShuffle(texts, 'S1'));
        expect([...stableShuffle(texts, 'S1')].sort()).toEqual([...texts].sort());
      }),
    );
  });

  it('does not simply keep the arrival or alphabetical order', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `comment ${String(i).padStart(2, '0')}`);
    const orders = ['S1', 'S2', 'S3'].map((seed) => stableShuffle(texts, seed).join('|'));
    expect(orders.some((order) => order !== texts.join('|'))).toBe(true);
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});
