// Moments the participants proposed as missing from the map, shown after the reveal: the team accepts
// each (it is added to the worksheet) or drops it, and the decision is kept with the session.
import type { JourneySession } from '../../core/journey/session';
import type { ProposalEntry } from '../../core/journey/spread';
import { decideProposal } from '../../stores/journeys-sessions';
import { announce } from '../shared/announce';

interface Props {
  session: JourneySession;
  proposals: ProposalEntry[];
}

/** "Moments the team proposed". */
export function ProposedMoments({ session, proposals }: Props) {
  return (
    <section aria-labelledby="jsession-proposals">
      <h4 id="jsession-proposals">Moments the team proposed</h4>
      <ul class="jsession-people">
        {proposals.map((proposal) => {
          const decision = Object.hasOwn(session.proposals, proposal.key) ? session.proposals[proposal.key] : undefined;
          const stageName =
            proposal.stage === null
              ? 'no stage chosen'
              : `stage “${session.snapshot.stages[proposal.stage]?.name ?? ''}”`;
          return (
            <li key={proposal.key} class="jsession-moment">
              <p>
                <strong>{proposal.title}</strong> ({stageName}){proposal.alias ? `, proposed by ${proposal.alias}` : ''}
              </p>
              {proposal.description && <p class="muted">{proposal.description}</p>}
              {decision === undefined ? (
                <p class="jsession-row">
                  <button
                    type="button"
                    onClick={() => {
                      const done = decideProposal(session, proposal, 'accepted');
                      announce(done.ok ? `“${proposal.title}” added to the worksheet.` : done.message);
                    }}
                  >
                    Accept<span class="visually-hidden"> “{proposal.title}”</span>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      decideProposal(session, proposal, 'dropped');
                      announce(`“${proposal.title}” dropped.`);
                    }}
                  >
                    Drop<span class="visually-hidden"> “{proposal.title}”</span>
                  </button>
                </p>
              ) : (
                <p>{decision === 'accepted' ? 'Accepted: added to the worksheet.' : 'Dropped.'}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
