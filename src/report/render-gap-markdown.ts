/**
 * The gap report as Markdown: score and method, the changes that would raise it, every profile line by status and
 * importance with the résumé line and listing quotes, what the résumé offers beyond the role.
 * @module
 */
import type { GapLine, GapReport } from '../gap/index.ts';
import {
  changeText,
  GAP_GROUPS,
  gapLineStats,
  gapTitle,
  listingsLine,
  resumeLine,
  resumeNote,
} from './gap-format.ts';

/** Escapes text from a résumé or a listing so it reads as text in Markdown (no tags, links, headings or tables). */
function md(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/^>/, '\\>')
    .replace(/^#/, '\\#')
    .replace(/^([-+]|\d+\.)\s/, '\\$1 ');
}

/**
 * Renders a gap report as Markdown; the same report always gives the same bytes.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { gapAgainstProfile } from '../app/index.ts';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * const report = await gapAgainstProfile(profile, { id: 'a', source: 'a.txt', locator: 'file', text: 'Skills\n- Python and SQL', format: 'text', category: null });
 * assert.match(renderGapMarkdown(report), /^# Résumé against Software Engineer: fit \d+\/100/);
 */
export function renderGapMarkdown(report: GapReport): string {
  const n = report.listings.count;
  const out: string[] = [];
  const appendix: string[] = [];
  let refs = 0;
  const cite = (line: GapLine): string => {
    if (line.evidence.length === 0) return '';
    const ref = ++refs;
    appendix.push(`**E${ref}** ${md(line.text)}`, '');
    for (const e of line.evidence) appendix.push(`> ${md(e.quote)}  \n> — listing \`${e.listingId}\``, '');
    return ` [E${ref}]`;
  };
  out.push(`# ${md(gapTitle(report))}`, '', md(report.headline), '', `_${md(report.method)}_`, '');
  out.push(md(resumeLine(report)), '', md(listingsLine(report)), '');
  out.push('## What would raise the score most', '');
  if (report.changes.length === 0) out.push('Nothing: every line is covered.');
  report.changes.forEach((c, i) => {
    out.push(`${i + 1}. ${md(changeText(c))}`);
  });
  out.push('');
  for (const g of GAP_GROUPS) {
    const lines = report.lines.filter((l) => l.status === g.status);
    out.push(`## ${g.heading} (${lines.length})`, '');
    if (lines.length === 0) out.push('None.');
    for (const l of lines) {
      const head = `- **${md(l.text)}**: ${md(gapLineStats(l, n))}${cite(l)}`;
      out.push(head);
      if (l.relation) out.push(`  - ${md(l.relation.text)}`);
      if (l.resume) out.push(`  - résumé: “${md(l.resume.line)}” (${md(resumeNote(l.resume))})`);
    }
    out.push('');
  }
  out.push('## Beyond the role', '');
  if (report.beyond.length === 0) out.push('Nothing the profile does not already ask for.');
  else out.push('What the résumé shows that no line of this profile asks for, most mentioned first:', '');
  for (const b of report.beyond)
    out.push(
      `- **${md(b.label)}** (${b.sentences} sentence${b.sentences === 1 ? '' : 's'}): “${md(b.line)}”`,
    );
  out.push('');
  if (report.years.length > 0) {
    out.push('## Years of experience', '');
    for (const y of report.years)
      out.push(
        `- ${md(y.label)}: ${y.years} year${y.years === 1 ? '' : 's'} (${y.from === 'dates' ? 'dated jobs that mention it' : 'stated'})`,
      );
    out.push('');
  }
  if (appendix.length > 0) out.push('## Listing evidence', '', ...appendix);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
