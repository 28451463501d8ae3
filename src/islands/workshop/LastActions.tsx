// "Last time's actions": when the open session is for a team with an earlier workshop record, the
// session opens with that record's actions to review (done, in progress, dropped, with a note)
// before anyone answers. The review itself is its own chunk, loaded only when there is one.
import { lastTeamRecord } from '../../core/assessment/workshop-history';
import { teamOfSession } from '../../core/assessment/workshop-team';
import type { WorkshopSession } from '../../core/assessment/workshop-session';
import { $workshopRecords } from '../../stores/workshop-records';
import { $workshopTeams } from '../../stores/workshop-teams';
import { lazyComponent } from '../shared/lazy';
import { useAtom } from '../shared/use-atom';

const Review = lazyComponent(() => import('./LastActionsReview').then((m) => m.LastActionsReview), {
  what: 'last time’s actions',
});

/** The review of the team's last actions, or nothing when the session has no team or no history. */
export function LastActions({ session }: { session: WorkshopSession }) {
  const team = teamOfSession(useAtom($workshopTeams), session.id);
  const previous = lastTeamRecord(useAtom($workshopRecords), team, session);
  if (team === null || previous === null) return null;
  return <Review team={team} previous={previous} />;
}
