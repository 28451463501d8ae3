// Small wording helpers shared by the messages in this folder, so numbers read the same everywhere.

/** Formats a score with one decimal, e.g. "3.7"; "no rating" when there is none. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return 'no rating';
  return (Math.round(score * 10) / 10).toFixed(1);
}

/** Formats a signed change with one decimal, e.g. "+0.5", "-1.0" or "no change". */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'not comparable';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return 'no change';
  return `${rounded > 0 ? '+' : '-'}${Math.abs(rounded).toFixed(1)}`;
}

/** Joins labels as English prose: "A", "A and B", "A, B and C". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/** Writes a count with its noun, e.g. "1 person", "3 people". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Rounds to two decimals for files and snapshots; keeps null as null. */
export function roundTo2(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value * 100) / 100;
}
