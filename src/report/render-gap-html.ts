/**
 * The gap report as one self-contained HTML page (no scripts, no network): score, changes, every line by status with
 * the résumé line and listing quotes in <details>; every résumé- and listing-derived string escaped.
 * @module
 */
import type { GapLine, GapReport } from '../gap/index.ts';
import { escapeHtml as h } from './escape-html.ts';
import {
  changeText,
  GAP_GROUPS,
  gapLineStats,
  gapTitle,
  listingsLine,
  resumeLine,
  resumeNote,
} from './gap-format.ts';
import { htmlPageStart } from './html-page.ts';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b2a41}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3}ul{padding-left:1.2rem}li{margin:.4rem 0}
.num,.note{color:#52606d}.resume{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #2f855a}
.rel{color:#8a5a00}details{font-size:.9rem}summary{cursor:pointer;color:#3b6fb6}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d8dde3}.id{font-family:ui-monospace,monospace;font-size:.8rem;color:#52606d}
.score{font-size:2rem;font-weight:bold}.bar{display:inline-block;height:.7rem;background:#3b6fb6;vertical-align:middle}`;

function lineHtml(l: GapLine, n: number): string {
  const parts = [
    `<li><strong>${h(l.text)}</strong> <span class="bar" style="width:${Math.round(l.share * 120)}px"></span> <span class="num">${h(gapLineStats(l, n))}</span>`,
  ];
  if (l.relation) parts.push(`<div class="rel">${h(l.relation.text)}</div>`);
  if (l.resume)
    parts.push(
      `<div class="resume">${h(`“${l.resume.line}”`)} <span class="num">(${h(resumeNote(l.resume))})</span></div>`,
    );
  if (l.evidence.length > 0) {
    parts.push('<details><summary>What the listings say</summary>');
    for (const e of l.evidence)
      parts.push(`<blockquote>${h(e.quote)} <span class="id">listing ${h(e.listingId)}</span></blockquote>`);
    parts.push('</details>');
  }
  parts.push('</li>');
  return parts.join('');
}

/**
 * Renders a gap report as one HTML page; the same report always gives the same bytes.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { gapAgainstProfile } from '../app/index.ts';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * const report = await gapAgainstProfile(profile, { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * assert.doesNotMatch(renderGapHtml(report), /<script/);
 */
export function renderGapHtml(report: GapReport): string {
  const n = report.listings.count;
  const title = gapTitle(report);
  const out: string[] = [
    ...htmlPageStart(title, STYLE, { dataImages: false }),
    `<p><span class="score">${report.score}</span>/100. ${h(report.headline)}</p>`,
    `<p class="note">${h(report.method)}</p>`,
    `<p class="note">${h(resumeLine(report))} ${h(listingsLine(report))}</p>`,
    '<h2>What would raise the score most</h2>',
  ];
  if (report.changes.length === 0) out.push('<p>Nothing: every line is covered.</p>');
  else out.push(`<ol>${report.changes.map((c) => `<li>${h(changeText(c))}</li>`).join('')}</ol>`);
  for (const g of GAP_GROUPS) {
    const lines = report.lines.filter((l) => l.status === g.status);
    out.push(`<h2>${h(g.heading)} (${lines.length})</h2>`);
    out.push(lines.length === 0 ? '<p>None.</p>' : `<ul>${lines.map((l) => lineHtml(l, n)).join('\n')}</ul>`);
  }
  out.push('<h2>Beyond the role</h2>');
  if (report.beyond.length === 0) out.push('<p>Nothing the profile does not already ask for.</p>');
  else
    out.push(
      `<ul>${report.beyond.map((b) => `<li><strong>${h(b.label)}</strong> <span class="num">(${b.sentences} sentence${b.sentences === 1 ? '' : 's'})</span><div class="resume">${h(`“${b.line}”`)}</div></li>`).join('\n')}</ul>`,
    );
  if (report.years.length > 0) {
    out.push('<h2>Years of experience</h2><ul>');
    for (const y of report.years)
      out.push(
        `<li>${h(y.label)}: ${y.years} year${y.years === 1 ? '' : 's'} <span class="num">(${y.from === 'dates' ? 'dated jobs that mention it' : 'stated'})</span></li>`,
      );
    out.push('</ul>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
