/**
 * Wording shared by the gap renderers, so Markdown and HTML say the same thing.
 * @module
 */
import type { GapLine, GapReport, ResumeEvidence } from '../gap/index.ts';

/** Section headings per status, in report order. */
export const GAP_GROUPS = [
  { status: 'covered', heading: 'Covered: the résumé shows it' },
  { status: 'near', heading: 'Near: the résumé shows something related' },
  { status: 'missing', heading: 'Missing: the résumé does not show it' },
] as const;

/**
 * A line's weight as the listings give it: "88% of listings (484/547), skill, theme Programming".
 * @example
 * assert.equal(gapLineStats({ share: 0.88, count: 484, kind: 'skill', theme: null } as GapLine, 547), '88% of listings (484/547), skill');
 */
export function gapLineStats(line: Pick<GapLine, 'share' | 'count' | 'kind' | 'theme'>, n: number): string {
  const kind = line.kind === 'distinctive' ? 'distinctive duty' : line.kind;
  return `${Math.round(line.share * 100)}% of listings (${line.count}/${n}), ${kind}${line.theme ? `, theme ${line.theme}` : ''}`;
}

/**
 * What the résumé side adds after its quote: years and the section it is in.
 * @example
 * assert.equal(resumeNote({ years: 2, section: 'skills' } as ResumeEvidence), 'in skills; 2 years');
 */
export function resumeNote(e: Pick<ResumeEvidence, 'years' | 'section'>): string {
  return `in ${e.section}${e.years !== null ? `; ${e.years} year${e.years === 1 ? '' : 's'}` : ''}`;
}

/**
 * One suggested change: "Statistics (81% of listings): missing; show it, +4 points (only if it is true)".
 * @example
 * const line = { text: 'SQL', share: 0.5, status: 'missing', gain: 4 } as GapLine;
 * assert.equal(changeText(line), 'SQL (50% of listings): missing; show it, +4 points (only if it is true)');
 */
export function changeText(line: Pick<GapLine, 'text' | 'share' | 'status' | 'gain'>): string {
  const how = line.status === 'near' ? 'near; show it directly' : 'missing; show it';
  return `${line.text} (${Math.round(line.share * 100)}% of listings): ${how}, +${line.gain} points (only if it is true)`;
}

/** The title of a gap report. */
export function gapTitle(report: GapReport): string {
  return `Résumé against ${report.role.label}: fit ${report.score}/100`;
}

/**
 * The résumé line of a report: its source, sections and the jobs read.
 * @example
 * assert.match(resumeLine({ resume: { id: 'a', source: 'a.pdf', sections: ['skills'], roles: [], concepts: 3 } } as unknown as GapReport), /^Résumé a.pdf/);
 */
export function resumeLine(report: GapReport): string {
  const r = report.resume;
  const id = r.id === r.source || r.source.endsWith(r.id) ? r.source : `${r.source} (record ${r.id})`;
  const jobs = r.roles
    .map((j) => {
      const who = [j.title, j.employer].filter(Boolean).join(', ') || 'a job';
      return j.from ? `${who} ${j.from} – ${j.to ?? '?'}` : `${who} (no dates)`;
    })
    .join('; ');
  return `Résumé ${id}: sections ${r.sections.join(', ') || 'none'}; ${r.concepts} concepts shown${jobs ? `; jobs: ${jobs}` : ''}.`;
}

/** The listings line: "547 listings (indeed…csv 547)". */
export function listingsLine(report: GapReport): string {
  const s = report.listings.sources.map((x) => `${x.source} ${x.count}`).join(', ');
  return `Profile of ${report.listings.count} listings${s ? ` (${s})` : ''}.`;
}
