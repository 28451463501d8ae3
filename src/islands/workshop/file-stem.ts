// File names for a session's downloads.
import type { WorkshopSession } from '../../core/assessment/workshop-session';
import { slug } from '../../core/slug';
import { todayStamp } from '../shared/download';

/** File name stem for a session's downloads, e.g. accueil-workshop-support-team-2025-03-04. */
export function fileStem(session: WorkshopSession): string {
  return `accueil-workshop-${slug(session.name) || 'session'}-${todayStamp()}`;
}
