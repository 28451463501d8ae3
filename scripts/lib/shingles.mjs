// Word-run fingerprints used to prove the guidance is written in our own words.
// Shared by scripts/seed-shingles.mjs (which reads the seeds once) and tests/content (which never
// needs the seeds: it compares against the committed hashes).
import { createHash } from 'node:crypto';

/** Number of consecutive words that counts as a copied run. */
export const RUN_LENGTH = 12;

/** Lowercases, folds typographic apostrophes, and splits text into words of letters and digits. */
export function toWords(text) {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/'/g, '')
    .split(' ')
    .filter(Boolean);
}

/** A short, stable hash of one run of words. */
export function hashRun(words) {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of RUN_LENGTH consecutive words, each with its hash. */
export function runsOf(text, length = RUN_LENGTH) {
  const words = toWords(text);
  const runs = [];
  for (let i = 0; i + length <= words.length; i += 1) {
    const run = words.slice(i, i + length);
    runs.push({ hash: hashRun(run), text: run.join(' ') });
  }
  return runs;
}
