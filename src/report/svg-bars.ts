/**
 * Inline SVG charts for the HTML report: a prevalence bar with its interval, and a before/after pair for trends.
 * @module
 */
import { escapeHtml } from './escape-html.ts';

const W = 160;
const H = 14;

/**
 * A horizontal bar for a share with a whisker for its 95% interval.
 * @example
 * assert.match(prevalenceBar(0.5, [0.4, 0.6]), /^<svg/);
 */
export function prevalenceBar(share: number, ci: [number, number]): string {
  const x = (v: number) => (Math.max(0, Math.min(1, v)) * W).toFixed(1);
  return (
    `<svg class="bar" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${Math.round(share * 100)}%">` +
    `<rect x="0" y="2" width="${W}" height="${H - 4}" fill="#eef0f3"/>` +
    `<rect x="0" y="2" width="${x(share)}" height="${H - 4}" fill="#3b6fb6"/>` +
    `<line x1="${x(ci[0])}" x2="${x(ci[1])}" y1="${H / 2}" y2="${H / 2}" stroke="#1b2a41" stroke-width="1.5"/>` +
    `</svg>`
  );
}

/**
 * Two bars, earlier and later share, labelled with their periods.
 * @example
 * assert.match(trendBars('2024', 0.1, '2025', 0.3), /2025/);
 */
export function trendBars(fromLabel: string, from: number, toLabel: string, to: number): string {
  const x = (v: number) => (Math.max(0, Math.min(1, v)) * (W - 60)).toFixed(1);
  return (
    `<svg class="trend" width="${W}" height="30" viewBox="0 0 ${W} 30" role="img" aria-label="${escapeHtml(fromLabel)} ${Math.round(from * 100)}%, ${escapeHtml(toLabel)} ${Math.round(to * 100)}%">` +
    `<rect x="0" y="2" width="${x(from)}" height="11" fill="#9aa5b1"/>` +
    `<text x="${(Number(x(from)) + 3).toFixed(1)}" y="11" font-size="9">${Math.round(from * 100)}%</text>` +
    `<rect x="0" y="17" width="${x(to)}" height="11" fill="${to >= from ? '#2f855a' : '#c05621'}"/>` +
    `<text x="${(Number(x(to)) + 3).toFixed(1)}" y="26" font-size="9">${Math.round(to * 100)}%</text>` +
    `</svg>`
  );
}
