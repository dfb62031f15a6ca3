/**
 * Qualification lines (degree levels, stated years) read from a résumé: its education lines and its dated jobs.
 * @module
 */
import type { AnalyzedResume } from '../resume/index.ts';
import type { ResumeEvidence } from './gap-report.ts';

const DEGREES: [string, RegExp][] = [
  ['qualification:phd', /\b(?:ph\.?\s?d|doctorate|doctoral)\b/i],
  ['qualification:master', /\b(?:master'?s?|m\.\s?(?:sc|s|a|e|tech)\b|m\.?tech\b|m\.?sc\b|mba|mca)\b/i],
  [
    'qualification:bachelor',
    /\b(?:bachelor'?s?|b\.\s?(?:sc|s|a|e|tech|com)\b|b\.?tech\b|b\.?sc\b|b\.?com\b|b\.?e\b(?=\s|,)|bca|bba|undergraduate degree)/i,
  ],
];

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Years covered by the résumé's dated jobs (overlaps once), or null when none is dated. */
export function datedYears(resume: AnalyzedResume): number | null {
  const spans = resume.roles
    .filter((r) => r.from && r.to)
    .map((r) => [monthIndex(r.from as string), monthIndex(r.to as string)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return null;
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    const start = Math.max(a, end + 1);
    if (b >= start) total += b - start + 1;
    end = Math.max(end, b);
  }
  return Math.round((total / 12) * 10) / 10;
}

/**
 * The résumé evidence for one qualification concept (`qualification:bachelor|master|phd|degree|years`), or null.
 * A higher degree shows the lower ones; `years` needs dated jobs covering at least `minYears`.
 * @example
 * const r = { text: 'Education\nMSc Data Science, 2019', sections: [{ kind: 'education', start: 0, end: 31, heading: 'Education' }], roles: [] };
 * assert.equal(qualificationEvidence(r as never, 'qualification:bachelor', null)?.line, 'MSc Data Science, 2019');
 */
export function qualificationEvidence(
  resume: AnalyzedResume,
  id: string,
  minYears: number | null,
): ResumeEvidence | null {
  if (id === 'qualification:years') {
    const years = datedYears(resume);
    if (years === null || years < (minYears ?? 1)) return null;
    return {
      concept: { id, label: 'years of experience' },
      line: `${resume.roles.filter((r) => r.from).length} dated job(s) covering ${years} years`,
      section: 'experience',
      score: 1,
      years: null,
    };
  }
  const wanted = DEGREES.findIndex(([d]) => d === id);
  if (wanted === -1 && id !== 'qualification:degree') return null;
  // A degree at or above the wanted level; any level for a degree whose level is unstated.
  const accept = id === 'qualification:degree' ? DEGREES : DEGREES.slice(0, wanted + 1);
  for (const s of resume.sections) {
    if (s.kind !== 'education' && s.kind !== 'header' && s.kind !== 'other') continue;
    for (const line of resume.text.slice(s.start, s.end).split('\n')) {
      const hit = accept.find(([, re]) => re.test(line));
      if (hit)
        return {
          concept: { id: hit[0], label: hit[0].slice('qualification:'.length) },
          line: line.trim().slice(0, 300),
          section: s.kind,
          score: 1,
          years: null,
        };
    }
  }
  return null;
}
