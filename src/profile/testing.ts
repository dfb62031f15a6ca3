/**
 * Hand-built AnalyzedListing fixtures for the profile and report tests' edge cases (real data is used elsewhere).
 * @module
 */
import type { AnalyzedListing, ConceptLink, SkillMention, Statement } from '../analyze/index.ts';

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
  meta: [postedAt: string | null, role?: string, source?: string],
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
  const [postedAt, role, source] = meta;
  return {
    id,
    key: `fixture#${id}`,
    source: source ?? 'fixture/listings.jsonl',
    recordKey: id,
    locator: `record ${id}`,
    title: role ?? null,
    titles: role ? [role] : [],
    company: null,
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
