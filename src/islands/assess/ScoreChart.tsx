// A result as a radar with a table beside it that gives the same figures, always visible.
import { useId } from 'preact/hooks';
import type { AssessmentResult } from '../../core/assessment/scoring';
import { formatScore } from '../../core/assessment/text';
import { ChartFrame } from '../shared/ChartFrame';
import { buildRadar } from './radar';

interface Props {
  result: AssessmentResult;
  /** Names the result in the chart legend and the table caption. */
  label: string;
}

/** The radar of one result and its data table. */
export function ScoreChart({ result, label }: Props) {
  const labels = result.dimensions.map((d) => d.label);
  const values = result.dimensions.map((d) => d.score);
  const captionId = useId();
  return (
    <div class="result-figure">
      <ChartFrame
        kind="radar"
        label={`Radar chart of ${label.toLowerCase()} by dimension, from 0 at the centre to 5 at the edge. The table gives the same figures.`}
        dataKey={JSON.stringify(values)}
        build={(theme) => buildRadar(theme, labels, [{ label, values }])}
      />
      {/* On a narrow phone the table scrolls inside its own box, with a shadow at the edge as the cue. */}
      <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="score-table">
          <caption id={captionId}>{label} by dimension (1 to 5)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col" class="num">
                Score
              </th>
              <th scope="col" class="num">
                Rated
              </th>
              <th scope="col" class="num">
                Don’t know
              </th>
              <th scope="col" class="num">
                Unanswered
              </th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                <td class="num">{formatScore(d.score)}</td>
                <td class="num">
                  {d.answered} of {d.total}
                </td>
                <td class="num">{d.dontKnow}</td>
                <td class="num">{d.unanswered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
