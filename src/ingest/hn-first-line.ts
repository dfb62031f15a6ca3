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
  /** "Multiple Roles", "Various": the comment hires for unnamed roles. */
  rolesHint?: string;
}

/** Words that name a job (the head noun of a title). */
const ROLE_NOUN =
  /\b(engineers?|developers?|designers?|scientists?|managers?|directors?|head of|leads?|cto|ceo|coo|cfo|cpo|ciso|vp|vice president|architects?|analysts?|researchers?|sres?|devops|recruiters?|specialists?|consultants?|administrators?|writers?|technicians?|operators?|associates?|interns?|swes?|programmers?|officers?|executives?|coordinators?|strategists?|advocates?|generalists?|bdrs?|sdrs?|member of (the )?technical staff|mts|hackers?|product owners?|representatives?|reps|pms?|leaders?|mles?|admins?|marketers?|devs|devrels?|professors?|faculty|scientist|fellows?|teachers?|nurses?|accountants?)\b/gi;
/** Words that make a segment look like a role even without a head noun ("Engineering & Product"). */
const ROLE_HINT =
  /\b(engineering|product|marketing|sales|design|growth|gtm|founding|staff|principal|senior|junior|roles?|positions?|qa|ml|ai|backend|frontend|full[- ]?stack)\b/gi;
const PLACE_WORD =
  /\b(remote|onsite|on-site|hybrid|in[- ]office|worldwide|global|globally|anywhere|usa?|u\.s\.|uk|eu|emea|apac|latam|americas|europe|asia|africa|canada|mexico|brazil|argentina|germany|france|spain|portugal|italy|netherlands|switzerland|austria|sweden|norway|denmark|finland|poland|ireland|israel|india|japan|china|singapore|australia|new zealand|sf|nyc|ny|la|bay area|san francisco|new york|london|berlin|munich|paris|amsterdam|toronto|vancouver|montreal|seattle|boston|austin|chicago|denver|miami|atlanta|los angeles|san diego|san jose|palo alto|mountain view|menlo park|oakland|brooklyn|washington|dc|tel aviv|bangalore|bengaluru|dublin|zurich|stockholm|copenhagen|barcelona|madrid|lisbon|warsaw|prague|tokyo|sydney|melbourne|utc|gmt|est|pst|cet|timezones?|time zones?)\b/gi;
const CITY_STATE = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, ?[A-Z]{2}\b/g;
const SALARY = /([$€£¥₹]\s?\d|\d\s?[kK]\b|\b(USD|EUR|GBP|CHF|CAD|AUD)\b|\d{2,3},\d{3})/;
const EMPLOYMENT =
  /\b(full[- ]?time|part[- ]?time|contract(or|ors)?|contract-to-hire|internships?|interns?|freelance|permanent|co-?ops?|fte)\b/i;
const EMPLOYMENT_ALL = new RegExp(EMPLOYMENT.source, 'gi');
const PERKS = /\b(visa|relocation|sponsorship|equity|benefits)\b/i;
const ROLES_HINT_ONLY = /^(multiple|various|several|many|numerous|lots of|open)\b/i;
const REMOTE = /\bremote\b/i;
const ONSITE = /\b(on-?site|on site|in[- ]office|in[- ]person|hybrid)\b/i;
const WORK_MODE_ONLY =
  /^(?:\s|remote|on-?site|on site|in[- ]office|in[- ]person|hybrid|fully|full|100%|only|ok|friendly|preferred|possible|available|or|and|\/|\+|-|&|,)*$/i;
const URL =
  /^(https?:\/\/\S+|www\.\S+|[\w-]+(\.[\w-]+)*\.(com|io|ai|co|org|net|dev|app|tech|xyz|so|sh|me|us|uk|de|fr|media|health|bio|inc|jobs|careers)(\/\S*)?)$/i;
