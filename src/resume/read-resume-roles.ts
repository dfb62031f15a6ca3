/**
 * The jobs an experience section lists: title, employer and date range of each entry, where visible.
 * @module
 */
import type { ResumeRole, ResumeSection } from './resume.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s*[' ]?\s*(?:19|20)\d{2}|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-](?:0[1-9]|1[0-2])|(?:19|20)\d{2})`;
const NOW = '(?:present|current(?:ly)?|now|today|till date|to date|date|ongoing)';
const RANGE = new RegExp(String.raw`(${DATE})\s*(?:-|–|—|to|till|until|through)\s*(${DATE}|${NOW})`, 'i');
// "company - Ernst & Young LLP" (a data-set layout: one entry per company line).
const COMPANY_LINE = /^company\s*-\s*(.*)$/i;

/** `YYYY-MM` of a date as written; a bare year is January for a start and December for an end. */
function parseDate(s: string, end: boolean): string | null {
  const t = s.toLowerCase().trim();
  const year = t.match(/(?:19|20)\d{2}/)?.[0];
  if (!year) return null;
  const name = t.match(/^[a-z]+/)?.[0];
  let month: number | null = name ? MONTHS.indexOf(name.slice(0, 3)) + 1 || null : null;
  if (month === null) {
    const num =
      t.match(/^(\d{1,2})[/.-](?:19|20)\d{2}$/)?.[1] ?? t.match(/^(?:19|20)\d{2}[/.-](\d{2})$/)?.[1];
    if (num) month = Number(num);
  }
  return `${year}-${String(month ?? (end ? 12 : 1)).padStart(2, '0')}`;
}

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Title and employer from an entry's first line with its dates taken out: "Analyst, Acme", "Analyst at Acme". */
function whoFrom(line: string): { title: string | null; employer: string | null } {
  const rest = line
    .replace(/^[-•*]\s*/, '')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,|–—-]+$/, '')
    .trim();
  if (rest === '') return { title: null, employer: null };
  const parts = rest.split(/\s+(?:at|@)\s+|\s*[,|–—]\s*|\s+-\s+/).filter((p) => p.trim() !== '');
  const clip = (s: string | undefined): string | null => (s ? s.trim().slice(0, 80) : null);
  return { title: clip(parts[0]), employer: clip(parts[1]) };
}

/**
 * Reads the roles of the experience sections: an entry starts at a line with a date range ("Jan 2019 – Present",
 * "2015-2018", "03/2016 to 05/2019") or a "company - NAME" line; `asOf` (YYYY-MM) stands for "present".
 * @example
 * const text = 'Experience\nData Analyst, Acme (2019-01 – 2020-12)\n- Built dashboards';
 * const [r] = readResumeRoles(text, [{ kind: 'experience', start: 0, end: text.length, heading: 'Experience' }], '2024-06');
 * assert.deepEqual([r?.title, r?.employer, r?.from, r?.to, r?.months], ['Data Analyst', 'Acme', '2019-01', '2020-12', 24]);
 */
export function readResumeRoles(
  text: string,
  sections: readonly ResumeSection[],
  asOf: string,
): ResumeRole[] {
  const out: ResumeRole[] = [];
  for (const s of sections) {
    if (s.kind !== 'experience') continue;
    let current: ResumeRole | null = null;
    let pos = s.start;
    let previous = '';
    let previousStart = s.start;
    while (pos < s.end) {
      const nl = text.indexOf('\n', pos);
      const end = nl === -1 || nl > s.end ? s.end : nl;
      const line = text.slice(pos, end);
      const range = line.match(RANGE);
      const company = line.match(COMPANY_LINE);
      if (range || company) {
        let start = pos;
        const isNow = range ? new RegExp(`^${NOW}$`, 'i').test((range[2] as string).trim()) : false;
        const from = range ? parseDate(range[1] as string, false) : null;
        const to = range ? (isNow ? asOf : parseDate(range[2] as string, true)) : null;
        let who = company
          ? { title: null, employer: (company[1] as string).trim() || null }
          : whoFrom(line.replace(range?.[0] ?? '', ' '));
        if (
          !company &&
          who.title === null &&
          previous !== '' &&
          (current === null || previousStart > current.start)
        ) {
          who = whoFrom(previous);
          start = previousStart;
        }
        if (current) current.end = start;
        const months = from && to && to >= from ? monthIndex(to) - monthIndex(from) + 1 : null;
        current = {
          ...who,
          from,
          to,
          current: isNow,
          months,
          start,
          bodyStart: Math.min(end + 1, s.end),
          end: s.end,
        };
        out.push(current);
      }
      if (line.trim() !== '') {
        previous = line;
        previousStart = pos;
      }
      if (nl === -1 || nl >= s.end) break;
      pos = nl + 1;
    }
  }
  return out;
}
