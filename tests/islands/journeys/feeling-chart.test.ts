// The feeling curve's chart configuration: the line never swings past its points (checked with
// chart.js's own curve code), the scale leaves room for the +3 and -3 markers, and stages are marked.
import { _updateBezierControlPoints } from 'chart.js/helpers';
import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { curveStages, type FeelingPoint } from '../../../src/core/journey/ranking';
import { buildFeelingChart, fitText, stageLabel, stageMarks } from '../../../src/islands/journeys/feeling-chart';
import type { ChartTheme } from '../../../src/islands/shared/ChartFrame';

const theme: ChartTheme = { text: '#000', muted: '#555', grid: '#ccc', accent: '#00f', series: ['#00f'] };

/** Points along a journey: [stage, feeling] pairs. */
function curve(moments: [string, number][]): FeelingPoint[] {
  return moments.map(([stage, feeling], index) => ({
    index,
    stageId: `s-${stage}`,
    stageName: stage,
    momentId: `m-${String(index)}`,
    title: `Moment ${String(index + 1)}`,
    feeling,
  }));
}

// Two -2 moments side by side (the case that dipped below -2), +3 and -3 at the ends and in a row.
const JOURNEY = curve([
  ['Applying', 0],
  ['Applying', -2],
  ['Proving', -2],
  ['Proving', 0],
  ['Waiting', 3],
  ['Waiting', 3],
  ['First weeks', -3],
  ['First weeks', -3],
  ['First weeks', 1],
]);

type Bezier = { x: number; y: number; cp1x?: number; cp1y?: number; cp2x?: number; cp2y?: number };

/** The y values the drawn line passes through, sampled along every segment, as chart.js draws it. */
function drawnSegments(points: FeelingPoint[]): { from: number; to: number; ys: number[] }[] {
  const config = buildFeelingChart(points, curveStages(points), theme);
  const dataset = config.data.datasets[0];
  if (!dataset) throw new Error('no dataset');
  const mode = dataset.cubicInterpolationMode ?? 'default';
  const tension = typeof dataset.tension === 'number' ? dataset.tension : 0;
  // Feeling runs up the screen; 40 px per step along the journey, 30 px per feeling point.
  const drawn: Bezier[] = (dataset.data as number[]).map((y, i) => ({ x: i * 40, y: -y * 30 }));
  const curved = mode === 'monotone' || tension > 0;
  if (curved) {
    _updateBezierControlPoints(
      drawn,
      { cubicInterpolationMode: mode, tension, capBezierPoints: false },
      { left: 0, right: 400, top: -200, bottom: 200 } as never,
      false,
      'x',
    );
  }
  return drawn.slice(0, -1).map((start, i) => {
    const end = drawn[i + 1] as Bezier;
    const ys: number[] = [];
    for (let step = 0; step <= 20; step++) {
      const t = step / 20;
      const [p1, p2] = curved ? [start.cp2y ?? start.y, end.cp1y ?? end.y] : [start.y, end.y];
      const u = 1 - t;
      ys.push(u * u * u * start.y + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * end.y);
    }
    return { from: -start.y / 30, to: -end.y / 30, ys: ys.map((y) => -y / 30) };
  });
}

