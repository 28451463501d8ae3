// A team's trend on one assessment: one small line chart per dimension (chart.js, fetched only as
// each nears the screen), each with its table of the same figures and an arrow for up, down or steady.
import type { ChartConfiguration } from 'chart.js';
import { DIRECTION_WORDS, STEADY_THRESHOLD, dimensionTrends, type DimensionTrend } from '../../core/assessment/trend';
import { formatChange } from '../../core/assessment/text';
import type { WorkshopRecord } from '../../core/assessment/workshop-record';
import { ChartFrame, type ChartTheme } from '../shared/ChartFrame';
import { AgreedTable } from './AgreedTable';

interface Props {
  team: string;
  assessmentTitle: string;
  /** The team's records on this assessment, oldest first. */
  records: WorkshopRecord[];
}

function buildTrendChart(trend: DimensionTrend, theme: ChartTheme): ChartConfiguration {
  const labels = trend.points.map((p) => p.date);
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'Agreed',
          data: trend.points.map((p) => p.agreed),
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          borderWidth: 3,
          spanGaps: true,
        },
        {
          label: 'Median',
          data: trend.points.map((p) => p.median),
          borderColor: theme.series[1],
          backgroundColor: theme.series[1],
          borderDash: [6, 4],
          spanGaps: true,
        },
        {
          label: 'Lowest',
          data: trend.points.map((p) => p.min),
          borderColor: theme.series[2],
          backgroundColor: 'transparent',
          borderDash: [2, 3],
          pointRadius: 0,
          spanGaps: true,
        },
        {
          label: 'Highest',
          data: trend.points.map((p) => p.max),
          borderColor: theme.series[3],
          backgroundColor: 'transparent',
          borderDash: [2, 3],
          pointRadius: 0,
          spanGaps: true,
        },
      ],
    },
    options: {
      scales: {
        y: { min: 1, max: 5, ticks: { stepSize: 1, color: theme.muted }, grid: { color: theme.grid } },
        x: { ticks: { color: theme.muted }, grid: { color: theme.grid } },
      },
      plugins: { legend: { labels: { color: theme.text, boxWidth: 12 } } },
    },
  };
}

function Direction({ trend }: { trend: DimensionTrend }) {
  if (trend.direction === null) return <span class="trend-direction">no change to show yet</span>;
  const { arrow, word } = DIRECTION_WORDS[trend.direction];
  return (
    <span class={`trend-direction trend-${trend.direction}`}>
      <span aria-hidden="true">{arrow}</span> {word} ({trend.basis === 'agreed' ? 'agreed' : 'median'}{' '}
      {formatChange(trend.change)})
    </span>
  );
}

function DimensionCard({ trend, index }: { trend: DimensionTrend; index: number }) {
  return (
    <li class="trend-card">
      <h3>
        {trend.label}: <Direction trend={trend} />
      </h3>
      <ChartFrame
        kind="cartesian"
        shape="wide"
        label={`Line chart of ${trend.label} across ${String(trend.points.length)} workshops: agreed rating, median, lowest and highest score, from 1 to 5. The table below gives the same figures.`}
        dataKey={JSON.stringify(trend.points)}
        build={(theme) => buildTrendChart(trend, theme)}
      />
      <AgreedTable
        captionId={`trend-caption-${String(index)}`}
        caption={`${trend.label}, workshop by workshop`}
        rowHeading="Workshop"
        rows={trend.points.map((point, row) => ({
          ...point,
          key: String(row),
          head: (
            <>
              {point.date} <span class="hint">{point.sessionName}</span>
            </>
          ),
        }))}
      />
    </li>
  );
}

/** The trend of one team on one assessment, one small chart and table per dimension. */
export function TeamTrend({ team, assessmentTitle, records }: Props) {
  const trends = dimensionTrends(records);
  const first = records[0];
  const last = records[records.length - 1];
  if (!first || !last) return <p>No saved workshop of {team} on this assessment yet.</p>;
  return (
    <div class="team-trend">
      <p>
        {team}, {assessmentTitle}: {records.length} {records.length === 1 ? 'workshop' : 'workshops'}
        {records.length > 1 ? `, from ${first.date} to ${last.date}` : `, on ${first.date}`}.{' '}
        {records.length > 1
          ? `Each arrow compares the latest workshop with the one before: the agreed rating when both agreed one, otherwise the team median. A change smaller than ${String(STEADY_THRESHOLD)} of a point reads as steady.`
          : 'Save a record of the next workshop for this team to see what moved.'}{' '}
        The spread is the lowest to the highest score; it is hidden where fewer than three people rated.
      </p>
      <ul class="trend-grid">
        {trends.map((trend, index) => (
          <DimensionCard key={trend.id} trend={trend} index={index} />
        ))}
      </ul>
    </div>
  );
}
