// A team's trend: the records of its successive workshops on one assessment, read dimension by
// dimension, with an arrow for up, down or steady (as a squad health check shows it).
import type { WorkshopRecord } from './workshop-record';

/**
 * A change smaller than this, in points on the 1-5 scale, reads as steady: a quarter point is less
 * than one person in four moving one step, which is noise for a team of a few people.
 */
export const STEADY_THRESHOLD = 0.25;

export type TrendDirection = 'up' | 'down' | 'steady';

/** One workshop's figures for one dimension. */
export interface TrendPoint {
  date: string;
  sessionName: string;
  /** The rating the team agreed, or null. */
  agreed: number | null;
  /** The team's median, or null when too few rated it to show one. */
  median: number | null;
  /** Lowest and highest score, or null. */
  min: number | null;
  max: number | null;
  /** Mean distance from the median, or null. */
  disagreement: number | null;
}

/** One dimension across a team's workshops. */
export interface DimensionTrend {
  id: string;
  label: string;
  /** Oldest first, one per workshop. */
  points: TrendPoint[];
  /** Latest minus the workshop before, on the agreed rating when both have one, else on the median. */
  change: number | null;
  /** What the change says; null when there is nothing to compare yet. */
  direction: TrendDirection | null;
  /** Which figure the change compares. */
  basis: 'agreed' | 'median' | null;
}

/** The words and arrow for a direction. */
export const DIRECTION_WORDS: Readonly<Record<TrendDirection, { arrow: string; word: string }>> = {
  up: { arrow: '↑', word: 'up' },
  down: { arrow: '↓', word: 'down' },
  steady: { arrow: '→', word: 'steady' },
};

/** Up, down or steady for a change in points (steady below STEADY_THRESHOLD either way). */
export function directionOf(change: number): TrendDirection {
  if (!Number.isFinite(change) || Math.abs(change) < STEADY_THRESHOLD) return 'steady';
  return change > 0 ? 'up' : 'down';
}

const sameName = (a: string | null, b: string): boolean =>
  a !== null && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The teams named in the records, once each (first spelling kept), in alphabetical order. */
export function teamNames(records: readonly WorkshopRecord[], others: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const name of [...records.map((r) => r.team), ...others]) {
    if (name && name.trim() && !names.some((kept) => sameName(kept, name))) names.push(name.trim());
  }
  return names.sort((a, b) => a.localeCompare(b));
}

/** A team's records on one assessment (team names match whatever their case), oldest first. */
export function teamRecords(records: readonly WorkshopRecord[], team: string, assessmentId: string): WorkshopRecord[] {
  // The history is oldest saved first; a stable sort by date keeps that order within a day.
  return records
    .filter((r) => r.assessmentId === assessmentId && sameName(r.team, team))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The assessments a team has records on, in the order first seen. */
export function teamAssessments(records: readonly WorkshopRecord[], team: string): string[] {
  return [...new Set(records.filter((r) => sameName(r.team, team)).map((r) => r.assessmentId))];
}

function changeBetween(before: TrendPoint, now: TrendPoint): { change: number; basis: 'agreed' | 'median' } | null {
  if (before.agreed !== null && now.agreed !== null) return { change: now.agreed - before.agreed, basis: 'agreed' };
  if (before.median !== null && now.median !== null) {
    return { change: Math.round((now.median - before.median) * 100) / 100, basis: 'median' };
  }
  return null;
}

/** Each dimension of the latest record, across the records given (one team, one assessment). */
export function dimensionTrends(records: readonly WorkshopRecord[]): DimensionTrend[] {
  const latest = records[records.length - 1];
  if (!latest) return [];
  return latest.dimensions.map((dimension): DimensionTrend => {
    const points = records.map((record): TrendPoint => {
      const d = record.dimensions.find((kept) => kept.id === dimension.id);
      return {
        date: record.date,
        sessionName: record.sessionName,
        agreed: d?.agreed ?? null,
        median: d?.team.median ?? null,
        min: d?.team.min ?? null,
        max: d?.team.max ?? null,
        disagreement: d?.team.disagreement ?? null,
      };
    });
    const now = points[points.length - 1];
    const before = points[points.length - 2];
    const compared = now && before ? changeBetween(before, now) : null;
    return {
      id: dimension.id,
      label: dimension.label,
      points,
      change: compared?.change ?? null,
      direction: compared ? directionOf(compared.change) : null,
      basis: compared?.basis ?? null,
    };
  });
}
