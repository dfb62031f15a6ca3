/**
 * Charts drawn with Observable Plot. Plot's own <style> element is dropped before the chart joins the page (the CSP
 * allows no inline style); style.css carries the same rules.
 * @module
 */
import * as Plot from '@observablehq/plot';
import type { Item, Trends } from './api.ts';
import { h, pct, replace } from './dom.ts';

/** Chart redraws for the current page, run again when the window's width changes. */
const redraws: (() => void)[] = [];
let resizeTimer: number | undefined;
let lastWidth = 0;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    for (const draw of redraws) draw();
  }, 200);
});

/** Forgets the previous page's charts: call when a page that draws charts starts. */
export function resetCharts(): void {
  redraws.length = 0;
  lastWidth = window.innerWidth;
}

/** Draws a chart into `box` now and again on resize, at the box's width. */
export function chartBox(draw: (width: number) => Element): HTMLElement {
  const box = h('div', { class: 'chart-box' });
  const run = () => {
    if (!box.isConnected) return;
    replace(box, draw(Math.max(280, Math.min(900, box.clientWidth || 640))));
  };
  redraws.push(run);
  queueMicrotask(run);
  return box;
}

const short = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

// Room for the y labels (12px text, about 7px a character): at most 45% of the width, 260px.
function labelSpace(width: number): { margin: number; fit: number } {
  const margin = Math.min(260, Math.round(width * 0.45));
  return { margin, fit: Math.floor((margin - 14) / 7) };
}

function finish(chart: SVGSVGElement | HTMLElement, label: string): SVGSVGElement | HTMLElement {
  for (const style of chart.querySelectorAll('style')) style.remove();
  // Plot names its mark groups with aria-label; inside an image they are not announced, and axe flags a label
  // on an element without a role: keep the name as data-mark.
  for (const g of chart.querySelectorAll('svg [aria-label]')) {
    g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
    g.removeAttribute('aria-label');
  }
  chart.classList.add('chart');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  return chart;
}

/**
 * Horizontal bars of each line's share with its 95% interval as whiskers; `onPick(i)` runs when bar i is clicked.
 */
export function sharesChart(
  items: Item[],
  width: number,
  label: string,
  onPick?: (index: number) => void,
): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const { margin, fit } = labelSpace(width);
  const names = items.map((d, i) => `${i + 1}. ${short(d.text, fit - 3)}`);
  const rows = items.map((d, i) => ({ ...d, name: names[i] as string, lo: d.ci[0], hi: d.ci[1] }));
  const top = Math.min(100, Math.max(10, Math.ceil((Math.max(...rows.map((r) => r.hi)) * 110) / 10) * 10));
  const chart = Plot.plot({
    width,
    height: 26 * items.length + 36,
    marginLeft: margin,
    marginRight: 40,
    x: {
      domain: [0, top],
      percent: true,
      label: 'share of listings',
      grid: true,
      ticks: narrow ? 4 : 8,
      tickFormat: (d: number) => `${d}%`,
    },
    y: { domain: names, label: null },
    marks: [
      Plot.barX(rows, {
        x: 'share',
        y: 'name',
        fill: '#3b6ea8',
        title: (d) => `${d.text}: ${d.count} listings`,
      }),
      Plot.ruleY(rows, { x1: 'lo', x2: 'hi', y: 'name', stroke: '#1a1a1a', strokeWidth: 1.5 }),
      Plot.tickX(rows, { x: 'lo', y: 'name', stroke: '#1a1a1a', inset: 7 }),
      Plot.tickX(rows, { x: 'hi', y: 'name', stroke: '#1a1a1a', inset: 7 }),
      Plot.text(rows, {
        x: 'hi',
        y: 'name',
        text: (d) => pct(d.share),
        dx: 5,
        textAnchor: 'start',
        fill: '#1a1a1a',
      }),
      Plot.ruleX([0]),
    ],
  });
  if (onPick)
    chart.querySelectorAll<SVGRectElement>('g[aria-label="bar"] rect').forEach((rect, i) => {
      rect.classList.add('pick');
      rect.addEventListener('click', () => onPick(i));
    });
  return finish(chart, label);
}

/** Dated listings per period, the two compared periods darker. */
export function periodsChart(trends: Trends, width: number): SVGSVGElement | HTMLElement {
  const compared = new Set([trends.compared.from.period, trends.compared.to.period]);
  const chart = Plot.plot({
    width,
    height: 200,
    marginLeft: 44,
    x: { label: null, type: 'band' },
    y: { label: 'listings', grid: true },
    marks: [
      Plot.barY(trends.periods, {
        x: 'period',
        y: 'count',
        fill: (d) => (compared.has(d.period) ? '#3b6ea8' : '#a9bfd8'),
      }),
      Plot.text(trends.periods, { x: 'period', y: 'count', text: 'count', dy: -6, fill: '#1a1a1a' }),
      Plot.ruleY([0]),
    ],
  });
  return finish(
    chart,
    `Dated listings per period: ${trends.periods.map((p) => `${p.period} ${p.count}`).join(', ')}`,
  );
}

