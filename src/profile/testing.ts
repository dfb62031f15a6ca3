/**
 * Hand-built AnalyzedListing fixtures for the profile and report tests' edge cases (real data is used elsewhere).
 * @module
 */
import type { AnalyzedListing, ConceptLink, SkillMention, Statement } from '../analyze/index.ts';
import type { ComparisonInput } from './compare-profiles.ts';
import type { ConceptInfo, ConceptLookup } from './concept-stats.ts';
import { PROFILE_SCHEMA_VERSION, type ProfileItem, type RoleProfile } from './role-profile.ts';

/** A statement or a skill to place in a fixture listing. */
export interface FixturePart {
  duty?: string;
  requirement?: string;
  skill?: { uri: string; label: string; type?: string; surface: string; lead?: string };
  years?: number;
  /** Concepts the part's sentence links to (score 0.9 unless given). */
  concepts?: (string | { id: string; score: number; by?: 'meaning' | 'phrase' })[];
}

/**
 * Builds an AnalyzedListing whose text holds each part on its own line, with offsets that point at it.
 * @example
 * const l = fixtureListing('a1', ['2024-01-02'], [{ duty: 'Lead the team' }]);
 * assert.equal(l.text.slice(l.statements[0].start, l.statements[0].end), 'Lead the team');
 */
export function fixtureListing(
  id: string,
  meta: [postedAt: string | null, role?: string, source?: string, company?: string],
  parts: FixturePart[],
): AnalyzedListing {
  let text = `Job ${id}\n`;
  const statements: Statement[] = [];
  const skills: SkillMention[] = [];
  const concepts: ConceptLink[] = [];
  for (const p of parts) {
    const lineStart = text.length;
    if (p.duty ?? p.requirement) {
      const s = (p.duty ?? p.requirement) as string;
      const start = text.length;
      text += `${s}\n`;
      statements.push({
        section: p.duty ? 'responsibilities' : 'requirements',
        text: s,
        start,
        end: start + s.length,
        canonical: s,
        years: p.years ?? null,
      });
    }
    if (p.skill) {
      const line = `${p.skill.lead ?? 'Experience with'} ${p.skill.surface}.`;
      const start = text.length + line.indexOf(p.skill.surface);
      text += `${line}\n`;
      skills.push({
        uri: p.skill.uri,
        label: p.skill.label,
        type: p.skill.type ?? 'knowledge',
        score: 0.9,
        need: 'required',
        spans: [{ start, end: start + p.skill.surface.length, text: p.skill.surface }],
      });
    }
    for (const c of p.concepts ?? []) {
      const { id: cid, score, by } = typeof c === 'string' ? { id: c, score: 0.9, by: undefined } : c;
      concepts.push({
        id: cid,
        score,
        start: lineStart,
        end: text.length - 1,
        section: p.duty ? 'responsibilities' : 'requirements',
        by: by ?? 'meaning',
      });
    }
  }
  const [postedAt, role, source, company] = meta;
  return {
    id,
    key: `fixture#${id}`,
    source: source ?? 'fixture/listings.jsonl',
    recordKey: id,
    locator: `record ${id}`,
    title: role ?? null,
    titles: role ? [role] : [],
    company: company ?? null,
    location: null,
    url: null,
    postedAt,
    remote: null,
    salary: null,
    meta: {},
    text,
    contentHash: id,
    sections: [],
    statements,
    skills,
    concepts,
    role: role
      ? {
          role,
          label: role.toUpperCase(),
          seniority: null,
          onetSoc: null,
          escoOccupation: null,
          confidence: 1,
        }
      : null,
  };
}

/**
 * A concept catalog of the given concepts; closeness in meaning is 1 for a concept with itself, else `similarity`'s
 * (0 unless given); a concept's subject word is `subjects`' entry for it.
 * @example
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }], () => 0.2, { 'dwa:recruit': 'personnel' });
 * assert.equal(lookup.get('dwa:recruit')?.label, 'Recruit personnel.');
 * assert.equal(lookup.similarity('dwa:recruit', 'dwa:budget'), 0.2);
 * assert.equal(lookup.subject?.('dwa:recruit'), 'personnel');
 */
export function fixtureLookup(
  infos: readonly ConceptInfo[],
  similarity: (a: string, b: string) => number = () => 0,
  subjects: Readonly<Record<string, string>> = {},
): ConceptLookup {
  const byId = new Map(infos.map((i) => [i.id, i]));
  return {
    get: (id) => byId.get(id),
    similarity: (a, b) => (a === b ? 1 : similarity(a, b)),
    subject: (id) => subjects[id],
  };
}

/**
 * A profile line as a profile reports it, said by `count` listings, one quote as evidence.
 * @example
 * assert.deepEqual(fixtureItem('Python', ['py'], 8).concepts, [{ id: 'py', label: 'Python', kind: 'skill' }]);
 */
export function fixtureItem(
  text: string,
  ids: string[],
  count: number,
  kind: ProfileItem['kind'] = 'skill',
): ProfileItem {
  return {
    text,
    count,
    share: 0,
    ci: [0, 0],
    kind,
    concepts: ids.map((id) => ({ id, label: text, kind: 'skill' as const })),
    members: [],
    evidence: [{ listingId: `ev-${text}`, quote: `We need ${text}.` }],
  };
}

/**
 * A profile of n listings from one source whose only lines are the given skills.
 * @example
 * assert.equal(fixtureProfile('A', 10, []).listings.count, 10);
 */
export function fixtureProfile(label: string, n: number, skills: ProfileItem[]): RoleProfile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    role: { slug: null, label, onetSoc: null, escoOccupation: null },
    listings: {
      count: n,
      sources: [{ source: `${label}.csv`, count: n }],
      dateRange: { from: null, to: null },
      others: null,
      otherLanguages: [],
    },
    headline: '',
    experience: { listings: 0, medianYears: null },
    themes: [],
    distinctive: [],
    trends: null,
    responsibilities: [],
    skills,
    qualifications: [],
  };
}

/**
 * One side of a comparison: n listings (ids `<label>000`…), the first `said[c]` of which say concept c, and a profile
 * reporting `skills`.
 * @example
 * const a = fixtureSide('A', 3, [], { py: 2 });
 * assert.deepEqual(a.listings.map((l) => l.concepts), [['py'], ['py'], []]);
 */
export function fixtureSide(
  label: string,
  n: number,
  skills: ProfileItem[],
  said: Record<string, number>,
): ComparisonInput {
  return {
    label,
    by: 'path',
    value: label,
    profile: fixtureProfile(label, n, skills),
    listings: fixtureSaid(label, n, said),
  };
}

/**
 * n listings (ids `<prefix>000`…) with the concepts they say: the first `said[c]` say concept c.
 * @example
 * assert.deepEqual(fixtureSaid('B', 2, { sql: 1 }), [{ id: 'B000', concepts: ['sql'] }, { id: 'B001', concepts: [] }]);
 */
export function fixtureSaid(
  prefix: string,
  n: number,
  said: Record<string, number>,
): ComparisonInput['listings'] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(3, '0')}`,
    concepts: Object.entries(said)
      .filter(([, k]) => i < k)
      .map(([c]) => c),
  }));
}
