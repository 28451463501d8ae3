// Plain English: short paragraphs and short sentences, as the GOV.UK style guide asks.
import { describe, expect, it } from 'vitest';
import { allMdx, proseOf, stringsIn } from './load';

const MAX_PARAGRAPH_WORDS = 120;
const MAX_MEAN_SENTENCE_WORDS = 20;

const words = (text: string) => text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));

/** Paragraphs of body prose: blank-line separated blocks that are not headings or components. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !block.startsWith('import ') && !/^<\w/.test(block))
    .map(proseOf);
}

function sentences(texts: string[]): string[] {
  return texts.flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/)).filter((sentence) => words(sentence).length > 0);
}

describe.each(allMdx())('$path', ({ data, body }) => {
  it(`has no paragraph over ${MAX_PARAGRAPH_WORDS} words`, () => {
    const long = paragraphs(body).filter((paragraph) => words(paragraph).length > MAX_PARAGRAPH_WORDS);
    expect(long).toEqual([]);
  });

  it(`keeps sentences to ${MAX_MEAN_SENTENCE_WORDS} words on average`, () => {
    const all = sentences([...paragraphs(body), ...stringsIn(data.signs), ...stringsIn(data.plays), ...stringsIn(data.measures)]);
    const mean = all.reduce((sum, sentence) => sum + words(sentence).length, 0) / Math.max(all.length, 1);
    expect(mean).toBeLessThanOrEqual(MAX_MEAN_SENTENCE_WORDS);
  });
});
