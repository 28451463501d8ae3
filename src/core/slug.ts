// The one way a name people typed becomes part of a file name: lower case, words joined by hyphens.
// Accents are dropped ("Équipe" → "equipe") and letters of every script are kept, so a team that
// names its session in Greek or Japanese still finds it by name in its downloads.

/** A name as lowercase words joined by hyphens, at most `max` characters; "" when nothing is left. */
export function slug(name: string, max = 40): string {
  const words = name
    .normalize('NFKD')
    // Only the combining accents of Latin, Greek and Cyrillic letters: elsewhere (Devanagari's vowel
    // signs, Japanese voicing marks) a combining mark is part of the letter.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by characters, not UTF-16 units, so a letter outside the basic plane is never split.
  return Array.from(words).slice(0, max).join('').replace(/-+$/, '');
}
