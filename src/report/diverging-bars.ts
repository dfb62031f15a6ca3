/**
 * An inline SVG diverging bar chart of differences in share, for the HTML comparison (no script, text escaped).
 * @module
 */
import { escapeHtml as h } from './escape-html.ts';

/** One bar: a signed difference (−1…1) with its 95% interval; negative bars point left. */
export interface DivergingBar {
  label: string;
  difference: number;
  ci: [number, number];
  /** The bar's colour (a CSS colour from the renderer's palette). */
  color: string;
}

const LABEL_W = 300;
const PLOT_W = 420;
const ROW = 22;
const TOP = 28;

/**
 * A chart of the bars, one row each, around a zero line, each labelled with its size in percentage points; `left` and
 * `right` name what each direction means ("more in A", "more in B").
 * @example
 * const svg = divergingBars([{ label: 'Hire', difference: 0.4, ci: [0.3, 0.5], color: '#3b6fb6' }], 'more in B', 'more in A');
 * assert.match(svg, /^<svg/);
 */
export function divergingBars(bars: readonly DivergingBar[], left: string, right: string): string {
  const width = LABEL_W + PLOT_W + 10;
  const height = TOP + bars.length * ROW + 8;
  const zero = LABEL_W + PLOT_W / 2;
  // Room past the longest whisker for its number.
  const scale = 1.2 * Math.max(0.25, ...bars.map((b) => Math.max(Math.abs(b.ci[0]), Math.abs(b.ci[1]))));
  const x = (v: number) => (zero + (Math.max(-1, Math.min(1, v)) / scale) * (PLOT_W / 2)).toFixed(1);
  const out: string[] = [
    `<svg class="diverging" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${h(`Largest significant differences: left ${left}, right ${right}`)}">`,
    left
      ? `<text x="${(zero - 6).toFixed(1)}" y="14" font-size="11" text-anchor="end">← ${h(left)}</text>`
      : '',
    `<text x="${(zero + 6).toFixed(1)}" y="14" font-size="11">${h(right)} →</text>`,
    `<line x1="${zero}" x2="${zero}" y1="${TOP - 6}" y2="${height - 4}" stroke="#52606d" stroke-width="1"/>`,
  ];
  bars.forEach((b, i) => {
    const y = TOP + i * ROW;
    const [a, e] = [Number(x(0)), Number(x(b.difference))];
    const pts = Math.round(b.difference * 100);
    out.push(
      `<text x="${LABEL_W - 8}" y="${y + 14}" font-size="12" text-anchor="end">${h(shorten(b.label))}<title>${h(b.label)}</title></text>`,
      `<rect x="${Math.min(a, e).toFixed(1)}" y="${y + 3}" width="${Math.abs(e - a).toFixed(1)}" height="${ROW - 8}" fill="${h(b.color)}"/>`,
      `<line x1="${x(b.ci[0])}" x2="${x(b.ci[1])}" y1="${y + ROW / 2 - 1}" y2="${y + ROW / 2 - 1}" stroke="#1b2a41" stroke-width="1.5"/>`,
      `<text x="${(b.difference < 0 ? Number(x(b.ci[0])) - 4 : Number(x(b.ci[1])) + 4).toFixed(1)}" y="${y + 14}" font-size="10" text-anchor="${b.difference < 0 ? 'end' : 'start'}">${Math.abs(pts)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

function shorten(s: string, max = 44): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
