// Page relationships computed from front matter: symmetric related links, previous and next, and
// reading time. Pure functions so they are tested in Node and shared by every page.

/** The least a playbook needs for navigation. */
export interface NavEntry {
  /** `family/slug`. */
  id: string;
  family: string;
  order: number;
  title: string;
  related: readonly string[];
}

/**
 * Related links made symmetric: a page shows the pages it lists, then any page that lists it,
 * each once, never itself.
 */
export function symmetricRelated(entries: readonly NavEntry[]): Map<string, string[]> {
  const known = new Set(entries.map((entry) => entry.id));
  const result = new Map<string, string[]>();
  for (const entry of entries) result.set(entry.id, entry.related.filter((id) => known.has(id) && id !== entry.id));
  for (const entry of entries) {
    for (const target of entry.related) {
      const list = result.get(target);
      if (list && target !== entry.id && !list.includes(entry.id)) list.push(entry.id);
    }
  }
  for (const list of result.values()) {
    const unique = [...new Set(list)];
    list.splice(0, list.length, ...unique);
  }
  return result;
}

/** Entries of one family in reading order (order, then title). */
export function sortInFamily<T extends Pick<NavEntry, 'order' | 'title'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** The previous and next entry within the same family, in reading order. */
export function previousAndNext<T extends NavEntry>(entries: readonly T[], id: string): { previous?: T; next?: T } {
  const current = entries.find((entry) => entry.id === id);
  if (!current) return {};
  const family = sortInFamily(entries.filter((entry) => entry.family === current.family));
  const index = family.findIndex((entry) => entry.id === id);
  const previous = family[index - 1];
  const next = family[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Whole minutes to read a text at 200 words a minute, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((word) => /\w/.test(word)).length;
  return Math.max(1, Math.ceil(words / 200));
}
