// The customer's feeling moment by moment across the journey: a line chart (chart.js, fetched only
// when this view is shown) with its stages marked, and a table with the same figures grouped by
// stage, always visible.
import type { Worksheet } from '../../core/journey/model';
import { curveStages, feelingCurve } from '../../core/journey/ranking';
import { ChartFrame } from '../shared/ChartFrame';
import { buildFeelingChart } from './feeling-chart';
import { formatCount, formatFeeling, FEELING_WORDS, plural } from './labels';

interface Props {
  sheet: Worksheet;
}

/** The feeling curve and its data table. */
export function FeelingCurve({ sheet }: Props) {
  const points = feelingCurve(sheet);
  if (points.length === 0) {
    return <p class="empty">Add moments and score how the customer feels in each; the curve then shows here.</p>;
  }
  const lowest = Math.min(...points.map((point) => point.feeling));
  const stages = curveStages(points);
  return (
    <div class="curve">
      <ChartFrame
        kind="cartesian"
        shape="wide"
        label={`Line chart of how the customer feels across ${plural(points.length, 'moment')} in ${plural(stages.length, 'stage')} (${stages.map((stage) => stage.stageName).join(', ')}), from -3 to +3. The table below gives the same figures.`}
        dataKey={JSON.stringify(points.map((point) => [point.stageName, point.title, point.feeling]))}
        build={(theme) => buildFeelingChart(points, stages, theme)}
      />
      <table class="curve-table">
        <caption>
          How the customer feels, moment by moment, stage by stage. The lowest point is {formatFeeling(lowest)} (
          {FEELING_WORDS[lowest] ?? ''}).
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Step
            </th>
            <th scope="col">Moment</th>
            <th scope="col" class="num">
              Feeling
            </th>
          </tr>
        </thead>
        {stages.map((stage, index) => (
          <tbody key={stage.stageId}>
            <tr class="stage-row">
              <th scope="rowgroup" colSpan={3}>
                Stage {formatCount(index + 1)}: {stage.stageName}
              </th>
            </tr>
            {points.slice(stage.first, stage.last + 1).map((point) => (
              <tr key={point.momentId}>
                <td class="num">{formatCount(point.index + 1)}</td>
                <th scope="row">{point.title}</th>
                <td class="num">{formatFeeling(point.feeling)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
