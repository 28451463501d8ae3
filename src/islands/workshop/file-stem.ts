// File names for a session's downloads.
import type { WorkshopSession } from '../../core/assessment';
import { todayStamp } from '../shared/download';

/** File name stem for a session's downloads, e.g. accueil-workshop-support-team-2025-03-04. */
export function fileStem(session: WorkshopSession): string {
  const slug = session.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `accueil-workshop-${slug || 'session'}-${todayStamp()}`;
}
