/**
 * What the profile stage reads of an analyzed listing (ProfileListing), and the projection that keeps only that
 * (toProfileListing): a profile of many listings holds each one's statements, concept links and the lines of text they
 * lie in, not its whole text, sections, skills or source fields.
 * @module
 */
import type { ConceptLink, RoleMatch, Statement } from '../analyze/index.ts';
import { type ConceptLookup, countedLinks } from './concept-stats.ts';
import { entryMention, isQualification } from './qualifications.ts';

/** The role fields a profile reports: the slug, its label and codes. */
export type ProfileRole = Pick<RoleMatch, 'role' | 'label' | 'onetSoc' | 'escoOccupation'>;

/** An analyzed listing as the profile reads it; every AnalyzedListing is one, toProfileListing makes a small one. */
export interface ProfileListing {
  /** The id evidence cites. */
  id: string;
  /** The source file (`dir/file`): listing counts and trend notes by source. */
  source: string;
  /** Employers are counted (distinctive duties, common wording). */
  company: string | null;
  postedAt: string | null;
  /** Absent for analyses stored before it was detected: read as English. */
  language?: string;
  role: ProfileRole | null;
  /**
   * Text holding, at every statement's and concept link's offsets, the line(s) of the clean text it lies in: quotes
   * are the sentences of those lines. The clean text itself, or (toProfileListing) only those lines, the offsets moved
   * to match.
   */
  text: string;
  statements: Statement[];
  concepts: ConceptLink[];
  /**
   * Where the listing says it is open to newly qualified applicants (see entryMention), null when it does not; set by
   * toProfileListing, which keeps that line of the text. Absent on a full listing, whose text is read instead.
   */
  entry?: { start: number; end: number } | null;
}

/** Strings and roles shared by the listings of one profile (concept ids, sections, sources, employers, dates). */
export interface ProfilePool {
  strings: Map<string, string>;
  roles: Map<string, ProfileRole>;
}

/**
 * An empty pool for toProfileListing: one per profile, so its size is bounded by what one profile meets.
 * @example
 * assert.equal(profilePool().strings.size, 0);
 */
export function profilePool(): ProfilePool {
  return { strings: new Map(), roles: new Map() };
}

/**
 * The listing as the profile reads it and no more: its text cut to the lines its statements and concept links lie in
 * (their offsets moved to match, so every quote is the same), the statements' text a part of that text, equal strings
 * and roles shared through `pool`. A profile of the projections is the profile of the listings.
 * @example
 * import { fixtureListing } from './testing.ts';
 * import { quoteAround } from './evidence.ts';
 * const full = fixtureListing('a', ['2024-01-02', 'cto'], [{ duty: 'Lead the team' }, { requirement: 'Go', concepts: ['esco:go'] }]);
 * const small = toProfileListing(full);
 * assert.equal(small.text, 'Lead the team\nGo'); // the title line "Job a" holds neither
 * assert.equal(small.statements[0]?.text, 'Lead the team');
 * const [a, b] = [full.concepts[0], small.concepts[0]];
 * assert.equal(quoteAround(small.text, b.start, b.end), quoteAround(full.text, a.start, a.end));
 * assert.deepEqual(Object.keys(small).sort(), ['company', 'concepts', 'entry', 'id', 'postedAt', 'role', 'source', 'statements', 'text']);
 */
export function toProfileListing(
  full: ProfileListing,
  pool: ProfilePool = profilePool(),
  lookup?: ConceptLookup,
): ProfileListing {
  const listing = lookup ? readSpans(full, lookup) : full;
  const entrySpan = entryMention(full);
  const kept = keptLines(listing, entrySpan);
  const text = kept ? kept.text : listing.text;
  const statements = listing.statements.map((st): Statement => {
    const d = kept ? shiftOf(kept, st.start) : 0;
    const start = st.start + d;
    const end = st.end + d;
    // A statement's text is its span of the text (always so): a slice of the kept text costs no copy.
    const slice = text.slice(start, end);
    const own = slice === st.text ? slice : st.text;
    return {
      section: pooled(pool, st.section),
      text: own,
      start,
      end,
      canonical: st.canonical === st.text ? own : st.canonical,
      years: st.years,
    };
  });
  const shift = (offset: number): number => (kept ? shiftOf(kept, offset) : 0);
  const concepts = listing.concepts.map((c): ConceptLink => {
    const d = shift(c.start);
    const id = pooled(pool, c.id);
    const section = pooled(pool, c.section);
    const by = pooled(pool, c.by);
    const [start, end] = [c.start + d, c.end + d];
    return c.named === true
      ? { id, score: c.score, start, end, section, by, named: true }
      : { id, score: c.score, start, end, section, by };
  });
  return {
    id: listing.id,
    source: pooled(pool, listing.source),
    company: listing.company === null ? null : pooled(pool, listing.company),
    postedAt: listing.postedAt === null ? null : pooled(pool, listing.postedAt),
    ...(listing.language === undefined ? {} : { language: pooled(pool, listing.language) }),
    role: listing.role ? pooledRole(listing.role, pool) : null,
    text,
    statements,
    concepts,
    entry: entrySpan && {
      start: entrySpan.start + shift(entrySpan.start),
      end: entrySpan.end + shift(entrySpan.start),
    },
  };
}

