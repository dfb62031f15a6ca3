/**
 * Qualifications: degrees by level, professional registration or licences, and stated years of experience, counted
 * over the listings' requirement statements, each level with its own share; and openness to the newly qualified,
 * wherever the listing says it outside its duties.
 * @module
 */
import type { Statement } from '../analyze/index.ts';
import { pickEvidence, SpanQuote } from './evidence.ts';
import type { ProfileListing } from './profile-listing.ts';
import type { LineMember, ProfileItem } from './role-profile.ts';
import { round4, wilsonInterval } from './stats.ts';
import { registers } from './wording-data.ts';

interface Pattern {
  id: string;
  label: string;
  re: RegExp;
}

// Degree levels as requirement sentences write them; a level is counted once per listing whatever its spelling.
const DEGREES: Pattern[] = [
  {
    id: 'qualification:bachelor',
    label: "Bachelor's",
    re: /\b(bachelor'?s?|b\.s\.|b\.sc\.?|bsc|b\.a\.|beng|undergraduate degree|four-year degree|4-year degree)(?=\W|$)/i,
  },
  {
    id: 'qualification:master',
    label: "Master's",
    re: /\b(master'?s?|m\.s\.|m\.sc\.?|msc|mba|meng|postgraduate)(?=\W|$)/i,
  },
  { id: 'qualification:phd', label: 'PhD', re: /\b(ph\.?\s?d\.?|doctorate|doctoral)(?=\W|$)/i },
  // Not "a high degree of autonomy" (a measure, not a qualification), but "a degree of Bachelor of Science".
  {
    id: 'qualification:degree',
    label: 'degree, level unstated',
    re: /\bdegree\b(?!\s+of\s+(?!bachelor|master|doctor))/i,
  },
];
const REGISTRATION_LINE = 'Professional registration, licence or certification';
const REGISTRATION: Pattern = {
  id: 'qualification:registration',
  label: 'registration or licence, body unstated',
  re: /\b(registered|registration|licen[cs]e[ds]?|NMC|HCPC|GMC|certified|certification|chartered)\b/i,
};
// Licences and registrations that are no professional's: a driving licence (a line of its own), a software licence
// key, a registered charity or office, a certified B Corp.
const NOT_PROFESSIONAL =
  /\b(?:licen[cs]e\s+keys?|(?:open[- ]source|MIT|software|commercial|user)\s+licen[cs]es?|driv(?:ing|er'?s?)\s+licen[cs]es?|registered\s+(?:charity|office|trade\s*marks?|company|in\s+england|number)|certified\s+(?:b\s+corp|great\s+place))\b/gi;
const DRIVING: Pattern = {
  id: 'qualification:driving',
  label: 'Driving licence',
  re: /\bdriv(?:ing|er'?s?)\s+licen[cs]es?\b/i,
};

// Openness to those at the start of a career: newly qualified (UK), new graduates (US), or a preceptorship offered
// (the first year's support of a newly qualified nurse or therapist). Said anywhere but in the duties, most often in
// the opening or the offer ("we welcome newly qualified nurses"), so it is read in the listing's text; in the duties it
// is someone else ("support newly qualified staff").
const ENTRY =
  /\bnewly[- ]qualified\b|\bnewly[- ]graduated\b|\bpreceptees?\b|\bpreceptorships?\b|\bnew(?:ly)?[- ]grad(?:uate)?s?\b/gi;
// What shuts them out ("this vacancy is for experienced nurses – if you're a newly qualified nurse, apply through …",
// "should have completed their preceptorship").
const NOT_ENTRY =
  /\b(?:(?:is|are)\s+for\s+experienced|not\s+(?:suitable|open|accepting|considering)|unable\s+to\s+(?:accept|consider)|(?:have|has|having)\s+completed)\b[^.!?\n]*$/i;
const ENTRY_LINE: Pattern = {
  id: 'qualification:entry',
  label: 'Open to newly qualified applicants (new graduates, preceptorship)',
  // Not the global ENTRY itself: a pattern's test() must not carry a position from one text to the next.
  re: new RegExp(ENTRY.source, 'i'),
};

/**
 * Where a listing says it is open to newly qualified applicants: the first such words outside its duties; null when
 * it says none, or shuts them out anywhere. A small listing (toProfileListing) carries the answer its full text gave.
 * @example
 * const l = (text: string, duty = '') => ({ text: text + duty, statements: duty ? [{ section: 'responsibilities', text: duty, start: text.length, end: text.length + duty.length }] : [] }) as unknown as ProfileListing;
 * assert.deepEqual(entryMention(l('We welcome newly qualified nurses. ')), { start: 11, end: 26 });
 * assert.equal(entryMention(l('Band 5. ', 'Support newly qualified staff')), null);
 * assert.equal(entryMention(l('This vacancy is for experienced nurses – if you are newly qualified, apply through our programme.')), null);
 */
export function entryMention(
  listing: Pick<ProfileListing, 'text' | 'statements' | 'entry'>,
): { start: number; end: number } | null {
  if (listing.entry !== undefined) return listing.entry;
  const { text } = listing;
  let first: { start: number; end: number } | null = null;
  for (const m of text.matchAll(ENTRY)) {
    const start = m.index;
    if (NOT_ENTRY.test(text.slice(Math.max(0, start - 160), start))) return null;
    const inDuty = listing.statements.some(
      (st) => st.section === 'responsibilities' && st.start <= start && start < st.end,
    );
    if (!inDuty && first === null) first = { start, end: start + m[0].length };
  }
  return first;
}

// The registers a statement may name (data/wording/registers.json), each a member of the registration line.
let registerPatterns: Pattern[] | null = null;
function namedRegisters(): Pattern[] {
  registerPatterns ??= registers().map((r) => ({
    id: `qualification:registration:${r.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    label: r.name,
    re: r.re,
  }));
  return registerPatterns;
}

// Any register's words or the unstated body's, case aside: one test that most statements fail, before the sixteen.
let anyRegistration: RegExp | null = null;

// The registration members a statement counts for: each register it names, else "body unstated" where it says
// registration, licence or certification of no named body; none when it says neither.
function registrationsOf(text: string): Pattern[] {
  anyRegistration ??= new RegExp(
    [...namedRegisters(), REGISTRATION].map((p) => `(?:${p.re.source})`).join('|'),
    'i',
  );
  if (!anyRegistration.test(text)) return [];
  const named = namedRegisters().filter((r) => r.re.test(text));
  if (named.length > 0) return named;
  return REGISTRATION.re.test(text.replace(NOT_PROFESSIONAL, ' ')) ? [REGISTRATION] : [];
}

/**
 * Whether a sentence names a degree (any level): "MSc or PhD in Statistics", not "a high degree of autonomy".
 * @example
 * assert.equal(saysDegree("Bachelor's degree in Computer Science or related field"), true);
 * assert.equal(saysDegree('Comfortable with a high degree of ambiguity'), false);
 */
export function saysDegree(text: string): boolean {
  return DEGREES.some((d) => d.re.test(text));
}

/**
 * Whether qualificationLines counts and quotes a statement: a requirement naming a degree, a registration or years.
 * @example
 * const st = { section: 'requirements', text: 'NMC registration', start: 0, end: 16, canonical: '', years: null } as const;
 * assert.equal(isQualification(st), true);
 * assert.equal(isQualification({ ...st, section: 'responsibilities' }), false);
 * assert.equal(isQualification({ ...st, text: 'Comfortable with a high degree of ambiguity' }), false);
 * assert.equal(isQualification({ ...st, text: 'Use your email as the license key' }), false);
 */
export function isQualification(st: Statement): boolean {
  if (st.section === 'responsibilities') return false;
  return (
    st.years !== null ||
    registrationsOf(st.text).length > 0 ||
    DRIVING.re.test(st.text) ||
    DEGREES.some((d) => d.re.test(st.text))
  );
}

/**
 * The qualification lines of the listings: one degree line with a member per level, one registration line, one
 * years-of-experience line; lines no listing supports are left out.
 * @example
 * import { fixtureListing } from './testing.ts';
 * const listings = [
 *   fixtureListing('a', [null], [{ requirement: "Bachelor's degree in nursing; 2 years' experience", years: 2 }]),
 *   fixtureListing('b', [null], [{ requirement: 'Current NMC registration' }, { requirement: 'MSc or PhD preferred' }]),
 *   fixtureListing('c', [null], [{ requirement: 'A full UK driving licence is essential' }]),
 * ];
 * const lines = qualificationLines(listings);
 * assert.deepEqual(lines.map((l) => [l.item.text, l.item.count]), [
 *   ['A degree', 2],
 *   ['Driving licence', 1],
 *   ['Professional registration, licence or certification', 1],
 *   ['Years of experience stated (median 2)', 1],
 * ]);
 * assert.deepEqual(lines[2]?.item.members.map((m) => m.label), ['NMC']);
 * assert.deepEqual(lines[0]?.item.members.map((m) => m.label), ["Bachelor's", "Master's", 'PhD']);
 */
export function qualificationLines(
  listings: readonly ProfileListing[],
): { item: ProfileItem; listings: number[] }[] {
  const n = listings.length;
  const hits = new Map<string, { listings: Set<number>; quotes: SpanQuote[] }>();
  // Quotes are cut only for the few chosen as evidence.
  const add = (id: string, li: number, l: ProfileListing, start: number, end: number) => {
    const h = hits.get(id) ?? { listings: new Set<number>(), quotes: [] };
    if (!h.listings.has(li)) h.quotes.push(new SpanQuote(l.id, 0, l.text, start, end));
    h.listings.add(li);
    hits.set(id, h);
  };
  listings.forEach((l, li) => {
    for (const st of l.statements) {
      // What isQualification tests, each test once: a statement that is none of these adds nothing below.
      if (st.section === 'responsibilities') continue;
      let level = false;
      for (const d of DEGREES) {
        // "Degree" alone counts only where no level is named in the same statement.
        if (d.id === 'qualification:degree' && level) continue;
        if (d.re.test(st.text)) {
          add(d.id, li, l, st.start, st.end);
          if (d.id !== 'qualification:degree') level = true;
        }
      }
      for (const r of registrationsOf(st.text)) add(r.id, li, l, st.start, st.end);
      if (DRIVING.re.test(st.text)) add(DRIVING.id, li, l, st.start, st.end);
      if (st.years !== null) add('qualification:years', li, l, st.start, st.end);
    }
    const entry = entryMention(l);
    if (entry) add(ENTRY_LINE.id, li, l, entry.start, entry.end);
  });
  const out: { item: ProfileItem; listings: number[] }[] = [];
  const line = (text: string, parts: Pattern[]): void => {
    const present = parts.filter((p) => hits.has(p.id));
    if (present.length === 0) return;
    const union = new Set<number>();
    for (const p of present) for (const li of hits.get(p.id)?.listings ?? []) union.add(li);
    const members: LineMember[] = present
      .map((p) => {
        const c = hits.get(p.id)?.listings.size ?? 0;
        return { id: p.id, label: p.label, count: c, share: round4(c / n) };
      })
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    const item: ProfileItem = {
      text,
      count: union.size,
      share: round4(union.size / n),
      ci: wilsonInterval(union.size, n),
      kind: 'qualification',
      concepts: present.map((p) => ({ id: p.id, label: p.label, kind: 'topic' as const })),
      members,
      evidence: pickEvidence(
        present.flatMap((p) => hits.get(p.id)?.quotes ?? []),
        3,
      ),
    };
    out.push({ item, listings: [...union].sort((a, b) => a - b) });
  };
  line('A degree', DEGREES);
  line(REGISTRATION_LINE, [...namedRegisters(), REGISTRATION]);
  line(DRIVING.label, [DRIVING]);
  line(ENTRY_LINE.label, [ENTRY_LINE]);
  const { medianYears } = statedExperience(listings);
  if (medianYears !== null) {
    line(`Years of experience stated (median ${medianYears})`, [
      { id: 'qualification:years', label: 'years of experience', re: /$^/ },
    ]);
  }
  return out.sort((a, b) => b.item.count - a.item.count || (a.item.text < b.item.text ? -1 : 1));
}

/**
 * How many listings ask for years of experience, and the median of what each asks (its highest figure): from the
 * requirements and preferences only, the statements the qualification line counts, so that the headline and the line
 * agree.
 * @example
 * const st = (section: 'requirements' | 'responsibilities', years: number) => ({ section, text: '', start: 0, end: 0, canonical: '', years });
 * const l = (...s: ReturnType<typeof st>[]) => ({ statements: s }) as unknown as ProfileListing;
 * assert.deepEqual(statedExperience([l(st('requirements', 3), st('requirements', 5)), l(st('requirements', 2)), l(st('responsibilities', 9))]), { listings: 2, medianYears: 3.5 });
 */
export function statedExperience(listings: readonly ProfileListing[]): {
  listings: number;
  medianYears: number | null;
} {
  const years = listings
    // Years make a statement a qualification wherever it is no duty: the section alone decides.
    .map((l) =>
      Math.max(-1, ...l.statements.map((s) => (s.section === 'responsibilities' ? -1 : (s.years ?? -1)))),
    )
    .filter((y) => y > 0)
    .sort((a, b) => a - b);
  if (years.length === 0) return { listings: 0, medianYears: null };
  const mid = Math.floor(years.length / 2);
  const v = years.length % 2 === 1 ? (years[mid] ?? 0) : ((years[mid - 1] ?? 0) + (years[mid] ?? 0)) / 2;
  return { listings: years.length, medianYears: Math.round(v * 10) / 10 };
}
