// Questions that turn the chart into a conversation: the most contested and the weakest dimensions.
import { discussionPrompts } from '../../../core/assessment/discussion';
import { type TeamSummary } from '../../../core/assessment/team-summary';
import type { Assessment } from '../../../schemas/assessment';
import type { PlaybookLink } from '../types';
import { withBase } from '../../../lib/base';

interface Props {
  summary: TeamSummary;
  assessment: Assessment;
  playbooks: Record<string, PlaybookLink>;
}

/** Discussion prompts, each with a link to the playbook for its dimension. */
export function Discussion({ summary, assessment, playbooks }: Props) {
  const prompts = discussionPrompts(summary);
  return (
    <section class="card discussion" aria-labelledby="discuss-title">
      <h3 id="discuss-title">Talk about it</h3>
      {prompts.length === 0 ? (
        <p>
          Nothing stands out: the team rates every dimension alike. Ask what would move the whole picture up a point.
        </p>
      ) : (
        <ul class="prompts">
          {prompts.map((prompt) => {
            const ref = assessment.dimensions.find((d) => d.id === prompt.dimensionId)?.playbook ?? '';
            const playbook = playbooks[ref];
            return (
              <li key={`${prompt.kind}-${prompt.dimensionId}`}>
                <strong>{prompt.kind === 'contested' ? 'Most contested' : 'Weakest'}:</strong> {prompt.text}
                {playbook && (
                  <>
                    {' '}
                    Read the playbook: <a href={withBase(playbook.url)}>{playbook.title}</a>.
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
