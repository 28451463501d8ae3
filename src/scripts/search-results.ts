// How the search UI (search-ui.ts) draws its results and its "needs the full guide" notice: with DOM
// methods and textContent only, so nothing from the index is ever parsed as HTML.
import { buildExcerpt, type QueryWord } from '../core/content/search-match';
import { withBase } from '../lib/base';
import type { PagefindResultData } from './search-index';

/** Where a reader keeps the whole guide on the device (src/components/site/KeepGuide.astro). */
const KEEP_GUIDE_HREF = withBase('/tools/my-data/#offline-guide');
/** "3 results", "1 result". */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Says that this search needs pieces of the index that are not on the device, with the way to keep them. */
export function sayNeedsGuide(status: HTMLElement, shown: number): void {
  const link = document.createElement('a');
  link.href = KEEP_GUIDE_HREF;
  link.textContent = 'Keep the whole guide on this device';
  const found =
    shown > 0 ? ` The ${plural(shown, 'result')} below ${shown === 1 ? 'is' : 'are'} what this device has.` : '';
  status.replaceChildren(
    'This search needs the full guide offline: part of the search index is not on this device.',
    `${found} `,
    link,
    ' to search everything offline.',
  );
}

/** A result's place, drawn before its data arrive so results appear in rank order as they do. */
export function placeholder(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result search-placeholder';
  // Nothing to read yet: screen readers hear the count once the search has settled.
  item.setAttribute('aria-hidden', 'true');
  return item;
}

export function renderResult(data: PagefindResultData, words: readonly QueryWord[], headingTag: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement(headingTag);
  heading.append(link);
  item.append(heading);
  const family = data.meta['family'];
  if (family) {
    const label = document.createElement('p');
    label.className = 'search-family';
    label.textContent = family;
    item.append(label);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  for (const part of buildExcerpt(data.content, words, data.locations)) {
    if (!part.mark) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  item.append(excerpt);
  return item;
}
