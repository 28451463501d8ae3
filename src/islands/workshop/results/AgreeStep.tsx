// "Count, then agree": for each dimension the team sees its count, then agrees a rating and notes.
import { type Rating } from '../../../core/assessment/answers';
import { type DimensionStats, type TeamSummary } from '../../../core/assessment/team-summary';
import { formatScore } from '../../../core/assessment/text';
import { setAgreedRating, setDimensionNotes } from '../../../core/assessment/workshop-record';
import { type WorkshopSession } from '../../../core/assessment/workshop-session';
import { updateRecord } from '../../../stores/workshop-codes';
import type { Assessment } from '../../../schemas/assessment';
import type { PlaybookLink } from '../types';
import { withBase } from '../../../lib/base';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  summary: TeamSummary;
  playbooks: Record<string, PlaybookLink>;
}

const RATINGS: Rating[] = [1, 2, 3, 4, 5];

function countText(stats: DimensionStats | undefined): string {
  if (!stats) return 'Count: nobody rated it.';
  if (!stats.reveal.allowed) return `Count: hidden. ${stats.reveal.reason}`;
  return `Count: ${stats.n} people rated it; median ${formatScore(stats.median)}, from ${formatScore(stats.min)} to ${formatScore(stats.max)}; ${stats.lowCount} rated it 2 or lower.`;
}

/** One card per dimension: the count, the agreed rating and notes. */
export function AgreeStep({ session, assessment, summary, playbooks }: Props) {
  const record = session.record;
  return (
    <section class="card agree" aria-labelledby="agree-title">
      <h3 id="agree-title">Agree a rating</h3>
      <p class="no-print">
        Take one dimension at a time. Read out the count, hear from both ends, then agree the rating that best describes
        the team today. Everything is saved on this device as you go.
      </p>
      {assessment.dimensions.map((dimension) => {
        const stats = summary.dimensions.find((d) => d.id === dimension.id);
        const kept = record?.dimensions.find((d) => d.id === dimension.id);
        const agreed = kept?.agreed ?? null;
        const playbook = playbooks[dimension.playbook];
        const base = `agree-${dimension.id}`;
        return (
          <div class="agree-dimension" key={dimension.id}>
            <h4 id={`${base}-title`}>{dimension.label}</h4>
            <p class="count">
              {countText(stats)}
              {playbook && (
                <>
                  {' '}
                  Playbook: <a href={withBase(playbook.url)}>{playbook.title}</a>.
                </>
              )}
            </p>
            <fieldset class="rating-choice no-print">
              <legend>Agreed rating for {dimension.label}</legend>
              {[...RATINGS, null].map((rating) => (
                <span class="choice-inline" key={String(rating)}>
                  <input
                    type="radio"
                    id={`${base}-${rating ?? 'none'}`}
                    name={`${base}-rating`}
                    checked={agreed === rating}
                    onChange={() => {
                      updateRecord(assessment, session.id, (r) => setAgreedRating(r, dimension.id, rating));
                    }}
                  />
                  <label for={`${base}-${rating ?? 'none'}`}>{rating ?? 'Not agreed yet'}</label>
                </span>
              ))}
            </fieldset>
            <div class="field no-print">
              <label for={`${base}-notes`}>Notes on {dimension.label}</label>
              <textarea
                id={`${base}-notes`}
                rows={3}
                maxLength={4000}
                value={kept?.notes ?? ''}
                onInput={(event) => {
                  const notes = event.currentTarget.value;
                  updateRecord(assessment, session.id, (r) => setDimensionNotes(r, dimension.id, notes));
                }}
              />
            </div>
            <p class="print-only">
              Agreed rating: {agreed ?? 'not agreed'}. {kept?.notes ? `Notes: ${kept.notes}` : ''}
            </p>
          </div>
        );
      })}
    </section>
  );
}
