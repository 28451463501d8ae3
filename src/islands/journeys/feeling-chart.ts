// The feeling curve's chart.js configuration, kept apart from the view so it can be tested in Node.
// The line is monotone between points (it never swings past a point, so two -2 moments are joined
// by a flat line, not a dip below -2), the scale reaches half a step past -3 and +3 so their markers
// are drawn whole, and each stage is marked by a band with its name above the plot.
import type { ChartConfiguration, Plugin, Scale } from 'chart.js';
import { codePoints } from '../../core/journey/limits';
import type { CurveStage, FeelingPoint } from '../../core/journey/ranking';
import type { ChartTheme } from '../shared/ChartFrame';

/** The feeling scale, and the room left past each end so a marker on it is not clipped. */
const FEELING_MIN = -3;
const FEELING_MAX = 3;
const ROOM = 0.5;
/** Radius of a moment's marker, in px. */
const POINT_RADIUS = 5;
/** Room above the plot for the stage names, in px. */
const NAME_ROOM = 22;

const shorten = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The longest start of `text` (with "…") that fits `width` px when measured by `measure`. */
export function fitText(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  for (let length = text.length - 1; length > 0; length--) {
    // Never cut an emoji (a surrogate pair) in half.
    if ((text.charCodeAt(length - 1) & 0xfc00) === 0xd800) continue;
    const cut = `${text.slice(0, length).trimEnd()}…`;
    if (measure(cut) <= width) return cut;
  }
  return '';
}

/**
 * A stage's name as the chart shows it: whole, or shortened when most of it fits, or else its number
 * (the table below the chart names each stage with its number).
 */
export function stageLabel(number: number, name: string, width: number, measure: (text: string) => number): string {
  const fitted = fitText(name, width, measure);
  if (fitted === name || codePoints(fitted) >= 8) return fitted;
  const short = String(number);
  return measure(short) <= width ? short : '';
}

/** Draws a band per stage behind the line, a separator between stages and each stage's name above. */
export function stageMarks(stages: readonly CurveStage[], theme: ChartTheme): Plugin<'line'> {
  return {
    id: 'journeyStages',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const x = chart.scales['x'];
      if (!x || stages.length === 0) return;
      const step = x.getPixelForValue(1) - x.getPixelForValue(0);
      const half = Number.isFinite(step) && step > 0 ? step / 2 : (area.right - area.left) / 2;
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      stages.forEach((stage, index) => {
        const left = Math.max(area.left, x.getPixelForValue(stage.first) - half);
        const right = Math.min(area.right, x.getPixelForValue(stage.last) + half);
        if (index % 2 === 1) {
          ctx.globalAlpha = 0.35;
          ctx.fillStyle = theme.grid;
          ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
          ctx.globalAlpha = 1;
        }
        if (index > 0) {
          ctx.strokeStyle = theme.muted;
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          ctx.moveTo(left, area.top - NAME_ROOM + 4);
          ctx.lineTo(left, area.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        ctx.fillStyle = theme.text;
        const name = stageLabel(index + 1, stage.stageName, right - left - 6, (text) => ctx.measureText(text).width);
        if (name) ctx.fillText(name, (left + right) / 2, area.top - 6);
      });
      ctx.restore();
    },
  };
}

/** Below this width (px) the moments along the bottom are numbered as in the table, not named. */
const NARROW_CHART = 560;

/** Only whole feelings are ticked, though the scale reaches past -3 and +3. */
function wholeFeelingTicks(scale: Scale): void {
  scale.ticks = Array.from({ length: FEELING_MAX - FEELING_MIN + 1 }, (_, i) => ({ value: FEELING_MIN + i }));
}

/** The line chart of the feeling curve, its stages marked. */
export function buildFeelingChart(
  points: readonly FeelingPoint[],
  stages: readonly CurveStage[],
  theme: ChartTheme,
): ChartConfiguration<'line'> {
  const axis = { ticks: { color: theme.muted }, grid: { color: theme.grid } };
  const titles = points.map((point) => shorten(point.title));
  return {
    type: 'line',
    data: {
      labels: titles,
      datasets: [
        {
          label: 'Feeling',
          data: points.map((point) => point.feeling),
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          pointRadius: POINT_RADIUS,
          // Monotone: the curve between two points stays between their values.
          cubicInterpolationMode: 'monotone',
        },
      ],
    },
    options: {
      layout: { padding: { top: NAME_ROOM, right: POINT_RADIUS } },
      plugins: { legend: { display: false } },
      scales: {
        // Half a step at each end, so the first and last markers are not cut in half.
        x: {
          ...axis,
          offset: true,
          ticks: {
            color: theme.muted,
            // On a phone there is no room for titles: the step numbers match the table's first column.
            callback(this: Scale, _value: string | number, index: number) {
              return this.chart.width < NARROW_CHART ? String(index + 1) : (titles[index] ?? '');
            },
          },
        },
        y: {
          ...axis,
          min: FEELING_MIN - ROOM,
          max: FEELING_MAX + ROOM,
          afterBuildTicks: wholeFeelingTicks,
          ticks: { color: theme.muted, stepSize: 1 },
          title: { display: true, text: 'Feeling (-3 to +3)', color: theme.text },
        },
      },
    },
    plugins: [stageMarks(stages, theme)],
  };
}
