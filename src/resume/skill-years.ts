/**
 * Years of experience per concept: the months of the jobs whose entries mention it (overlaps counted once), or a
 * duration the résumé states next to the skill ("Python (experience: 24 months)").
 * @module
 */
import type { ResumeLink, ResumeRole, SkillYears } from './resume.ts';

const STATED = /\(experience: (\d{1,3}) months\)/;
const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Months covered by a set of inclusive [from, to] month intervals, overlaps once. */
function coveredMonths(spans: [number, number][]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    const start = Math.max(a, end + 1);
    if (b >= start) total += b - start + 1;
    end = Math.max(end, b);
  }
  return total;
}

/**
 * Years per concept (at least a month), by years desc then label; the larger of dated and stated wins.
 * @example
 * const roles = [{ title: 'A', employer: null, from: '2020-01', to: '2021-12', current: false, months: 24, start: 0, bodyStart: 5, end: 50 }];
 * const links = [{ id: 'x', label: 'Python', kind: 'skill', score: 1, line: 'Python', start: 10, end: 16, section: 'experience' }] as const;
 * assert.deepEqual(skillYears('', roles, [...links]), [{ id: 'x', label: 'Python', years: 2, from: 'dates' }]);
 */
export function skillYears(
  text: string,
  roles: readonly ResumeRole[],
  links: readonly ResumeLink[],
): SkillYears[] {
  const dated = new Map<string, [number, number][]>();
  const stated = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const l of links) {
    labels.set(l.id, l.label);
    for (const r of roles) {
      if (!r.from || !r.to || l.start < r.start || l.start >= r.end) continue;
      const spans = dated.get(l.id) ?? [];
      spans.push([monthIndex(r.from), monthIndex(r.to)]);
      dated.set(l.id, spans);
    }
    const lineEnd = text.indexOf('\n', l.start);
    const m = text.slice(l.start, lineEnd === -1 ? text.length : lineEnd).match(STATED);
    if (m) stated.set(l.id, Math.max(stated.get(l.id) ?? 0, Number(m[1])));
  }
  const out: SkillYears[] = [];
  for (const id of new Set([...dated.keys(), ...stated.keys()])) {
    const d = coveredMonths(dated.get(id) ?? []);
    const s = stated.get(id) ?? 0;
    const months = Math.max(d, s);
    if (months < 1) continue;
    out.push({
      id,
      label: labels.get(id) ?? id,
      years: round1(months / 12),
      from: d >= s ? 'dates' : 'stated',
    });
  }
  return out.sort((a, b) => b.years - a.years || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
