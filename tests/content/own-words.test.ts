// The guidance must be written in our own words: no run of 12 or more words shared with a source
// essay outside quotation marks, and quotations kept to a short line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsOf } from '../../scripts/lib/shingles.mjs';
import { allMdx, proseOf, quotationsIn, readYaml, stringsIn, withoutQuotations } from './load';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/seed-shingles.json'), 'utf8')) as {
  hashes: string[];
};
const seedRuns = new Set(fixture.hashes);

/** Runs of words in `text` (outside quotations) that also occur in a seed. */
function copiedRuns(text: string): string[] {
  return runsOf(withoutQuotations(text))
    .filter((run) => seedRuns.has(run.hash))
    .map((run) => run.text);
}

const texts = [
  ...allMdx().map((file) => ({ path: file.path, text: [...stringsIn(file.data), proseOf(file.body)].join('\n') })),
  ...['sources.yaml', 'glossary.yaml'].map((name) => ({ path: name, text: stringsIn(readYaml(name)).join('\n') })),
];

describe('written in our own words', () => {
  it('the fingerprint file is loaded', () => {
    expect(seedRuns.size).toBeGreaterThan(10_000);
  });

  it('detects a copied sentence (the check itself works)', () => {
    const copied =
      'Being accessible means being easy to get in touch with, being responsive when a customer contacts you, and having visible leadership';
    expect(copiedRuns(copied).length).toBeGreaterThan(0);
    expect(copiedRuns(`“${copied}”`)).toEqual([]);
  });

  it.each(texts)('$path shares no 12-word run with the essays', ({ text }) => {
    expect(copiedRuns(text)).toEqual([]);
  });

  it.each(texts)('$path quotes at most a short line at a time', ({ text }) => {
    const long = quotationsIn(text).filter((quote) => quote.split(/\s+/).length > 25);
    expect(long).toEqual([]);
  });
});
