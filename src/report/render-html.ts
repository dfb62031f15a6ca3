/**
 * The HTML report: one self-contained page (no scripts, no network), inline SVG bars, evidence under each bullet in
 * <details>, and every listing-derived string escaped.
 * @module
 */
import { type Evidence, formatP, type ProfileItem, type RoleProfile } from '../profile/index.ts';
import { escapeHtml as h } from './escape-html.ts';
import { emptyNote, percent, prevalence, reportTitle, sourcesLine, uniqueCounts } from './format.ts';
import { prevalenceBar, trendBars } from './svg-bars.ts';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b2a41}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3}h3{margin-bottom:.3rem}
ul{list-style:none;padding-left:0}li{margin:.35rem 0}.row{display:flex;gap:.6rem;align-items:center}
.num{color:#52606d;white-space:nowrap;font-variant-numeric:tabular-nums}details{margin:.2rem 0 .2rem 10.6rem;font-size:.9rem}
summary{cursor:pointer;color:#3b6fb6}blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d8dde3}
.id{font-family:ui-monospace,monospace;font-size:.8rem;color:#52606d}.note{color:#52606d}`;

/**
 * Renders the profile as one HTML page; the same profile always gives the same bytes.
 * @example
 * assert.doesNotMatch(renderHtml(profile), /<script/);
 */
export function renderHtml(profile: RoleProfile): string {
  const n = profile.listings.count;
  const out: string[] = [];
  const title = reportTitle(profile);
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<p>${h(profile.headline)}</p>`,
    `<p class="note">Sources: ${h(sourcesLine(profile))}.</p>`,
    '<h2>Core skills</h2>',
  );
  if (profile.themes.length === 0) out.push(`<p class="note">${h(emptyNote('themes'))}</p>`);
  for (const theme of profile.themes) {
    out.push(`<h3>${h(theme.name)}</h3>`, '<ul>');
    for (const item of theme.items) out.push(itemHtml(item, n));
    out.push('</ul>');
  }
  for (const [heading, list, key] of [
    ['Core responsibilities', profile.responsibilities, 'responsibilities'],
    ['Core requirements', profile.requirements, 'requirements'],
  ] as const) {
    out.push(`<h2>${heading}</h2>`);
    if (list.length === 0) out.push(`<p class="note">${h(emptyNote(key))}</p>`);
    else out.push('<ul>', ...list.map((i) => itemHtml(i, n)), '</ul>');
  }
  out.push('<h2>Unique responsibilities noted in listings</h2>');
  if (profile.unique.length === 0)
    out.push(`<p class="note">${h(emptyNote(profile.listings.others ? 'unique-none' : 'unique'))}</p>`);
  else {
    out.push('<ul>');
    for (const u of profile.unique)
      out.push(
        `<li><div><strong>${h(u.name)}</strong>: ${h(u.text)} <span class="num">(${uniqueCounts(u)})</span></div>${evidenceHtml(u.evidence)}</li>`,
      );
    out.push('</ul>');
  }
  out.push('<h2>Trends</h2>');
  const t = profile.trends;
  if (!t) out.push(`<p class="note">${h(emptyNote('trends'))}</p>`);
  else {
    out.push(
      `<p class="note">Compared ${h(t.compared.from.period)} (${t.compared.from.count} listings, upper bar) with ${h(t.compared.to.period)} (${t.compared.to.count} listings, lower bar); ${t.undated} undated listings left out.</p>`,
    );
    if (t.note) out.push(`<p class="note">${h(t.note)}</p>`);
    if (t.rising.length === 0 && t.falling.length === 0)
      out.push('<p>No item changed significantly (p &lt; 0.05).</p>');
    for (const [label, list] of [
      ['Rising', t.rising],
      ['Falling', t.falling],
    ] as const) {
      if (list.length === 0) continue;
      out.push(`<h3>${label}</h3>`, '<ul>');
      for (const i of list)
        out.push(
          `<li class="row">${trendBars(i.from.period, i.from.share, i.to.period, i.to.share)}<span>${h(i.text)} <span class="num">${percent(i.from.share)} → ${percent(i.to.share)}, ${h(formatP(i.p))}</span></span></li>`,
        );
      out.push('</ul>');
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function itemHtml(item: ProfileItem, n: number): string {
  return `<li><div class="row">${prevalenceBar(item.share, item.ci)}<span>${h(item.text)}: <span class="num">${prevalence(item, n)}, 95% CI ${percent(item.ci[0])}–${percent(item.ci[1])}</span></span></div>${evidenceHtml(item.evidence)}</li>`;
}

function evidenceHtml(evidence: Evidence[]): string {
  if (evidence.length === 0) return '';
  const quotes = evidence
    .map((e) => `<blockquote>${h(e.quote)} <span class="id">— listing ${h(e.listingId)}</span></blockquote>`)
    .join('');
  return `<details><summary>Evidence (${evidence.length})</summary>${quotes}</details>`;
}
