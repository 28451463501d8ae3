// A QR code drawn as SVG from uqr's module matrix. Every dark run in a row becomes one rectangle in
// a single path, so even a long reply link stays a small, crisp element at projector size.
import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

interface Props {
  /** The text the code carries (a link). */
  text: string;
  /** What the code is, for assistive technology, e.g. "QR code of the join link". */
  label: string;
  /** Extra class for sizing. */
  class?: string;
}

/** Builds the SVG path and size for a text; exported for tests. */
export function qrPath(text: string): { d: string; size: number } {
  // Medium error correction survives glare on a projector; a 4-module quiet zone is the standard.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { d, size };
}

/** A scannable QR code that keeps its light background in every theme. */
export function QrCode({ text, label, class: extra = '' }: Props) {
  const { d, size } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      class={`qr ${extra}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect class="qr-light" width={size} height={size} />
      <path class="qr-dark" d={d} />
    </svg>
  );
}
