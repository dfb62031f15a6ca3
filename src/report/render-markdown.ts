/**
 * The Markdown report: title, headline, themes of skills, responsibilities, requirements, unique duties, trends,
 * and an evidence appendix that every bullet points into.
 * @module
 */
import { type Evidence, formatP, type ProfileItem, type RoleProfile } from '../profile/index.ts';
import { emptyNote, percent, prevalence, reportTitle, sourcesLine, uniqueCounts } from './format.ts';

/**
 * Renders the profile as Markdown; the same profile always gives the same bytes.
 * @example
 * const md = renderMarkdown(profile);
 * assert.match(md, /^# Key skills and core responsibilities/);
 */
export function renderMarkdown(profile: RoleProfile): string {
  const n = profile.listings.count;
  const out: string[] = [];
  const appendix: string[] = [];
  // Appendix entries are multi-line; number them by counting headers rather than lines.
  let refs = 0;
  const cite = (item: { text: string; evidence: Evidence[] }, extra = ''): string => {
    if (item.evidence.length === 0) return '';
    refs++;
    appendix.push(`**E${refs}** ${md(item.text)}${extra}`, '');
    for (const e of item.evidence) appendix.push(`> ${md(e.quote)}  \n> — listing \`${e.listingId}\``, '');
    return ` [E${refs}]`;
  };
  const ci = (i: ProfileItem) => ` (95% CI ${percent(i.ci[0])}–${percent(i.ci[1])})`;

  out.push(`# ${md(reportTitle(profile))}`, '', md(profile.headline), '');
  out.push(`Sources: ${md(sourcesLine(profile))}.`);
  if (profile.role.onetSoc || profile.role.escoOccupation)
    out.push(
      `Role: ${md(profile.role.label)}${profile.role.onetSoc ? ` · O*NET-SOC ${profile.role.onetSoc}` : ''}${profile.role.escoOccupation ? ` · ESCO ${profile.role.escoOccupation}` : ''}.`,
    );
  out.push('', '## Core skills', '');
  if (profile.themes.length === 0) out.push(emptyNote('themes'), '');
  for (const theme of profile.themes) {
    out.push(`### ${md(theme.name)}`, '');
    for (const item of theme.items)
      out.push(`- ${md(item.text)}: ${prevalence(item, n)}${cite(item, ci(item))}`);
    out.push('');
  }
  out.push('## Core responsibilities', '');
  if (profile.responsibilities.length === 0) out.push(emptyNote('responsibilities'));
  for (const item of profile.responsibilities)
    out.push(`- ${md(item.text)}: ${prevalence(item, n)}${cite(item, ci(item))}`);
  out.push('', '## Core requirements', '');
  if (profile.requirements.length === 0) out.push(emptyNote('requirements'));
  for (const item of profile.requirements)
    out.push(`- ${md(item.text)}: ${prevalence(item, n)}${cite(item, ci(item))}`);
  out.push('', '## Unique responsibilities noted in listings', '');
  if (profile.unique.length === 0) out.push(emptyNote(profile.listings.others ? 'unique-none' : 'unique'));
  for (const u of profile.unique)
    out.push(
      `- ${md(u.name)}: ${md(u.text)} (${uniqueCounts(u)})${cite({ text: `${u.name}: ${u.text}`, evidence: u.evidence })}`,
    );
  out.push('', '## Trends', '');
  const t = profile.trends;
  if (!t) out.push(emptyNote('trends'));
  else {
    out.push(
      `Compared ${md(t.compared.from.period)} (${t.compared.from.count} listings) with ${md(t.compared.to.period)} (${t.compared.to.count} listings); ${t.undated} undated listings left out. Listings per ${t.by === 'range' ? 'range' : t.by}: ${t.periods.map((p) => `${md(p.period)} ${p.count}`).join(', ')}.`,
      '',
    );
    if (t.note) out.push(md(t.note), '');
    if (t.rising.length === 0 && t.falling.length === 0)
      out.push('No item changed significantly (p < 0.05).');
    for (const [label, list] of [
      ['Rising', t.rising],
      ['Falling', t.falling],
    ] as const) {
      if (list.length === 0) continue;
      out.push(`**${label}**`, '');
      for (const i of list)
        out.push(
          `- ${md(i.text)}: ${percent(i.from.share)} (${i.from.count}) → ${percent(i.to.share)} (${i.to.count}), ${formatP(i.p)}`,
        );
      out.push('');
    }
  }
  if (out.at(-1) !== '') out.push('');
  if (refs > 0)
    out.push(
      '## Evidence',
      '',
      'Verbatim quotes from the listings behind each bullet, with listing ids.',
      '',
      ...appendix,
    );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

// Listing text must not turn into Markdown structure or HTML when the report is viewed.
function md(s: string): string {
  return (
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/([\\`*[\]|])/g, '\\$1')
      // Only what could open an HTML tag or a block quote needs escaping: "p < 0.001" stays readable.
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/^>/, '\\>')
      .replace(/^#/, '\\#')
      .replace(/^([-+]|\d+\.)\s/, '\\$1 ')
  );
}
