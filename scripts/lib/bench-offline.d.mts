export const searchQueries: string[];
export function median(values: number[]): number;
export function firstVisit(
  dist: string,
  seconds?: number,
): Promise<{ bytes: number; requests: number; seconds: number } | { skipped: string }>;
export function wholeGuide(dist: string): { files: number; bytes: number; transferBytes: number };
export function searchLatency(
  dist: string,
  queries?: string[],
  path?: string,
): Promise<{ medianMs: number; samplesMs: number[] } | { skipped: string }>;
