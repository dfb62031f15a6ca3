/**
 * The profile's view of an analyzed listing, as stored beside its analysis: the projection toProfileListing makes,
 * less the listing fields the store keeps in columns, written compactly (statements and links as arrays, a statement's
 * text and wording left out where they are a span of the kept text). A warm profile parses a view of a few kilobytes
 * instead of the listing's text and whole analysis; the profile it reads is the same.
 * @module
 */
import type { ConceptLink, Statement } from '../analyze/index.ts';
import type { ConceptLookup } from './concept-stats.ts';
import {
  type ProfileListing,
  type ProfilePool,
  type ProfileRole,
  pooled,
  pooledRole,
  profilePool,
  toProfileListing,
} from './profile-listing.ts';

/** The listing fields a view leaves to the store's columns. */
export type ViewHead = Pick<ProfileListing, 'id' | 'source' | 'company' | 'postedAt'>;

// A statement: section, text (null: the span of the kept text), start, end, wording (null: the text), years.
type ViewStatement = [Statement['section'], string | null, number, number, string | null, number | null];
// A link: id, score, start, end, section, how it was found, 1 when it names the concept's subject word.
type ViewLink = [string, number, number, number, ConceptLink['section'], ConceptLink['by'], 0 | 1];

/** A stored view: plain JSON. */
export interface ProfileView {
  text: string;
  language?: string;
  role: ProfileRole | null;
  statements: ViewStatement[];
  concepts: ViewLink[];
  entry: [number, number] | null;
}

/**
 * The view of an analyzed listing (its text, statements and links as toProfileListing keeps them).
 * @example
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:lead', kind: 'activity', label: 'Lead teams.' }]);
 * const full = fixtureListing('a', ['2024-01-02', 'cto'], [{ duty: 'Lead the team', concepts: ['dwa:lead'] }]);
 * const view = profileView(full, lookup);
 * assert.equal(view.text, 'Lead the team'); // the title line "Job a" holds nothing a profile reads
 * assert.deepEqual(view.statements, [['responsibilities', null, 0, 13, null, null]]);
 * assert.deepEqual(view.concepts, [['dwa:lead', 0.9, 0, 13, 'responsibilities', 'meaning', 0]]);
 */
export function profileView(full: ProfileListing, lookup: ConceptLookup): ProfileView {
  const small = toProfileListing(full, profilePool(), lookup);
  const { text } = small;
  return {
    text,
    ...(small.language === undefined ? {} : { language: small.language }),
    role: small.role,
    statements: small.statements.map((st) => {
      const own = text.slice(st.start, st.end) === st.text ? null : st.text;
      return [st.section, own, st.start, st.end, st.canonical === st.text ? null : st.canonical, st.years];
    }),
    concepts: small.concepts.map((c) => [c.id, c.score, c.start, c.end, c.section, c.by, c.named ? 1 : 0]),
    entry: small.entry ? [small.entry.start, small.entry.end] : null,
  };
}

/**
 * The listing a view was cut from, as toProfileListing gives it: the same fields in the same order, equal strings
 * and roles shared through `pool`.
 * @example
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * import { toProfileListing } from './profile-listing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:lead', kind: 'activity', label: 'Lead teams.' }]);
 * const full = fixtureListing('a', ['2024-01-02', 'cto'], [{ duty: 'Lead the team', concepts: ['dwa:lead'] }, { requirement: '5 years of Go', years: 5 }]);
 * const view = JSON.parse(JSON.stringify(profileView(full, lookup)));
 * const head = { id: full.id, source: full.source, company: full.company, postedAt: full.postedAt };
 * assert.deepEqual(fromProfileView(head, view), toProfileListing(full, undefined, lookup));
 */
export function fromProfileView(
  head: ViewHead,
  view: ProfileView,
  pool: ProfilePool = profilePool(),
): ProfileListing {
  const { text } = view;
  const statements = view.statements.map(([section, own, start, end, wording, years]): Statement => {
    const stText = own ?? text.slice(start, end);
    return { section: pooled(pool, section), text: stText, start, end, canonical: wording ?? stText, years };
  });
  const concepts = view.concepts.map(([id, score, start, end, section, by, named]): ConceptLink => {
    const link = {
      id: pooled(pool, id),
      score,
      start,
      end,
      section: pooled(pool, section),
      by: pooled(pool, by),
    };
    return named === 1 ? { ...link, named: true } : link;
  });
  return {
    id: head.id,
    source: pooled(pool, head.source),
    company: head.company === null ? null : pooled(pool, head.company),
    postedAt: head.postedAt === null ? null : pooled(pool, head.postedAt),
    ...(view.language === undefined ? {} : { language: pooled(pool, view.language) }),
    role: view.role ? pooledRole(view.role, pool) : null,
    text,
    statements,
    concepts,
    entry: view.entry && { start: view.entry[0], end: view.entry[1] },
  };
}