describe('the feeling curve chart', () => {
  it('never draws the line past the moments it joins (no dip below two -2 moments)', () => {
    for (const segment of drawnSegments(JOURNEY)) {
      const low = Math.min(segment.from, segment.to) - 1e-9;
      const high = Math.max(segment.from, segment.to) + 1e-9;
      for (const y of segment.ys) {
        expect(y, `between ${String(segment.from)} and ${String(segment.to)}`).toBeGreaterThanOrEqual(low);
        expect(y, `between ${String(segment.from)} and ${String(segment.to)}`).toBeLessThanOrEqual(high);
      }
    }
  });

  it('stays inside -3 to +3 for any journey', () => {
    const feelings = [-3, -2, -1, 0, 1, 2, 3];
    for (let seed = 1; seed < 200; seed++) {
      const moments = Array.from(
        { length: 2 + (seed % 9) },
        (_, i) => ['S', feelings[(seed * 7 + i * i * 3 + i) % 7] ?? 0] as [string, number],
      );
      for (const { ys } of drawnSegments(curve(moments))) {
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(-3 - 1e-9);
        expect(Math.max(...ys)).toBeLessThanOrEqual(3 + 1e-9);
      }
    }
  });

  it('leaves room past -3 and +3 so their markers are whole, and ticks only whole feelings', () => {
    const { options } = buildFeelingChart(JOURNEY, curveStages(JOURNEY), theme);
    const y = options?.scales?.['y'] as { min: number; max: number; afterBuildTicks: (scale: unknown) => void };
    expect(y.min).toBeLessThan(-3);
    expect(y.max).toBeGreaterThan(3);
    const scale = { ticks: [] as { value: number }[] };
    y.afterBuildTicks(scale);
    expect(scale.ticks.map((tick) => tick.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    // The first and last moments sit half a step in from the edges, not on them.
    expect((options?.scales?.['x'] as { offset: boolean }).offset).toBe(true);
  });

  it('marks every stage with its name above the plot and a separator between stages', () => {
    const stages = curveStages(JOURNEY);
    const { plugins } = buildFeelingChart(JOURNEY, stages, theme);
    expect(plugins?.map((plugin) => plugin.id)).toEqual(['journeyStages']);
    const names: [string, number][] = [];
    const separators: number[] = [];
    const ctx = {
      save() {},
      restore() {},
      fillRect() {},
      setLineDash() {},
      beginPath() {},
      stroke() {},
      lineTo() {},
      moveTo(x: number) {
        separators.push(x);
      },
      fillText(text: string, x: number) {
        names.push([text, x]);
      },
      measureText: (text: string) => ({ width: text.length * 7 }),
    };
    const chart = {
      ctx,
      chartArea: { left: 40, right: 40 + 9 * 60, top: 30, bottom: 230 },
      scales: { x: { getPixelForValue: (value: number) => 70 + value * 60 } },
    };
    stageMarks(stages, theme).beforeDatasetsDraw?.(chart as unknown as Chart<'line'>, { cancelable: true }, {});
    expect(names.map(([text]) => text)).toEqual(['Applying', 'Proving', 'Waiting', 'First weeks']);
    // Each name is centred on its stage; separators fall between the stages' moments.
    expect(names.map(([, x]) => x)).toEqual([100, 220, 340, 490]);
    expect(separators).toEqual([160, 280, 400]);
  });

  it('shortens a stage name that does not fit its band, or numbers it when little would be left', () => {
    const measure = (text: string) => text.length * 7;
    expect(fitText('Proving who they are', 200, measure)).toBe('Proving who they are');
    expect(fitText('Proving who they are', 60, measure)).toBe('Proving…');
    expect(fitText('Proving', 5, measure)).toBe('');
    // An emoji is never cut in half, even where half of one would measure as nothing.
    const glyphs = (text: string) =>
      Array.from(text).filter((c) => c.length === 2 || !/[\ud800-\udfff]/.test(c)).length * 7;
    expect(fitText('Queue 🙂🙂!', 56, glyphs)).toBe('Queue 🙂…');
    expect(stageLabel(2, 'Proving who they are', 200, measure)).toBe('Proving who they are');
    expect(stageLabel(2, 'Proving who they are', 63, measure)).toBe('Proving…');
    expect(stageLabel(2, 'Proving who they are', 30, measure)).toBe('2');
    expect(stageLabel(2, 'Applying', 3, measure)).toBe('');
  });

  it('names the moments along the bottom, or numbers them as the table does on a narrow chart', () => {
    const { options } = buildFeelingChart(JOURNEY, curveStages(JOURNEY), theme);
    const x = options?.scales?.['x'] as {
      ticks: { callback: (this: unknown, value: number, index: number) => string };
    };
    const label = (width: number, index: number) => x.ticks.callback.call({ chart: { width } }, index, index);
    expect(label(800, 0)).toBe('Moment 1');
    expect(label(300, 0)).toBe('1');
    expect(label(300, 8)).toBe('9');
  });
});