/** Rising and falling lines as arrows from the earlier share to the later one. */
export function changesChart(trends: Trends, width: number): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const { margin, fit } = labelSpace(width);
  const rows = [...trends.rising, ...trends.falling].map((t) => ({
    ...t,
    name: short(t.text, fit),
    x1: t.from.share,
    x2: t.to.share,
  }));
  const chart = Plot.plot({
    width,
    height: 26 * rows.length + 50,
    marginLeft: margin,
    marginRight: 40,
    x: {
      domain: [
        0,
        Math.min(
          100,
          Math.max(10, Math.ceil((Math.max(...rows.map((r) => Math.max(r.x1, r.x2))) * 110) / 10) * 10),
        ),
      ],
      percent: true,
      label: `share of listings, ${trends.compared.from.period} → ${trends.compared.to.period}`,
      grid: true,
      ticks: narrow ? 4 : 8,
      tickFormat: (d: number) => `${d}%`,
    },
    y: { domain: rows.map((r) => r.name), label: null },
    color: { domain: ['rising', 'falling'], range: ['#1b7f3b', '#b3261e'] },
    marks: [
      Plot.arrow(rows, {
        x1: 'x1',
        x2: 'x2',
        y1: 'name',
        y2: 'name',
        stroke: 'direction',
        strokeWidth: 2,
        headLength: 8,
      }),
      Plot.dot(rows, { x: 'x1', y: 'name', fill: 'direction', r: 3 }),
    ],
  });
  return finish(
    chart,
    `Changes between ${trends.compared.from.period} and ${trends.compared.to.period}: ${rows
      .map((r) => `${r.text} ${pct(r.from.share)} to ${pct(r.to.share)}`)
      .join('; ')}`,
  );
}

/** One bar of a diverging chart: a signed difference in share (−1…1) with its 95% interval. */
export interface DivergingBar {
  /** Unique within the chart (the same text may be distinctive to two selections). */
  key: string;
  text: string;
  difference: number;
  ci: [number, number];
  /** The bar's colour: its selection's. */
  color: string;
  /** The tooltip. */
  title: string;
}

/** Differences in share as bars around zero (negative ones point left), each with its 95% interval as whiskers. */
export function divergingChart(
  bars: DivergingBar[],
  width: number,
  label: string,
): SVGSVGElement | HTMLElement {
  const narrow = width < 520;
  const { margin, fit } = labelSpace(width);
  const names = new Map(bars.map((b) => [b.key, short(b.text, fit)]));
  const rows = bars.map((b) => ({ ...b, lo: b.ci[0], hi: b.ci[1] }));
  // The domain is in percent (Plot's `percent` scales the values, not a given domain), with room for the numbers.
  const extent = Math.max(0.2, ...rows.map((r) => Math.max(Math.abs(r.lo), Math.abs(r.hi))));
  const top = Math.min(100, Math.ceil((extent * 115) / 10) * 10);
  const points = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(Math.round(d))}`;
  const chart = Plot.plot({
    width,
    height: 26 * rows.length + 40,
    marginLeft: margin,
    marginRight: 36,
    x: {
      domain: [-top, top],
      percent: true,
      label: 'difference in share, percentage points',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: narrow ? 4 : 8,
      tickFormat: points,
    },
    y: { domain: bars.map((b) => b.key), label: null, tickFormat: (k: string) => names.get(k) ?? k },
    marks: [
      Plot.barX(rows, { x1: 0, x2: 'difference', y: 'key', fill: 'color', title: 'title' }),
      Plot.ruleY(rows, { x1: 'lo', x2: 'hi', y: 'key', stroke: '#1a1a1a', strokeWidth: 1.5 }),
      Plot.tickX(rows, { x: 'lo', y: 'key', stroke: '#1a1a1a', inset: 7 }),
      Plot.tickX(rows, { x: 'hi', y: 'key', stroke: '#1a1a1a', inset: 7 }),
      Plot.text(rows, {
        filter: (d) => d.difference >= 0,
        x: 'hi',
        y: 'key',
        text: (d) => `${Math.abs(Math.round(d.difference * 100))}`,
        dx: 5,
        textAnchor: 'start',
        fill: '#1a1a1a',
      }),
      Plot.text(rows, {
        filter: (d) => d.difference < 0,
        x: 'lo',
        y: 'key',
        text: (d) => `${Math.abs(Math.round(d.difference * 100))}`,
        dx: -5,
        textAnchor: 'end',
        fill: '#1a1a1a',
      }),
      Plot.ruleX([0], { stroke: '#1a1a1a' }),
    ],
  });
  return finish(chart, label);
}
