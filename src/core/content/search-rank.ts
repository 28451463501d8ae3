// Pagefind ranks on word stems, so "responsible" and "responsibility" look alike to it. A reader
// who types a page's exact name expects that page first; this puts exact title matches on top.

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Results reordered so those whose title equals the search term come first; order kept otherwise. */
export function preferExactTitles<T extends { title: string }>(results: readonly T[], term: string): T[] {
  const wanted = normalise(term);
  if (!wanted) return [...results];
  const exact = results.filter((result) => normalise(result.title) === wanted);
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}
