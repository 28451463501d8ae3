// Pagefind ranks on word stems, so "responsible" and "responsibility" look alike to it. A reader
// who types a page's exact name expects that page first, then the pages named for the words.
import { queryWords, wordMatches } from './search-match';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Results reordered in three tiers, each in its original order: the title equals the search; the
 * title or the address holds every word searched ("journey" names /tools/journeys/); the rest.
 */
export function preferNamedPages<T extends { title: string; url: string }>(results: readonly T[], term: string): T[] {
  const wanted = normalise(term);
  if (!wanted) return [...results];
  const words = queryWords(term);
  const tier = (result: T): number => {
    if (normalise(result.title) === wanted) return 0;
    const named = [...result.title.split(/\s+/), ...result.url.split(/[/\-_.#?]+/)];
    return words.length > 0 && words.every((word) => named.some((part) => wordMatches(part, word))) ? 1 : 2;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ result }) => result);
}
