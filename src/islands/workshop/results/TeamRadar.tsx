// The team radar: median with the lowest and highest score per dimension, and its data table.
import type { ChartConfiguration } from 'chart.js';
import { type TeamSummary } from '../../../core/assessment/team-summary';
import { formatScore } from '../../../core/assessment/text';
import { ChartFrame, type ChartTheme } from '../../shared/ChartFrame';

const shown = (value: number | null, allowed: boolean): number | null => (allowed ? value : null);

function buildRadar(summary: TeamSummary, theme: ChartTheme): ChartConfiguration {
  const pick = (key: 'min' | 'median' | 'max') => summary.dimensions.map((d) => shown(d[key], d.reveal.allowed));
  const faint = /^#[0-9a-f]{6}$/i.test(theme.accent) ? `${theme.accent}33` : 'transparent';
  return {
    type: 'radar',
    data: {
      labels: summary.dimensions.map((d) => d.label),
      datasets: [
        {
          label: 'Highest',
          data: pick('max'),
          borderColor: theme.series[1],
          backgroundColor: 'transparent',
          borderDash: [6, 4],
        },
        {
          label: 'Median',
          data: pick('median'),
          borderColor: theme.accent,
          backgroundColor: faint,
          fill: true,
          borderWidth: 3,
        },
        {
          label: 'Lowest',
          data: pick('min'),
          borderColor: theme.series[2],
          backgroundColor: 'transparent',
          borderDash: [2, 3],
        },
      ],
    },
    options: {
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: theme.muted, backdropColor: 'transparent' },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          pointLabels: { color: theme.text },
        },
      },
      plugins: { legend: { labels: { color: theme.text } } },
    },
  };
}

/** The radar chart and a table with the same figures. */
export function TeamRadar({ summary }: { summary: TeamSummary }) {
  const figures = summary.dimensions.map((d) => [d.min, d.median, d.max].map((v) => shown(v, d.reveal.allowed)));
  return (
    <div class="radar-layout">
      <ChartFrame
        kind="radar"
        label="Radar chart of the team’s median, lowest and highest score for each dimension. The table beside it gives the same figures."
        build={(theme) => buildRadar(summary, theme)}
        dataKey={JSON.stringify(figures)}
      />
      <div class="table-scroll" role="region" aria-labelledby="radar-table-caption" tabindex={0}>
        <table class="radar-table">
          <caption id="radar-table-caption">Team median and range per dimension (1 to 5)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col" class="num">
                Lowest
              </th>
              <th scope="col" class="num">
                Median
              </th>
              <th scope="col" class="num">
                Highest
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.dimensions.map((d, index) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                {(figures[index] ?? []).map((value, column) => (
                  <td class="num" key={column}>
                    {d.reveal.allowed ? formatScore(value) : 'hidden'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
