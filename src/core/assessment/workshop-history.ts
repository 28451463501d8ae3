// Workshop records kept on the device, oldest first, so each workshop can be compared with the
// one before it on the same assessment.
import type { WorkshopRecord } from './workshop-record';

/** Most records kept; the oldest are dropped first (workshopHistoryFormat allows 500). */
const MAX_RECORDS = 500;

const same = (a: WorkshopRecord, b: WorkshopRecord): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves a session's record to the history. `previouslySaved` is what this session saved last time:
 * that entry is replaced in place, so saving twice never leaves two copies of one workshop.
 */
export function saveRecordToHistory(
  history: readonly WorkshopRecord[],
  record: WorkshopRecord,
  previouslySaved: WorkshopRecord | null,
): WorkshopRecord[] {
  const index = previouslySaved === null ? -1 : history.findIndex((r) => same(r, previouslySaved));
  if (index !== -1) return history.map((r, i) => (i === index ? record : r));
  return [...history, record].slice(-MAX_RECORDS);
}

/**
 * The workshop to compare with: the latest saved record on the same assessment dated on or before
 * this one, other than this session's own saved copy. Null when there is none.
 */
export function findPreviousRecord(
  history: readonly WorkshopRecord[],
  current: WorkshopRecord,
  ownSaved: WorkshopRecord | null,
): WorkshopRecord | null {
  const candidates = history.filter(
    (r) =>
      r.assessmentId === current.assessmentId && r.date <= current.date && (ownSaved === null || !same(r, ownSaved)),
  );
  // The history is oldest first, so among records on the same date the later-saved one wins.
  let best: WorkshopRecord | null = null;
  for (const r of candidates) if (best === null || r.date >= best.date) best = r;
  return best;
}

/**
 * The team's last workshop before this session: its latest saved record (on any assessment), other
 * than the session's own saved copy, dated on or before the session's day. Null when the session
 * has no team or the team has no earlier record.
 */
export function lastTeamRecord(
  history: readonly WorkshopRecord[],
  team: string | null,
  session: { created: string; savedRecord: WorkshopRecord | null },
): WorkshopRecord | null {
  if (team === null) return null;
  const name = team.trim().toLocaleLowerCase();
  let best: WorkshopRecord | null = null;
  for (const r of history) {
    if (r.team === null || r.team.trim().toLocaleLowerCase() !== name) continue;
    if (r.date > session.created || (session.savedRecord !== null && same(r, session.savedRecord))) continue;
    if (best === null || r.date >= best.date) best = r;
  }
  return best;
}
