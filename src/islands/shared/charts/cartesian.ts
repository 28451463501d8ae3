// chart.js with what line and bar charts need (calculator years, feeling curve, impact matrix).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  ScatterController,
  Filler,
  Tooltip,
  Legend,
);

export { Chart };

// Intl groups thousands with a narrow no-break space in many locales (fr-FR: "1 400 000 €"), and
// canvas fonts draw that character with next to no width, so an axis read "1400000 €" beside
// tables that write "1 400 000 €". Axis labels keep the formatter's text with a no-break space.
const NARROW_NO_BREAK_SPACE = /\u202f/g;
Chart.defaults.scale.afterTickToLabelConversion = (scale) => {
  for (const tick of scale.ticks) {
    const { label } = tick;
    if (typeof label === 'string') tick.label = label.replace(NARROW_NO_BREAK_SPACE, '\u00a0');
    else if (Array.isArray(label)) tick.label = label.map((line) => line.replace(NARROW_NO_BREAK_SPACE, '\u00a0'));
  }
};
