// Everything after the reveal: the team's ratings, the radar, prompts, agreeing, actions, the record
// and exports. Loaded on demand, only once the team view may open (anonymity.ts: canShowTeam).
import { useMemo } from 'preact/hooks';
import { MIN_DOT_PLOT } from '../../../core/assessment/anonymity';
import { type Participant } from '../../../core/assessment/team';
import { teamComments } from '../../../core/assessment/team-comments';
import { summariseTeam } from '../../../core/assessment/team-summary';
import { sessionRules, type WorkshopSession } from '../../../core/assessment/workshop-session';
import type { Assessment } from '../../../schemas/assessment';
import type { PendingUndo } from '../Facilitator';
import type { Announce, PlaybookLink } from '../types';
import { ActionsStep } from './ActionsStep';
import { AgreeStep } from './AgreeStep';
import { Comments } from './Comments';
import { Discussion } from './Discussion';
import { ExportStep } from './ExportStep';
import { RecordStep } from './RecordStep';
import { TeamRadar } from './TeamRadar';
import { TeamTable } from './TeamTable';

/** What the team results need from the session view. */
export interface TeamResultsProps {
  session: WorkshopSession;
  assessment: Assessment;
  participants: Participant[];
  playbooks: Record<string, PlaybookLink>;
  announce: Announce;
  offerUndo: (undo: PendingUndo) => void;
}

/** The revealed team view and the steps that follow it. */
export function TeamResults({ session, assessment, participants, playbooks, announce, offerUndo }: TeamResultsProps) {
  const summary = useMemo(
    () => summariseTeam(assessment, participants, sessionRules(session)),
    [assessment, participants, session.dotPlotMin],
  );
  const comments = useMemo(
    () => teamComments(assessment, participants, session.id),
    [assessment, participants, session.id],
  );
  return (
    <>
      <section class="card team" aria-labelledby="team-title">
        <h3 id="team-title" tabindex={-1}>
          The team’s ratings
        </h3>
        <p>
          {summary.participantCount} people. Every dot is one person’s score: look at the spread, not just the middle.
          {session.dotPlotMin > MIN_DOT_PLOT &&
            ` Dot plots appear for a dimension once ${session.dotPlotMin} people have rated it.`}
        </p>
        <TeamTable summary={summary} />
      </section>
      <Comments comments={comments} />
      <section class="card radar" aria-labelledby="radar-title">
        <h3 id="radar-title">Team radar</h3>
        <TeamRadar summary={summary} />
      </section>
      <Discussion summary={summary} assessment={assessment} playbooks={playbooks} />
      <AgreeStep session={session} assessment={assessment} summary={summary} playbooks={playbooks} />
      <ActionsStep session={session} assessment={assessment} announce={announce} offerUndo={offerUndo} />
      <RecordStep session={session} assessment={assessment} announce={announce} />
      <ExportStep session={session} summary={summary} announce={announce} />
    </>
  );
}
