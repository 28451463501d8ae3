import { describe, expect, it } from 'vitest';
import { previousAndNext, readingMinutes, symmetricRelated, type NavEntry } from '../../src/core/content/navigation';

const entry = (id: string, order: number, related: string[] = []): NavEntry => ({
  id,
  family: id.split('/')[0] ?? '',
  order,
  title: id,
  related,
});

describe('symmetric related links', () => {
  it('adds the reverse of every link once, after the page’s own choices', () => {
    const map = symmetricRelated([
      entry('traits/a', 1, ['traits/b']),
      entry('traits/b', 2, ['heart/c']),
      entry('heart/c', 1, ['traits/a', 'traits/b']),
    ]);
    expect(map.get('traits/a')).toEqual(['traits/b', 'heart/c']);
    expect(map.get('traits/b')).toEqual(['heart/c', 'traits/a']);
    expect(map.get('heart/c')).toEqual(['traits/a', 'traits/b']);
  });

  it('drops links to pages that do not exist and links to itself', () => {
    const map = symmetricRelated([entry('traits/a', 1, ['traits/a', 'traits/missing'])]);
    expect(map.get('traits/a')).toEqual([]);
  });
});

describe('previous and next', () => {
  const entries = [entry('traits/b', 2), entry('traits/a', 1), entry('heart/x', 1), entry('traits/c', 3)];
  it.each([
    ['traits/a', undefined, 'traits/b'],
    ['traits/b', 'traits/a', 'traits/c'],
    ['traits/c', 'traits/b', undefined],
    ['heart/x', undefined, undefined],
  ])('%s has previous %s and next %s, within its family', (id, previous, next) => {
    const result = previousAndNext(entries, id);
    expect(result.previous?.id).toBe(previous);
    expect(result.next?.id).toBe(next);
  });
});

describe('reading time', () => {
  it.each([
    ['', 1],
    ['word '.repeat(200), 1],
    ['word '.repeat(201), 2],
    ['word '.repeat(1000), 5],
  ])('%#: %i minutes', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });
});
