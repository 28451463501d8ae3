// Pagefind matches words by prefix and, when a word is in no page, by ever shorter prefixes of it:
// "nonsense-xyz" finds every "no", and "on hold" lights up "one". These checks keep only the pages
// that contain every word the reader asked for, and choose the excerpt and highlights from those
// words, so a made-up word gives "no results" and the marks show what was searched.

/** Words shorter than this ("on", "of", "43") are too common to require or to highlight. */
const MIN_LENGTH = 3;

/** Endings dropped from a searched word, so "workshops" finds "workshop" and "policies" "policy". */
const ENDINGS = ['ities', 'ies', 'es', 's', 'ing', 'ed', 'ly'];

/** Lower case, no accents, letters and digits only: "Self-assessment." becomes "selfassessment". */
function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The forms of one word of page text: whole ("selfassessment") and its parts ("self", "assessment"). */
function pageForms(word: string): string[] {
  const parts = word.toLowerCase().normalize('NFKD').split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '');
  return parts.length > 1 ? [parts.join(''), ...parts] : parts;
}

/** A searched word: `stem` must start a word of the page (or, for a short word, equal it). */
export interface QueryWord {
  /** As typed, normalised. */
  word: string;
  /** The word without a common ending; a page word must start with it. */
  stem: string;
  /** True for a short word ("on", "HR"), which must match a whole word exactly. */
  exact: boolean;
}

/**
 * The words a page must contain for `term`. Short words count only when they are numbers or the
 * search has nothing longer, so "on hold" asks for "hold", "43 days" for "43" and "days", and "HR"
 * still asks for "hr". A short word must be matched whole; a longer one may start a longer word.
 */
export function queryWords(term: string): QueryWord[] {
  // At most 20 words: each is one bit of a number when the excerpt is chosen.
  const words = [...new Set(term.split(/\s+/).map(normaliseWord))].filter((word) => word !== '').slice(0, 20);
  const short = (word: string) => word.length < MIN_LENGTH;
  const wanted = words.filter((word) => !short(word) || /\p{N}/u.test(word));
  const kept = wanted.some((word) => !short(word)) ? wanted : words;
  return kept.map((word) => {
    if (short(word)) return { word, stem: word, exact: true };
    const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_LENGTH);
    return { word, stem: ending ? word.slice(0, -ending.length) : word, exact: false };
  });
}

/** True when one word of page text is a form of the searched word. */
export function wordMatches(pageWord: string, query: QueryWord): boolean {
  return pageForms(pageWord).some((form) => (query.exact ? form === query.word : form.startsWith(query.stem)));
}

/** Splits page text into words the way pagefind counts them, so its word positions line up. */
function splitWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** True when every searched word is in the page text. An empty search matches every page. */
export function contentMatches(content: string, query: readonly QueryWord[]): boolean {
  if (query.length === 0) return true;
  // Every form of each distinct word of the page, one a line, so a searched word is looked up once.
  const words = [...new Set(splitWords(content))];
  const forms = `\n${words.flatMap(pageForms).join('\n')}\n`;
  return query.every((wanted) => forms.includes(wanted.exact ? `\n${wanted.word}\n` : `\n${wanted.stem}`));
}

/** A run of excerpt text, marked when it is a searched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A window of `length` words of `content` around the searched words: the one that holds the most
 * different searched words, then the most of them. `hint` is pagefind's word positions for the
 * page, tried first; if none of them is a searched word, the whole text is scanned.
 */
export function buildExcerpt(
  content: string,
  query: readonly QueryWord[],
  hint: readonly number[] = [],
  length = 24,
): ExcerptPart[] {
  const words = splitWords(content.trim());
  // Which searched words (one bit each) a word of the text is a form of.
  const which = (index: number): number => {
    const word = words[index];
    if (word === undefined) return 0;
    return query.reduce((bits, wanted, bit) => (wordMatches(word, wanted) ? bits | (1 << bit) : bits), 0);
  };
  const kindsIn = (bits: number): number => bits.toString(2).replaceAll('0', '').length;
  let hits = [...new Set(hint)].filter((index) => which(index) !== 0).sort((a, b) => a - b);
  if (hits.length === 0) hits = words.flatMap((_, index) => (which(index) !== 0 ? [index] : []));
  let start = 0;
  let bestKinds = -1;
  let bestCount = -1;
  for (const first of hits) {
    const inside = hits.filter((index) => index >= first && index < first + length);
    const kinds = kindsIn(inside.reduce((bits, index) => bits | which(index), 0));
    if (kinds > bestKinds || (kinds === bestKinds && inside.length > bestCount)) {
      bestKinds = kinds;
      bestCount = inside.length;
      // A few words of lead-in before the first hit, when the window has room for them.
      const span = (inside.at(-1) ?? first) - first + 1;
      start = first - Math.min(4, Math.floor((length - span) / 2));
    }
  }
  start = Math.max(0, Math.min(start, words.length - length));
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(' ', false);
    push(words[index] ?? '', which(index) !== 0);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
