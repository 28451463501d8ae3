// Order statistics for a handful of scores. Inputs are finite numbers; empty input gives null,
// never NaN, because these values reach the screen.

/** Sorts a copy of the values in ascending order. */
export function sortAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The median: the middle value, or the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = sortAscending(values);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The mean absolute deviation from the median: the typical distance of a score from the middle view. */
export function medianAbsoluteSpread(values: readonly number[]): number | null {
  const centre = median(values);
  if (centre === null) return null;
  return values.reduce((sum, value) => sum + Math.abs(value - centre), 0) / values.length;
}
