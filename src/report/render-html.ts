/**
 * The HTML report: one self-contained page (no scripts, no network), inline SVG bars with interval whiskers,
 * members as small chips, evidence under each line in <details>, and every listing-derived string escaped.
 * @module
 */
import type { Evidence, ProfileItem, RoleProfile } from '../profile/index.ts';
import { escapeHtml as h } from './escape-html.ts';
import {
  backgroundText,
  coherenceText,
  described,
  distinctiveStats,
  emptyNote,
  interval,
  percent,
  prevalence,
  reportTitle,
  roleCodesLine,
  shownMembers,
  sourcesLine,
  THEMES_NOTE,
  TRENDS_METHOD,
  trendTest,
} from './format.ts';
import { htmlPageStart } from './html-page.ts';
import { prevalenceBar, trendBars } from './svg-bars.ts';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b2a41}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #d8dde3}h3{margin-bottom:.3rem}
ul{list-style:none;padding-left:0}li{margin:.35rem 0}.row{display:flex;gap:.6rem;align-items:center}
.num{color:#52606d;white-space:nowrap;font-variant-numeric:tabular-nums}details{margin:.2rem 0 .2rem 10.6rem;font-size:.9rem}
summary{cursor:pointer;color:#3b6fb6}blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d8dde3}
.id{font-family:ui-monospace,monospace;font-size:.8rem;color:#52606d}.note,.muted{color:#52606d}.muted{font-size:.8rem;font-weight:normal}
.chip{display:inline-block;margin:0 .25rem .1rem 0;padding:0 .4rem;border-radius:.6rem;background:#eef0f3;font-size:.8rem;white-space:nowrap}`;

/**
 * Renders the profile as one HTML page; the same profile always gives the same bytes.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.doesNotMatch(renderHtml(profile), /<script/);
 */
export function renderHtml(profile: RoleProfile): string {
  const n = profile.listings.count;
  const out: string[] = [];
  const title = reportTitle(profile);
  const note = (text: string) => `<p class="note">${h(text)}</p>`;
  out.push(
    ...htmlPageStart(title, STYLE),
    `<p>${h(profile.headline)}</p>`,
    note(`Sources: ${sourcesLine(profile)}.`),
  );
  const codes = roleCodesLine(profile);
  if (codes) out.push(note(`Role: ${codes}.`));

  out.push('<h2>Themes</h2>', note(profile.themes.length === 0 ? emptyNote('themes') : THEMES_NOTE));
  for (const theme of profile.themes) {
    out.push(
      `<h3>${h(theme.name)} <span class="muted">${h(coherenceText(theme.coherence))}</span></h3>`,
      '<ul>',
    );
    for (const item of theme.items) out.push(itemHtml(item, n));
    out.push('</ul>');
  }

  out.push('<h2>Distinctive duties</h2>');
  if (profile.distinctive.length === 0)
    out.push(note(emptyNote(profile.listings.others ? 'distinctive-none' : 'distinctive')));
  else {
    out.push('<ul>');
    for (const u of profile.distinctive)
      out.push(
        `<li><div><strong>${h(u.name)}</strong>${described(u, h)} <span class="num">— ${h(distinctiveStats(u, n))} (${h(backgroundText(u))})</span></div>${evidenceHtml(u.evidence)}</li>`,
      );
    out.push('</ul>');
  }

  out.push('<h2>Trends</h2>');
  const t = profile.trends;
  if (!t) out.push(note(emptyNote('trends')));
  else {
    out.push(
      note(
        `Compared ${t.compared.from.period} (${t.compared.from.count} listings, upper bar) with ${t.compared.to.period} (${t.compared.to.count} listings, lower bar); ${t.undated} undated listings left out.`,
      ),
      note(TRENDS_METHOD),
    );
    if (t.note) out.push(note(t.note));
    if (t.rising.length === 0 && t.falling.length === 0) out.push(note(emptyNote('trends-none')));
    for (const [label, items] of [
      ['Rising', t.rising],
      ['Falling', t.falling],
    ] as const) {
      if (items.length === 0) continue;
      out.push(`<h3>${label}</h3>`, '<ul>');
      for (const i of items)
        out.push(
          `<li class="row">${trendBars(i.from.period, i.from.share, i.to.period, i.to.share)}<span>${h(i.text)} <span class="num">${percent(i.from.share)} → ${percent(i.to.share)}, ${h(trendTest(i))}</span></span></li>`,
        );
      out.push('</ul>');
    }
  }

  for (const [heading, items, empty] of [
    ['All responsibilities', profile.responsibilities, 'responsibilities'],
    ['All skills', profile.skills, 'skills'],
    ['Qualifications', profile.qualifications, 'qualifications'],
  ] as const) {
    out.push(`<h2>${heading}</h2>`);
    if (items.length === 0) out.push(note(emptyNote(empty)));
    else out.push('<ul>', ...items.map((i) => itemHtml(i, n)), '</ul>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function itemHtml(item: ProfileItem, n: number): string {
  // One member's share is the line's own: chips only say something for merged lines.
  const { shown, more } = shownMembers(item);
  const chips =
    shown.length === 0
      ? ''
      : ` ${shown.map((m) => `<span class="chip">${h(m.label)} ${percent(m.share)}</span>`).join('')}${more > 0 ? `<span class="chip more">+${more} more</span>` : ''}`;
  return `<li><div class="row">${prevalenceBar(item.share, item.ci)}<span>${h(item.text)}: <span class="num">${prevalence(item, n)}, ${interval(item)}</span>${chips}</span></div>${evidenceHtml(item.evidence)}</li>`;
}

function evidenceHtml(evidence: Evidence[]): string {
  if (evidence.length === 0) return '';
  const quotes = evidence
    .map((e) => `<blockquote>${h(e.quote)} <span class="id">— listing ${h(e.listingId)}</span></blockquote>`)
    .join('');
  return `<details><summary>Evidence (${evidence.length})</summary>${quotes}</details>`;
}
