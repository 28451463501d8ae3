// A chart that costs nothing until it is about to be seen: its box is reserved (no layout shift),
// chart.js is fetched when the box nears the viewport (see lazy.tsx), and colours follow the theme. The chart is decoration for sighted readers: every tool shows the same data in a table.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { LoadFailed, useLoad, useNearScreen } from './lazy';

/** Colours read from the design tokens, so charts match the theme. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  series: string[];
}

function readTheme(): ChartTheme {
  // The tokens are light-dark() pairs, which only an element's used colour resolves; a canvas cannot.
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const token = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const theme = {
    text: token('--text'),
    muted: token('--text-muted'),
    grid: token('--border'),
    accent: token('--accent'),
    series: [token('--accent'), token('--focus'), token('--good'), token('--link-visited'), token('--bad')],
  };
  probe.remove();
  return theme;
}

type Kind = 'radar' | 'cartesian';

const loaders: Record<Kind, () => Promise<typeof ChartType>> = {
  radar: () => import('./charts/radar').then((m) => m.Chart),
  cartesian: () => import('./charts/cartesian').then((m) => m.Chart),
};

interface Props {
  /** Which part of chart.js to load. */
  kind: Kind;
  /** Builds the chart from the theme's colours; called again when the theme or data changes. */
  build: (theme: ChartTheme) => ChartConfiguration;
  /** A short description of what the chart shows, for assistive technology. */
  label: string;
  /** The reserved box's shape. */
  shape?: 'square' | 'wide';
  /** Changes when the data changes, so the chart is rebuilt. */
  dataKey: string;
}

/** A lazily loaded chart.js chart in a reserved box. */
export function ChartFrame({ kind, build, label, shape = 'square', dataKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType | null>(null);
  const [themeTick, setThemeTick] = useState(0);
  const { value: Chart, failed } = useLoad(loaders[kind], useNearScreen(box, '300px'));

  useEffect(() => {
    const bump = () => {
      setThemeTick((tick) => tick + 1);
    };
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    const mutation = new MutationObserver(bump);
    mutation.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', bump);
      mutation.disconnect();
    };
  }, []);

  useEffect(() => {
    if (!Chart || !canvas.current) return;
    chart.current?.destroy();
    const config = build(readTheme());
    chart.current = new Chart(canvas.current, {
      ...config,
      options: { ...config.options, responsive: true, maintainAspectRatio: false, animation: false },
    });
    // build is recreated on every render; dataKey and themeTick say when the chart must change.
  }, [Chart, dataKey, themeTick]);

  useEffect(
    () => () => {
      chart.current?.destroy();
    },
    [],
  );

  return (
    <div ref={box} class={`chart-box chart-${shape}`}>
      {failed ? <LoadFailed what="the chart" /> : <canvas ref={canvas} role="img" aria-label={label} />}
    </div>
  );
}
