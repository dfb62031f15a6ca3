/**
 * The comparison as one self-contained HTML page (no scripts, no network): the sides, a diverging bar chart of the
 * largest significant differences, shared and distinctive lines with evidence in <details>, every listing-derived
 * string escaped.
 * @module
 */
import type { ComparedLine, RoleComparison } from '../profile/index.ts';
import {
  againstLabel,
  COMPARE_METHOD,
  comparisonTitle,
  differenceText,
  firstMinusSecond,
  MAX_SHOWN,
  overlapNote,
  shareText,
  sideDates,
  sideSources,
  sideTest,
  testText,
} from './comparison-format.ts';
import { type DivergingBar, divergingBars } from './diverging-bars.ts';
import { escapeHtml as h } from './escape-html.ts';
import { percent } from './format.ts';
import { htmlPageStart } from './html-page.ts';

const COLORS = ['#3b6fb6', '#c05621', '#2f855a', '#805ad5', '#b83280', '#2c7a7b'];
const MAX_BARS = 24;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1b2a41}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3}table{border-collapse:collapse;margin:.5rem 0}
th,td{text-align:left;padding:.25rem .6rem;border-bottom:1px solid #eef0f3;vertical-align:top}
.num{color:#52606d;white-space:nowrap;font-variant-numeric:tabular-nums}details{font-size:.9rem}
summary{cursor:pointer;color:#3b6fb6}blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d8dde3}
.id{font-family:ui-monospace,monospace;font-size:.8rem;color:#52606d}.note{color:#52606d}
.key{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}svg{max-width:100%;height:auto}
${COLORS.map((c, i) => `.k${i}{background:${c}}`).join('')}`;

/**
 * Renders the comparison as one HTML page; the same comparison always gives the same bytes.
 * @example
 * import { analyzeAll, compareSelections, ingestListings, parseCompareRequest } from '../app/index.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.doesNotMatch(renderComparisonHtml(c), /<script/);
 */
export function renderComparisonHtml(c: RoleComparison): string {
  const title = comparisonTitle(c);
  const note = (text: string) => `<p class="note">${h(text)}</p>`;
  const two = c.sides.length === 2;
  const out: string[] = [
    ...htmlPageStart(title, STYLE),
    `<p>${h(c.headline)}</p>`,
    '<table>',
    `<tr><th></th>${c.sides.map((s, i) => `<th><span class="key k${i % COLORS.length}"></span>${h(s.label)}</th>`).join('')}</tr>`,
    `<tr><th>Listings</th>${c.sides.map((s) => `<td class="num">${s.listings.count}</td>`).join('')}</tr>`,
    `<tr><th>Selected by</th>${c.sides.map((s) => `<td>${h(`${s.by} ${s.value}`)}</td>`).join('')}</tr>`,
    `<tr><th>Sources</th>${c.sides.map((s) => `<td>${h(sideSources(s))}</td>`).join('')}</tr>`,
    `<tr><th>Dates</th>${c.sides.map((s) => `<td>${h(sideDates(s))}</td>`).join('')}</tr>`,
    '</table>',
    note(COMPARE_METHOD),
  ];
  const overlap = overlapNote(c);
  if (overlap) out.push(note(overlap));

  out.push('<h2>Largest significant differences</h2>');
  const bars = chartBars(c);
  if (bars.length === 0) out.push(note(`No difference is significant (q < ${c.tests.alpha}).`));
  else {
    const [left, right] = two
      ? [`more in ${c.sides[0]?.label}`, `more in ${c.sides[1]?.label}`]
      : ['', 'more than in the others (colour: selection)'];
    out.push(
      divergingBars(bars, left, right),
      note('Difference in share in percentage points, with its 95% interval; only q < 0.05.'),
    );
  }

  out.push('<h2>Shared by all</h2>');
  if (c.shared.length === 0) out.push(note('No line is common enough to report in every selection.'));
  else {
    out.push(
      '<table>',
      `<tr><th>Line</th>${c.sides.map((s) => `<th>${h(s.label)}</th>`).join('')}${two ? `<th>${h(`${c.sides[0]?.label} − ${c.sides[1]?.label}`)}</th>` : ''}</tr>`,
    );
    for (const line of c.shared) {
      const d = firstMinusSecond(line, c);
      const diff = two
        ? `<td class="num">${h(d ? `${differenceText(d)}, ${testText(d)}` : 'not tested')}</td>`
        : '';
      out.push(
        `<tr><td>${h(line.text)}${evidence(line, c)}</td>${c.sides.map((_, i) => `<td class="num">${h(shareText(line, c, i))}</td>`).join('')}${diff}</tr>`,
      );
    }
    out.push('</table>');
  }

  for (const d of c.distinctive) {
    const side = c.sides[d.side];
    if (!side) continue;
    out.push(`<h2>Distinctive to ${h(side.label)}</h2>`);
    const first = d.lines[0];
    if (!first) {
      out.push(note(`No line is significantly more common in ${side.label} (q < ${c.tests.alpha}).`));
      continue;
    }
    const against = againstLabel(c, sideTest(first, d.side));
    out.push(
      '<table>',
      `<tr><th>Line</th><th>${h(side.label)}</th><th>${h(two ? against : 'The others')}</th><th>Difference</th><th>Test</th></tr>`,
    );
    for (const line of d.lines.slice(0, MAX_SHOWN)) {
      const t = sideTest(line, d.side);
      const other =
        t.against === null
          ? percent((line.shares[d.side]?.share ?? 0) - t.difference)
          : shareText(line, c, t.against);
      out.push(
        `<tr><td>${h(line.text)}${evidence(line, c)}</td><td class="num">${h(shareText(line, c, d.side))}</td><td class="num">${h(other)}</td><td class="num">${h(differenceText(t))}</td><td class="num">${h(testText(t))}</td></tr>`,
      );
    }
    out.push('</table>');
    if (d.lines.length > MAX_SHOWN)
      out.push(note(`…and ${d.lines.length - MAX_SHOWN} more (all of them in the JSON or CSV output).`));
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

// The largest significant differences of each side (an equal number at most), each side's in its colour and its
// largest first; with two sides the first side's point left.
function chartBars(c: RoleComparison): DivergingBar[] {
  const perSide = Math.max(1, Math.floor(MAX_BARS / c.sides.length));
  return c.distinctive.flatMap((d) =>
    d.lines.slice(0, perSide).map((line) => {
      const t = sideTest(line, d.side);
      const left = c.sides.length === 2 && d.side === 0;
      return {
        label: line.text,
        difference: left ? -t.difference : t.difference,
        ci: left ? ([-t.ci[1], -t.ci[0]] as [number, number]) : t.ci,
        color: COLORS[d.side % COLORS.length] as string,
      };
    }),
  );
}

function evidence(line: ComparedLine, c: RoleComparison): string {
  const quotes = line.shares.flatMap((s, i) =>
    s.evidence.map(
      (e) =>
        `<blockquote>${h(e.quote)} <span class="id">— ${h(c.sides[i]?.label ?? '')}, listing ${h(e.listingId)}</span></blockquote>`,
    ),
  );
  if (quotes.length === 0) return '';
  return `<details><summary>Evidence (${quotes.length})</summary>${quotes.join('')}</details>`;
}
