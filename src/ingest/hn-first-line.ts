/**
 * Parses the first line of a Hacker News "Who is hiring?" comment, written by convention as
 * `Company | Role(s) | Location | REMOTE/ONSITE | salary | …`, into company, titles, location, remote, salary.
 * @module
 */
import { decodeHTML } from 'entities';

/** What the first line of an HN hiring comment says. */
export interface HnFirstLine {
  /** The first line as plain text. */
  line: string;
  company: string | null;
  /** Every role named; several when one comment hires for several roles. */
  titles: string[];
  location: string | null;
  remote: boolean | null;
  salary: string | null;
  employmentType: string | null;
  url: string | null;
}

const ROLE =
  /\b(engineers?|engineering|developers?|devs?|designers?|scientists?|managers?|directors?|head of|leads?|cto|ceo|coo|cfo|vp|architects?|analysts?|researchers?|sre|devops|founding|recruiters?|specialists?|consultants?|administrators?|writers?|technicians?|operators?|associates?|interns?|swes?|programmers?|officers?|executives?|coordinators?|positions|roles|various|multiple|hiring|staff|principal|product|marketing|sales|designer|builder|strategist|advocate|partner|generalist|scientist|tech lead|mle|ml|qa|support)\b/i;
const STRONG_ROLE =
  /\b(engineers?|developers?|designers?|scientists?|managers?|directors?|head of|cto|vp of|architects?|analysts?|researchers?)\b/i;
const SALARY = /([$€£¥₹]\s?\d|\d\s?[kK]\b|\b(USD|EUR|GBP|CHF|CAD|AUD)\b|\bequity\b|\bsalary\b|\d{2,3},\d{3})/;
const EMPLOYMENT =
  /\b(full[- ]?time|part[- ]?time|contract(or|ors)?|internships?|interns?|freelance|permanent|co-?ops?|fte)\b/i;
const REMOTE = /\bremote\b/i;
const ONSITE = /\b(on-?site|on site|in[- ]office|in[- ]person|hybrid)\b/i;
const URL =
  /^(https?:\/\/\S+|www\.\S+|[\w-]+(\.[\w-]+)*\.(com|io|ai|co|org|net|dev|app|tech|xyz|so|sh|me|us|uk|de|fr|media|health|bio|inc|jobs|careers)(\/\S*)?)$/i;
const YC = /^\(?\s*YC\b/i;
const PLACE =
  /,|\b(remote|onsite|on-site|hybrid|worldwide|global|anywhere|usa?|uk|eu|emea|apac|americas|europe|canada|germany|france|spain|india|japan|australia|sf|nyc|ny|la|bay area|san francisco|new york|london|berlin|paris|amsterdam|toronto|seattle|boston|austin|chicago|denver|tel aviv|singapore|bangalore|remote)\b/i;

/** The first line of an HN comment's HTML, as plain text. */
export function firstLineText(html: string): string {
  const first = html.split(/<p>|<br\s*\/?>|\n/i)[0] ?? '';
  return decodeHTML(first.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits on separators outside parentheses. */
function splitTop(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(s);
      if (m && m.index === i) {
        out.push(cur);
        cur = '';
        i += m[0].length - 1;
        continue;
      }
    }
    cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

/** "Frontend Engineer, Backend Engineer" → two titles; "Senior + Staff Engineers (Go, React)" stays one. */
function splitRoles(segment: string): string[] {
  const parts = splitTop(segment, /\s*(?:,|;|\/|\s&\s|\sand\s|\sor\s)\s*/y);
  return parts.length > 1 && parts.every((p) => ROLE.test(p)) ? parts : [segment];
}

function cleanCompany(s: string): string | null {
  const c = s
    .replace(/\((https?:\/\/[^)]*|www\.[^)]*)\)/gi, '')
    .replace(/\s*\((YC[^)]*)\)/i, '')
    .replace(/[:\s]+$/, '')
    .trim();
  return c || null;
}

/** "Kyber (YC W23) Is Hiring an Enterprise Account Executive" (HN job stories). */
function parseJobStory(line: string, base: HnFirstLine): HnFirstLine | null {
  const m =
    /^(.+?)\s*(\([^)]*\))?\s*(?:is hiring|are hiring|needs|is looking for)\b\s*(?:an?\s+|the\s+)?(.*)$/i.exec(
      line,
    );
  if (m) {
    const rest = (m[3] ?? '').trim();
    return { ...base, company: cleanCompany(m[1] ?? ''), titles: rest && ROLE.test(rest) ? [rest] : [] };
  }
  const c = /^(.+?)\s*\((YC [^)]*)\)\s*:\s*(.+)$/i.exec(line);
  if (!c) return null;
  const [title, ...more] = splitTop(c[3] ?? '', /\s+[–—-]\s+/y);
  const salary = more.find((p) => SALARY.test(p)) ?? null;
  return { ...base, company: cleanCompany(c[1] ?? ''), titles: title ? [title] : [], salary };
}

/**
 * Parses an HN hiring comment's first line.
 * @example
 * const p = parseHnFirstLine('Jurisphere.ai | Frontend Engineer, Backend Engineer | Bangalore, India | Hybrid | Full Time<p>…');
 * assert.equal(p.company, 'Jurisphere.ai');
 * assert.deepEqual(p.titles, ['Frontend Engineer', 'Backend Engineer']);
 * assert.equal(p.location, 'Bangalore, India');
 */
export function parseHnFirstLine(html: string): HnFirstLine {
  const line = firstLineText(html);
  const base: HnFirstLine = {
    line,
    company: null,
    titles: [],
    location: null,
    remote: REMOTE.test(line) ? true : ONSITE.test(line) ? false : null,
    salary: null,
    employmentType: null,
    url: null,
  };
  let segs = splitTop(line, /\s*\|\s*/y);
  if (segs.length < 2) segs = splitTop(line, /\s+(?:—|–|--)\s+/y);
  if (segs.length < 2) return parseJobStory(line, base) ?? base;
  const out = { ...base };
  const [first, ...rest] = segs as [string, ...string[]];
  const at = /^(.+?) at (.+?)(?:,.*)?$/.exec(first);
  if (at && STRONG_ROLE.test(at[1] ?? '')) {
    // "Senior Data Analyst at P2P.org, the largest …"
    out.titles.push(at[1] as string);
    out.company = cleanCompany(at[2] ?? '');
  } else if (STRONG_ROLE.test(first) && !rest.some((s) => STRONG_ROLE.test(s))) {
    // "Head of Engineering & Infrastructure | Full-Time | Remote": the role comes first, no company named.
    out.titles.push(...splitRoles(first));
  } else out.company = cleanCompany(first);
  const unclassified: string[] = [];
  for (const seg of rest) {
    if (URL.test(seg)) out.url ??= seg;
    else if (YC.test(seg)) continue;
    else if (SALARY.test(seg) && /\d/.test(seg)) out.salary ??= seg;
    else if (EMPLOYMENT.test(seg) && seg.length <= 40 && !/\b(engineer|developer)s?\b/i.test(seg))
      out.employmentType ??= seg;
    else if ((REMOTE.test(seg) || ONSITE.test(seg)) && !/[,(]/.test(seg) && seg.split(/\s+/).length <= 4)
      continue;
    else if (ROLE.test(seg) && !PLACE.test(seg.replace(ROLE, ''))) out.titles.push(...splitRoles(seg));
    else unclassified.push(seg);
  }
  out.location = unclassified.find((s) => PLACE.test(s)) ?? unclassified[0] ?? null;
  return out;
}
