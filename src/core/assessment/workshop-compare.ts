// What moved between two workshops on the same assessment.
import { formatChange } from './text';
import type { WorkshopRecord } from './workshop-record';

/** How one dimension moved between two workshops. */
export interface RecordDimensionChange {
  id: string;
  /** Label from the newer record (or the older one if the dimension was dropped). */
  label: string;
  /** Agreed rating before, or null. */
  agreedBefore: number | null;
  /** Agreed rating now, or null. */
  agreedNow: number | null;
  /** Now minus before, or null when either side has no agreed rating. */
  agreedChange: number | null;
  /** Team median before, or null. */
  medianBefore: number | null;
  /** Team median now, or null. */
  medianNow: number | null;
  /** Now minus before, or null when either is missing. */
  medianChange: number | null;
  /** A short phrase, e.g. "agreed +1.0, median +0.5". */
  summary: string;
}

/** The comparison of two workshop records. */
export type RecordComparison =
  { ok: true; dimensions: RecordDimensionChange[]; note: string | null } | { ok: false; message: string };

/** Compares two workshops on the same assessment, dimension by dimension (matched by id). */
export function compareRecords(previous: WorkshopRecord, current: WorkshopRecord): RecordComparison {
  if (previous.assessmentId !== current.assessmentId) {
    return {
      ok: false,
      message: `These workshops used different assessments (${previous.assessmentId} and ${current.assessmentId}), so they cannot be compared; pick two workshops on the same assessment.`,
    };
  }
  const ids = [...current.dimensions.map((d) => d.id)];
  for (const d of previous.dimensions) if (!ids.includes(d.id)) ids.push(d.id);
  const dimensions = ids.map((id): RecordDimensionChange => {
    const before = previous.dimensions.find((d) => d.id === id);
    const now = current.dimensions.find((d) => d.id === id);
    const agreedBefore = before?.agreed ?? null;
    const agreedNow = now?.agreed ?? null;
    const medianBefore = before?.team.median ?? null;
    const medianNow = now?.team.median ?? null;
    const agreedChange = difference(agreedBefore, agreedNow);
    const medianChange = difference(medianBefore, medianNow);
    return {
      id,
      label: now?.label ?? before?.label ?? id,
      agreedBefore,
      agreedNow,
      agreedChange,
      medianBefore,
      medianNow,
      medianChange,
      summary: `agreed ${formatChange(agreedChange)}, median ${formatChange(medianChange)}`,
    };
  });
  const note =
    previous.assessmentVersion !== current.assessmentVersion
      ? `The questions changed between these workshops (version ${previous.assessmentVersion} and version ${current.assessmentVersion}), so part of any change may come from the new wording.`
      : null;
  return { ok: true, dimensions, note };
}

function difference(before: number | null, now: number | null): number | null {
  // Rounded so that 3.1 - 2.9 reads as 0.2, not 0.20000000000000018.
  return before === null || now === null ? null : Math.round((now - before) * 100) / 100;
}