const YC = /^\(?\s*YC\b/i;

const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;
/** How strongly a segment reads as a role vs. a place. */
/** Department words that name a role area on their own in a short segment ("Software Engineering"). */
const DEPARTMENT =
  /\b(engineering|sales|product|marketing|design|analytics|operations|growth|backend|frontend|devops)\b/i;
/**
 * A segment names a role when it has a head noun, two role words ("Engineering & Product"), or is a short
 * department name; one loose word ("AI Industry") is not enough.
 */
const roleScore = (s: string): number => {
  const nouns = count(ROLE_NOUN, s);
  const hints = count(ROLE_HINT, s);
  const short = s.split(/\s+/).length <= 4;
  return nouns > 0 || hints >= 2 || (short && DEPARTMENT.test(s)) ? 2 * nouns + Math.max(hints, 1) : 0;
};
/** Prose that ran into the first line: a sentence break, or text around a URL. */
const isProse = (s: string): boolean =>
  /[a-z]{3}[.!?]\s+[A-Z]/.test(s) || /\S\s+https?:\/\/|https?:\/\/\S+\s+\S/.test(s) || s.length > 200;
const placeScore = (s: string): number => count(PLACE_WORD, s) + 2 * count(CITY_STATE, s);

/**
 * The first line of an HN comment's HTML, as plain text (for parsing fields only; the description stays HTML).
 * @example
 * assert.equal(firstLineText('Acme &amp; Co | CTO<p>We build'), 'Acme & Co | CTO');
 */
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
  const role = segment.replace(/^hiring\s+/i, '');
  const parts = splitTop(role, /\s*(?:,|;|\s\/\s|\s&\s|\sand\s|\sor\s)\s*/y);
  const titles = parts.length > 1 && parts.every((p) => count(ROLE_NOUN, p) > 0) ? parts : [role];
  // "Senior/Staff Engineer" and "Lead iOS/AI Engineer" are one title each; an unspaced "/" separates roles
  // only between full titles ("Staff Fullstack Engineer/Senior Software Engineer").
  return titles.flatMap((t) => {
    const sub = splitTop(t, /\//y);
    const full = (p: string) => p.split(/\s+/).length >= 3 && count(ROLE_NOUN, p) > 0;
    return sub.length > 1 && sub.every(full) ? sub : [t];
  });
}

function cleanCompany(s: string): string | null {
  const c = s
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\((https?:\/\/[^)]*|www\.[^)]*)\)/gi, '')
    .replace(/\s*\((YC[^)]*)\)/i, '')
    .replace(/\s*\([^)]*\b(remote|onsite|on-site|hybrid)\b[^)]*\)/i, '')
    .replace(/^[#*\s]+|[:*\s]+$/g, '')
    .trim();
  return c || null;
}

/** "Kyber (YC W23) Is Hiring an Enterprise Account Executive" (HN job stories). */
function parseJobStory(line: string, base: HnFirstLine, full: string): HnFirstLine | null {
  const m =
    /^(.+?)\s*(\([^)]*\))?\s*(?:is hiring|are hiring|needs|is looking for)\b\s*(?:an?\s+|the\s+)?(.*)$/i.exec(
      line,
    );
  if (m) {
    const rest = (m[3] ?? '').replace(/^[\s–—:-]+/, '').trim();
    if (rest && roleScore(rest) > 0) return { ...base, company: cleanCompany(m[1] ?? ''), titles: [rest] };
    // "Corgi Labs (YC W23) Is Hiring\n\nFounders Associate at Corgi Labs | Y Combinator …": the story's
    // linked page title names the role.
    const page = /\n\n([^\n|]{3,100}?) at [^\n|]{2,80}? \| Y Combinator/.exec(full)?.[1]?.trim();
    return { ...base, company: cleanCompany(m[1] ?? ''), titles: page && roleScore(page) > 0 ? [page] : [] };
  }
  const c = /^(.+?)\s*\((YC [^)]*)\)\s*:\s*(.+)$/i.exec(line);
  if (!c) return null;
  // "Ubicloud (YC W24): Software Engineer – $95-$250K in Turkey, Netherlands, CA"
  const [title, ...more] = splitTop(c[3] ?? '', /\s+[–—-]\s+/y);
  const tail = more.join(' – ');
  const place = /\bin ([A-Z].*)$/.exec(tail);
  const pay = (place ? tail.slice(0, place.index) : tail).trim();
  return {
    ...base,
    company: cleanCompany(c[1] ?? ''),
    titles: title ? [title] : [],
    salary: SALARY.test(pay) ? pay : null,
    location: place?.[1] ?? null,
  };
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
  if (segs.length < 2) {
    const story = parseJobStory(line, base, html);
    if (story) return story;
    // Some write "Company — Role — Place"; accept that only when the pieces are short, not prose.
    segs = splitTop(line, /\s+(?:—|–|--|-)\s+/y);
    if (segs.length < 2 || segs.some((x) => x.length > 80)) return { ...base, remote: null }; // prose, not the convention: claim nothing
  }
  const out: HnFirstLine = { ...base, titles: [] };
  const [rawFirst, ...rest] = segs as [string, ...string[]];
  const first = rawFirst.replace(/^(?:we(?:'|’)?re hiring|hiring|now hiring)\s*[:!-]\s*/i, '');
  const at = /^(.+?) at (.+?)(?:,.*)?$/.exec(first);
  if (at && count(ROLE_NOUN, at[1] ?? '') > 0) {
    // "Senior Data Analyst at P2P.org, the largest …"
    out.titles.push(at[1] as string);
    out.company = cleanCompany(at[2] ?? '');
  } else if (count(ROLE_NOUN, first) > 0 && !rest.some((x) => roleScore(x) > placeScore(x))) {
    // "Head of Engineering & Infrastructure | Full-Time | Remote": the role comes first, no company named.
    out.titles.push(...splitRoles(first));
  } else {
    const name = cleanCompany(first);
    if (name && name.length <= 60) out.company = name; // longer is a sentence, not a name
  }
  const places: string[] = [];
  const hints: string[] = [];
  for (const seg of rest) {
    const nouns = count(ROLE_NOUN, seg);
    if (URL.test(seg)) out.url ??= seg;
    else if (YC.test(seg)) continue;
    else if (SALARY.test(seg) && /\d/.test(seg) && nouns === 0)
      out.salary ??= seg.replace(/[\s-]*https?:\/\/\S*/g, '').trim();
    else if (WORK_MODE_ONLY.test(seg)) continue;
    else if (PERKS.test(seg) && nouns === 0) continue;
    else if (ROLES_HINT_ONLY.test(seg) && nouns === 0) hints.push(seg);
    // "Full time, interns/co-ops" is a kind of employment; "Intern (Summer 2026)" on its own names the role.
    else if (
      EMPLOYMENT.test(seg) &&
      !/^\s*interns?\b/i.test(seg) &&
      count(ROLE_NOUN, seg.replace(EMPLOYMENT_ALL, '')) === 0
    )
      out.employmentType ??= seg;
    else if (isProse(seg)) continue;
    else if (roleScore(seg) > placeScore(seg)) out.titles.push(...splitRoles(seg));
    else if (placeScore(seg) > 0 || /^[A-Z]/.test(seg)) places.push(seg);
  }
  // Without a place word, only a segment with a comma ("Bilbao, Spain") passes for a location.
  out.location = places.find((x) => placeScore(x) > 0) ?? places.find((x) => x.includes(',')) ?? null;
  if (hints.length > 0) out.rolesHint = hints.join('; ');
  return out;
}