/**
 * The listing less what a profile (of the default count cuts) never reads: the links of concepts it does not count in
 * this listing (line wording reads every link of a concept it counts); of the statements, the qualifications whole
 * (quoted), the duties a kept link starts at (line wording reads their canonical wording), of the other duties only
 * the years, and nothing of the rest. A statement left without text is given an empty span: no line is kept for it.
 */
function readSpans(listing: ProfileListing, lookup: ConceptLookup): ProfileListing {
  const counted = new Set(countedLinks(listing, lookup).map((c) => c.id));
  const concepts = listing.concepts.filter((c) => counted.has(c.id));
  const starts = new Set(concepts.map((c) => c.start));
  const statements: Statement[] = [];
  for (const st of listing.statements) {
    if (isQualification(st)) statements.push({ ...st, canonical: st.text });
    else if (st.section !== 'responsibilities') continue;
    // Whole: its canonical wording is most often its text, a slice of lines its link keeps anyway.
    else if (starts.has(st.start)) statements.push(st);
    else if (st.years !== null) statements.push({ ...st, text: '', end: st.start, canonical: '' });
  }
  return { ...listing, statements, concepts };
}

/**
 * The pool's string equal to `value` (the first one met): equal strings of many listings held once.
 * @example
 * const pool = profilePool();
 * const a = pooled(pool, 'requirements');
 * assert.equal(pooled(pool, 'requirements'), a);
 * assert.equal(pool.strings.size, 1);
 */
export function pooled<T extends string>(pool: ProfilePool, value: T): T {
  const held = pool.strings.get(value);
  if (held !== undefined) return held as T;
  pool.strings.set(value, value);
  return value;
}

/**
 * The pool's role equal to `role` (the first one met), holding only the fields a profile reports.
 * @example
 * const pool = profilePool();
 * const role = { role: 'cto', label: 'Chief Technology Officer', onetSoc: '11-3021.00', escoOccupation: null };
 * assert.equal(pooledRole({ ...role }, pool), pooledRole({ ...role }, pool));
 */
export function pooledRole(role: ProfileRole, pool: ProfilePool): ProfileRole {
  const key = `${role.role}\n${role.label}\n${role.onetSoc}\n${role.escoOccupation}`;
  let held = pool.roles.get(key);
  if (!held) {
    held = { role: role.role, label: role.label, onetSoc: role.onetSoc, escoOccupation: role.escoOccupation };
    pool.roles.set(key, held);
  }
  return held;
}

/** The kept lines of a text: their text, and per line of the text its start and how far its offsets move. */
interface KeptLines {
  text: string;
  lineStarts: number[];
  shifts: Int32Array;
}

// Characters past U+00FF: a text without them is stored one byte per character.
const WIDE = /[\u0100-\uffff]/;

/**
 * The lines of the text that the listing's statements and links lie in (the lines a quote of a span reads, as the
 * analyzer's sentenceAround does: from the line holding `start` to the line holding `end`), joined by newlines; null
 * when the text is kept whole (a span outside the text, or only empty lines left of a text that spans point into).
 */
function keptLines(listing: ProfileListing, entry: { start: number; end: number } | null): KeptLines | null {
  const { text } = listing;
  const lineStarts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
  const keep = new Uint8Array(lineStarts.length);
  // A statement without text is never quoted (see readSpans): its line is kept only if a span that is lies in it.
  const quoted = listing.statements.filter((st) => st.text !== '');
  if (!markLines(quoted, text.length, lineStarts, keep)) return null;
  if (!markLines(listing.concepts, text.length, lineStarts, keep)) return null;
  if (entry && !markLines([entry], text.length, lineStarts, keep)) return null;
  const parts: string[] = [];
  const shifts = new Int32Array(lineStarts.length);
  let at = 0;
  for (let i = 0; i < lineStarts.length; ) {
    if (keep[i] === 0) {
      i++;
      continue;
    }
    // A run of kept lines is one part: its lines and the newlines between them as they are.
    const from = lineStarts[i] as number;
    let j = i;
    while (j + 1 < lineStarts.length && keep[j + 1] === 1) j++;
    const to = j + 1 < lineStarts.length ? (lineStarts[j + 1] as number) - 1 : text.length;
    shifts.fill(at - from, i, j + 1);
    parts.push(text.slice(from, to));
    at += to - from + 1;
    i = j + 1;
  }
  const joined = parts.join('\n');
  if (joined === '' && parts.length > 0) return null;
  // A text kept only in part may have lost the characters that made it two bytes per character.
  const kept = WIDE.test(joined) ? joined : Buffer.from(joined, 'latin1').toString('latin1');
  return { text: kept, lineStarts, shifts };
}

// Marks the lines each span lies in; false when a span does not lie in the text.
function markLines(
  spans: readonly { start: number; end: number }[],
  length: number,
  lineStarts: readonly number[],
  keep: Uint8Array,
): boolean {
  for (const { start, end } of spans) {
    if (!(start >= 0 && end >= start && end <= length)) return false;
    const last = lineOf(lineStarts, end);
    for (let i = lineOf(lineStarts, start); i <= last; i++) keep[i] = 1;
  }
  return true;
}

// How far an offset of the text moves in the kept text (that of the line holding it).
function shiftOf(kept: KeptLines, offset: number): number {
  return kept.shifts[lineOf(kept.lineStarts, offset)] as number;
}

// The line holding an offset: the last line starting at or before it (a newline ends the line it closes).
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
