// Every person's score for one dimension as a dot on the 1-5 scale: the actuals, not an average.
// Equal scores stack upwards so each person stays visible; a line marks the median.
import { isLowScore } from '../../../core/assessment/team-summary';

const LEFT = 8;
const WIDTH = 84;
const DOT = 3.2;
const STEP = 7;

const xOf = (score: number): number => LEFT + ((Math.min(5, Math.max(1, score)) - 1) / 4) * WIDTH;

interface Props {
  /** The scores, ascending. */
  scores: number[];
  /** The median, or null. */
  median: number | null;
}

/** A dot plot drawn in SVG; the table cell beside it carries the same numbers as text. */
export function DotPlot({ scores, median }: Props) {
  const stacks = new Map<number, number>();
  const dots = scores.map((score) => {
    const key = Math.round(score * 100);
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    return { x: xOf(score), level, low: isLowScore(score) };
  });
  const tallest = Math.max(1, ...stacks.values());
  const axis = 6 + tallest * STEP;
  const height = axis + 10;
  return (
    <svg class="dot-plot" viewBox={`0 0 100 ${height}`} aria-hidden="true" focusable="false">
      <line class="dot-axis" x1={LEFT} x2={LEFT + WIDTH} y1={axis} y2={axis} />
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line class="dot-tick" x1={xOf(tick)} x2={xOf(tick)} y1={axis - 1.5} y2={axis + 1.5} />
          <text class="dot-label" x={xOf(tick)} y={axis + 8} text-anchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {median !== null && <line class="dot-median" x1={xOf(median)} x2={xOf(median)} y1={1} y2={axis} />}
      {dots.map((dot, index) => (
        <circle
          key={index}
          class={dot.low ? 'dot dot-low' : 'dot'}
          cx={dot.x}
          cy={axis - 4 - dot.level * STEP}
          r={DOT}
        />
      ))}
    </svg>
  );
}
