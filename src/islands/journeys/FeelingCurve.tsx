// The customer's feeling moment by moment across the journey: a line chart (chart.js, fetched only
// when this view is shown) and a table with the same figures, always visible.
import type { ChartConfiguration } from 'chart.js';
import type { Worksheet } from '../../core/journey/model';
import { feelingCurve, type FeelingPoint } from '../../core/journey/ranking';
import { ChartFrame, type ChartTheme } from '../shared/ChartFrame';
import { formatCount, formatFeeling, FEELING_WORDS } from './labels';

interface Props {
  sheet: Worksheet;
}

const shorten = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function buildChart(points: FeelingPoint[], theme: ChartTheme): ChartConfiguration {
  const axis = { ticks: { color: theme.muted }, grid: { color: theme.grid } };
  return {
    type: 'line',
    data: {
      labels: points.map((point) => shorten(point.title)),
      datasets: [
        {
          label: 'Feeling',
          data: points.map((point) => point.feeling),
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          pointRadius: 5,
          tension: 0.2,
        },
      ],
    },
    options: {
      plugins: { legend: { display: false } },
      scales: {
        x: axis,
        y: {
          ...axis,
          min: -3,
          max: 3,
          ticks: { color: theme.muted, stepSize: 1 },
          title: { display: true, text: 'Feeling (-3 to +3)', color: theme.text },
        },
      },
    },
  };
}

/** The feeling curve and its data table. */
export function FeelingCurve({ sheet }: Props) {
  const points = feelingCurve(sheet);
  if (points.length === 0) {
    return <p class="empty">Add moments and score how the customer feels in each; the curve then shows here.</p>;
  }
  const lowest = Math.min(...points.map((point) => point.feeling));
  return (
    <div class="curve">
      <ChartFrame
        kind="cartesian"
        shape="wide"
        label={`Line chart of how the customer feels across ${formatCount(points.length)} moments, from -3 to +3. The table below gives the same figures.`}
        dataKey={JSON.stringify(points.map((point) => [point.title, point.feeling]))}
        build={(theme) => buildChart(points, theme)}
      />
      <table>
        <caption>
          How the customer feels, moment by moment. The lowest point is {formatFeeling(lowest)} (
          {FEELING_WORDS[lowest] ?? ''}).
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Step
            </th>
            <th scope="col">Stage</th>
            <th scope="col">Moment</th>
            <th scope="col" class="num">
              Feeling
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.momentId}>
              <td class="num">{formatCount(point.index + 1)}</td>
              <td>{point.stageName}</td>
              <th scope="row">{point.title}</th>
              <td class="num">{formatFeeling(point.feeling)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
