/**
 * Qualification lines (degree levels, stated years) read from a résumé: its education lines and its dated jobs.
 * @module
 */
import type { AnalyzedResume } from '../resume/index.ts';
import type { ResumeEvidence } from './gap-report.ts';

const DEGREES: [string, RegExp][] = [
  ['qualification:phd', /\b(?:ph\.?\s?d|doctorate|doctoral)\b/i],
  [
    'qualification:master',
    /\b(?:master'?s?|m\.\s?(?:sc|s|a|e|tech)\b|m\.?tech\b|m\.?sc\b|m\.?b\.?a\b|m\.?c\.?a\b)/i,
  ],
  [
    'qualification:bachelor',
    /\b(?:bachelor'?s?|b\.\s?(?:sc|s|a|e|tech|com)\b|b\.?tech\b|b\.?sc\b|b\.?com\b|b\.?e\b(?=\s|,)|b\.?c\.?a\b|b\.?b\.?a\b|undergraduate degree)/i,
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

// "8 years of experience", "over 15 yrs experience", "Experience - 24 months", "Total experience: 2 yrs 2 months".
const DURATION =
  /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(years?|yrs?|months?)\b(?:\s*(?:and\s*)?(\d{1,2})\s*months?\b)?/gi;

/**
 * The longest total experience a résumé states in words on a line that speaks of experience, in years, or null.
 * @example
 * assert.equal(statedYears('Sales manager with 8+ years of experience'), 8);
 * assert.equal(statedYears('Java - Experience - 24 months'), 2);
 * assert.equal(statedYears('Total experience: 2 yrs 6 months'), 2.5);
 * assert.equal(statedYears('Python (3 years)'), null);
 */
export function statedYears(text: string): number | null {
  let most: number | null = null;
  for (const line of text.split('\n')) {
    if (!/\bexp(?:erience[ds]?)?\b/i.test(line)) continue;
    for (const m of line.matchAll(DURATION)) {
      const n = Number(m[1]);
      const unit = (m[2] as string).toLowerCase();
      const years = unit.startsWith('m') ? n / 12 : n + Number(m[3] ?? 0) / 12;
      if (years > 0 && years <= 50) most = Math.max(most ?? 0, Math.round(years * 10) / 10);
    }
  }
  return most;
}

/**
 * The résumé evidence for one qualification concept (`qualification:bachelor|master|phd|degree|years`), or null.
 * A higher degree shows the lower ones; `years` is covered by dated jobs or a stated total covering at least
 * `minYears`; fewer years than that come back with `short` set, for a near mark.
 * @example
 * const text = 'Education\nMSc Data Science, 2019';
 * const r = { text, sections: [{ kind: 'education', start: 0, end: text.length, heading: 'Education' }], roles: [] };
 * assert.equal(qualificationEvidence(r as never, 'qualification:bachelor', null)?.line, 'MSc Data Science, 2019');
 */
export function qualificationEvidence(
  resume: AnalyzedResume,
  id: string,
  minYears: number | null,
): (ResumeEvidence & { short?: string }) | null {
  if (id === 'qualification:years') {
    const dated = datedYears(resume);
    const stated = statedYears(resume.text);
    const years = Math.max(dated ?? 0, stated ?? 0);
    if (years === 0) return null;
    const want = minYears ?? 1;
    const line =
      (stated ?? 0) > (dated ?? 0)
        ? `states ${stated} years of experience`
        : `${resume.roles.filter((r) => r.from).length} dated job(s) covering ${dated} years`;
    return {
      concept: { id, label: 'years of experience' },
      line,
      section: 'experience',
      score: 1,
      years: null,
      ...(years < want
        ? { short: `fewer years: the résumé shows ${years}, listings state a median of ${want}` }
        : {}),
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
