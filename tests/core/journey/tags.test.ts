// Moments by tag: what the address may name, and the order a weak dimension's moments come in.
import { describe, expect, it } from 'vitest';
import { momentTagHash, readMomentTag, taggedMoments } from '../../../src/core/journey/tags';
import type { Moment, Worksheet } from '../../../src/core/journey/model';

const moment = (id: string, title: string, impact: number, frequency: number, traits: string[], heart: string[] = []) =>
  ({ id, title, impact, frequency, traits, heart }) as unknown as Moment;
const sheet = (id: string, moments: Moment[]) => ({ id, name: id, moments }) as unknown as Worksheet;

describe('readMomentTag', () => {
  it('reads the traits and HEART values the worksheets know, and nothing else', () => {
    expect(readMomentTag('trait:accessible')).toEqual({ kind: 'trait', id: 'accessible' });
    expect(readMomentTag('heart:honesty')).toEqual({ kind: 'heart', id: 'honesty' });
    for (const text of [null, '', 'trait', 'trait:', 'heart:accessible', 'trait:honesty', 'trait:Accessible', 'x:y:z'])
      expect(readMomentTag(text)).toBeNull();
  });
  it('writes the hash it reads', () => {
    const hash = momentTagHash({ kind: 'heart', id: 'empathy' });
    expect(readMomentTag(new URLSearchParams(hash.slice(1)).get('tag'))).toEqual({ kind: 'heart', id: 'empathy' });
  });
});

describe('taggedMoments', () => {
  const sheets = [
    sheet('a', [moment('1', 'Queue', 2, 3, ['accessible']), moment('2', 'Bill', 5, 5, ['consistent'], ['honesty'])]),
    sheet('b', [moment('3', 'Phone', 4, 4, ['accessible', 'flexible']), moment('4', 'Apology', 2, 3, ['accessible'])]),
  ];
  it('gathers the tag’s moments from every worksheet, the highest priority first, then by title', () => {
    const found = taggedMoments(sheets, { kind: 'trait', id: 'accessible' });
    expect(found.map(({ sheet: s, moment: m }) => `${s.id}:${m.title}`)).toEqual(['b:Phone', 'b:Apology', 'a:Queue']);
  });
  it('reads HEART values from their own list, and finds nothing where nothing is tagged', () => {
    expect(taggedMoments(sheets, { kind: 'heart', id: 'honesty' }).map((f) => f.moment.id)).toEqual(['2']);
    expect(taggedMoments(sheets, { kind: 'trait', id: 'proactive' })).toEqual([]);
    expect(taggedMoments([], { kind: 'trait', id: 'accessible' })).toEqual([]);
  });
});
