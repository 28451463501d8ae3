// What a participant's phone keeps while scoring a journey (one session at a time): a versioned
// store, so a reload or a dropped connection loses nothing, and an unreadable copy is kept.
import { participationFormat, type Participation } from '../core/journey/participation';
import { versionedStore } from './versioned-store';

/** Where a participant's scores are kept. */
const JOURNEY_PARTICIPATION_KEY = 'accueil.journey-participation';

/** What this device scored as a participant. */
export const $journeyParticipation = versionedStore<Participation | null>(
  JOURNEY_PARTICIPATION_KEY,
  participationFormat,
  null,
);

/** Keeps what the participant has scored so far. */
export function saveParticipation(next: Participation): void {
  $journeyParticipation.set(next);
}
