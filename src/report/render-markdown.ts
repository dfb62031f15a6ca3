/**
 * The Markdown report: title, headline, competency themes, distinctive duties, trends, the full lists of
 * responsibilities, skills and qualifications, and an evidence appendix that every line points into.
 * @module
 */
import type { Evidence, ProfileItem, RoleProfile } from '../profile/index.ts';
import { escapeMarkdown as md } from './escape-markdown.ts';
import {
  backgroundText,
  coherenceText,
  described,
  distinctiveStats,
  dutyTitle,
  emptyNote,
  interval,
  membersText,
  percent,
  prevalence,
  reportTitle,
  roleCodesLine,
  sourcesLine,
  THEMES_NOTE,
  TRENDS_METHOD,
  trendTest,
} from './format.ts';

/**
 * Renders the profile as Markdown; the same profile always gives the same bytes.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.match(renderMarkdown(profile), /^# What \d+ real-world Software Engineer listings ask for/);
 */
export function renderMarkdown(profile: RoleProfile): string {
  const n = profile.listings.count;
  const out: string[] = [];
  const appendix: string[] = [];
  // A line shown in a theme and again in a full list cites one appendix entry, not two copies of the same quotes.
  const refOf = new Map<string, number>();
  const cite = (text: string, evidence: Evidence[], extra = ''): string => {
    if (evidence.length === 0) return '';
    const key = JSON.stringify([text, evidence.map((e) => e.listingId)]);
    let ref = refOf.get(key);
    if (ref === undefined) {
      ref = refOf.size + 1;
      refOf.set(key, ref);
      appendix.push(`**E${ref}** ${md(text)}${extra}`, '');
      for (const e of evidence) appendix.push(`> ${md(e.quote)}  \n> — listing \`${e.listingId}\``, '');
    }
    return ` [E${ref}]`;
  };
  const line = (item: ProfileItem): string => {
    const members = membersText(item);
    return `- ${md(item.text)}: ${prevalence(item, n)}${members ? ` — ${md(members)}` : ''}${cite(item.text, item.evidence, ` (${interval(item)})`)}`;
  };
  const list = (heading: string, items: ProfileItem[], empty: Parameters<typeof emptyNote>[0]) => {
    out.push(`## ${heading}`, '');
    if (items.length === 0) out.push(emptyNote(empty));
    for (const item of items) out.push(line(item));
    out.push('');
  };

  out.push(`# ${md(reportTitle(profile))}`, '', md(profile.headline), '');
  out.push(`Sources: ${md(sourcesLine(profile))}.`);
  const codes = roleCodesLine(profile);
  if (codes) out.push(`Role: ${md(codes)}.`);

  out.push('', '## Themes', '');
  if (profile.themes.length === 0) out.push(emptyNote('themes'), '');
  else out.push(THEMES_NOTE, '');
  for (const theme of profile.themes) {
    out.push(`### ${md(theme.name)}`, '', `_${coherenceText(theme.coherence)}_`, '');
    for (const item of theme.items) out.push(line(item));
    out.push('');
  }

  out.push('## Distinctive duties', '');
  if (profile.distinctive.length === 0)
    out.push(emptyNote(profile.listings.others ? 'distinctive-none' : 'distinctive'));
  for (const u of profile.distinctive)
    out.push(
      `- **${md(u.name)}**${described(u, md)} — ${distinctiveStats(u, n)}${cite(dutyTitle(u), u.evidence, ` (${backgroundText(u)})`)}`,
    );

  out.push('', '## Trends', '');
  const t = profile.trends;
  if (!t) out.push(emptyNote('trends'));
  else {
    out.push(
      `Compared ${md(t.compared.from.period)} (${t.compared.from.count} listings) with ${md(t.compared.to.period)} (${t.compared.to.count} listings); ${t.undated} undated listings left out. Listings per ${t.by}: ${t.periods.map((p) => `${md(p.period)} ${p.count}`).join(', ')}.`,
      '',
      TRENDS_METHOD,
      '',
    );
    if (t.note) out.push(md(t.note), '');
    if (t.rising.length === 0 && t.falling.length === 0) out.push(emptyNote('trends-none'));
    for (const [label, items] of [
      ['Rising', t.rising],
      ['Falling', t.falling],
    ] as const) {
      if (items.length === 0) continue;
      out.push(`**${label}**`, '');
      for (const i of items)
        out.push(
          `- ${md(i.text)}: ${percent(i.from.share)} (${i.from.count}) → ${percent(i.to.share)} (${i.to.count}), ${trendTest(i)}`,
        );
      out.push('');
    }
  }
  out.push('');

  list('All responsibilities', profile.responsibilities, 'responsibilities');
  list('All skills', profile.skills, 'skills');
  list('Qualifications', profile.qualifications, 'qualifications');

  if (appendix.length > 0)
    out.push(
      '## Evidence',
      '',
      'Verbatim quotes from the listings behind each line, with listing ids.',
      '',
      ...appendix,
    );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
