// A name people typed becomes part of a file name they can recognise in their downloads.
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/core/slug';

describe('slug', () => {
  it.each([
    ['Support team', 'support-team'],
    ['Équipe accueil', 'equipe-accueil'],
    ['Ça va, Zoë? Ñandú', 'ca-va-zoe-nandu'],
    ['Команда поддержки', 'команда-поддержки'],
    ['Ομάδα', 'ομαδα'],
    ['サポート', 'サポート'],
    ['नमस्ते टीम', 'नमस्ते-टीम'],
    ['ｆｕｌｌ　ｗｉｄｔｈ', 'full-width'],
    ['😀 Team 😀', 'team'],
    ['😀😀', ''],
    ['', ''],
    ['  --  ', ''],
  ])('makes %j into %j', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  it('cuts a long name at the limit without a trailing hyphen or half a character', () => {
    expect(slug('word '.repeat(100))).toBe('word-word-word-word-word-word-word-word');
    expect(slug('a'.repeat(1000), 60)).toHaveLength(60);
    const cut = slug('𝒜'.repeat(50), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.isWellFormed()).toBe(true);
  });
});
