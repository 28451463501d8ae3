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
