// The one place that compares text with the seed essays' fingerprints (tests/fixtures/seed-shingles.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runsOf } from '../../scripts/lib/shingles.mjs';
import { withoutQuotations } from './load';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/seed-shingles.json'), 'utf8')) as {
  hashes: string[];
};

/** Fingerprints of every 12-word run in the seed essays. */
export const seedRuns: ReadonlySet<string> = new Set(fixture.hashes);

/** Runs of 12 words in `text`, outside quotation marks, that also occur in a seed essay. */
export function copiedRuns(text: string): string[] {
  return runsOf(withoutQuotations(text))
    .filter((run) => seedRuns.has(run.hash))
    .map((run) => run.text);
}
