// The guidance must be written in our own words: no run of 12 or more words shared with a source
// essay outside quotation marks, and quotations kept to a short line.
import { describe, expect, it } from 'vitest';
import { copiedRuns, seedRuns } from './copied-runs';
import { allMdx, proseOf, quotationsIn, readYaml, stringsIn } from './load';

const texts = [
  ...allMdx().map((file) => ({ path: file.path, text: [...stringsIn(file.data), proseOf(file.body)].join('\n') })),
  // A work's title is its name, not our prose, so source titles are left out.
  {
    path: 'sources.yaml',
    text: stringsIn((readYaml('sources.yaml') as Record<string, unknown>[]).map(({ title: _title, ...rest }) => rest)).join('\n'),
  },
  { path: 'glossary.yaml', text: stringsIn(readYaml('glossary.yaml')).join('\n') },
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
