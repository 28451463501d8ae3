// The chart.js settings for a radar of dimension scores on the 1-5 scale, in the theme's colours.
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme } from '../shared/ChartFrame';

/** One line on the radar: a result's score per dimension (null where there is no rating). */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** A colour with some transparency, for the filled area under a line. */
function translucent(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}33` : 'transparent';
}

/** Builds a radar of scores from 0 to 5 with one dataset per series. */
export function buildRadar(theme: ChartTheme, labels: string[], series: RadarSeries[]): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((line, index) => {
        const colour = theme.series[index % theme.series.length] ?? theme.accent;
        return {
          label: line.label,
          data: line.values,
          borderColor: colour,
          backgroundColor: translucent(colour),
          pointBackgroundColor: colour,
          pointStyle: index === 0 ? 'circle' : 'rectRot',
          pointRadius: 4,
          borderDash: index === 0 ? [] : [6, 4],
          spanGaps: true,
        };
      }),
    },
    options: {
      scales: {
        r: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, color: theme.muted, backdropColor: 'transparent' },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          // Smaller labels on a phone-sized chart leave the web itself more room.
          pointLabels: { color: theme.text, font: (context) => ({ size: context.chart.width < 360 ? 11 : 13 }) },
        },
      },
      plugins: {
        legend: { display: series.length > 1, labels: { color: theme.text } },
      },
    },
  };
}
