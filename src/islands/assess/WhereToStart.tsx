// Turns weak dimensions into something to do: the playbook that explains each, and its plays.
import { weakDimensions, type AssessmentResult, type DimensionScore } from '../../core/assessment/scoring';
import { formatScore } from '../../core/assessment/text';
import { weakLinks } from '../../core/assessment/weak-links';
import { momentTagHash } from '../../core/journey/tags';
import type { DimensionGuide } from './guides';
import { withBase } from '../../lib/base';

interface Props {
  result: AssessmentResult;
  guides: DimensionGuide[];
}

/** The journey moments and the calculator line a weak dimension leads to, when it has them. */
function MoreLinks({ assessmentId, dimension }: { assessmentId: string; dimension: DimensionScore }) {
  const { journeyTag, calculator } = weakLinks(assessmentId, dimension.id);
  if (!journeyTag && !calculator) return null;
  return (
    <ul class="weak-links">
      {journeyTag && (
        <li>
          <a href={withBase(`/tools/journeys/${momentTagHash(journeyTag)}`)}>
            Journey moments that test {dimension.label}
          </a>
          : in your journey worksheets, the moments tagged {dimension.label}, where to act first.
        </li>
      )}
      {calculator && (
        <li>
          <a href={withBase(`/tools/cost-of-inaction/#calc-${calculator.field}`)}>What it costs</a>: {calculator.cost},
          in the cost-of-inaction calculator.
        </li>
      )}
    </ul>
  );
}

function GuideLinks({
  assessmentId,
  dimension,
  guide,
}: {
  assessmentId: string;
  dimension: DimensionScore;
  guide: DimensionGuide | undefined;
}) {
  return (
    <li class="guide">
      <h4>
        {dimension.label}: {formatScore(dimension.score)}
      </h4>
      {guide ? (
        <>
          <p>
            Read the <a href={withBase(guide.playbookHref)}>{guide.playbookTitle} playbook</a>. Plays that address it:
          </p>
          <ul>
            {guide.plays.map((play) => (
              <li key={play.id}>
                <a href={withBase(play.href)}>{play.title}</a> <span class="muted">({play.runMinutes} minutes)</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>There is no playbook for this dimension yet.</p>
      )}
      <MoreLinks assessmentId={assessmentId} dimension={dimension} />
    </li>
  );
}

/** "Where to start": each weak dimension with its playbook and plays. */
export function WhereToStart({ result, guides }: Props) {
  const weak = weakDimensions(result);
  const guideFor = (id: string) => guides.find((guide) => guide.dimensionId === id);
  const shown = weak.length > 0 ? weak : result.weakest ? [result.weakest] : [];
  return (
    <section class="where-to-start" aria-labelledby="where-to-start">
      <h3 id="where-to-start">Where to start</h3>
      {weak.length > 0 ? (
        <p>
          {weak.length === 1 ? 'One dimension scored' : `${weak.length} dimensions scored`} below 2.5 out of 5. Each has
          a playbook and plays you can run with your team.
        </p>
      ) : result.weakest ? (
        <p>No dimension scored below 2.5 out of 5. Your weakest is still the best place to start.</p>
      ) : (
        <p>Rate statements in at least two dimensions to see where to start.</p>
      )}
      {shown.length > 0 && (
        <ul class="guides">
          {shown.map((dimension) => (
            <GuideLinks
              key={dimension.id}
              assessmentId={result.assessmentId}
              dimension={dimension}
              guide={guideFor(dimension.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
