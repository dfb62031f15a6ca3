/**
 * The analyze component that writes a listing's skills from its text and sections.
 * @module
 */
import type { Taxonomy } from '../../taxonomy/index.ts';
import type { Section, SkillMention } from '../analyzed-listing.ts';
import { type AnalyzeComponent, ENGLISH_ONLY } from '../component.ts';
import { extractSkills, type SkillCandidate } from './extract-skills.ts';

/**
 * Re-ranks or adds to the literal skills of one text: the seam for sentence-level ranking
 * (e.g. one built on `rankListingSkills` from ./rank/).
 */
export type SkillMentionRanker = (
  text: string,
  literal: SkillMention[],
  sections?: readonly Section[],
) => SkillMention[];

/**
 * The "skills" component: reads text and sections, writes skills (benefits, about, legal and apply text ignored).
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const c = skillsComponent(loadTaxonomy());
 * assert.deepEqual([c.name, c.reads, c.writes], ['skills', ['text', 'sections'], ['skills']]);
 */
export function skillsComponent(
  taxonomy: Taxonomy,
  options: { ranker?: SkillMentionRanker; minScore?: number } = {},
): AnalyzeComponent<'skills'> {
  return {
    name: 'skills',
    reads: ['text', 'sections'],
    writes: ['skills'],
    languages: ENGLISH_ONLY,
    run(doc) {
      const sections = doc.sections ?? [];
      const literal = extractSkills(doc.text, { taxonomy, sections, minScore: options.minScore ?? 0 });
      return { skills: options.ranker ? options.ranker(doc.text, literal, sections) : literal };
    },
  };
}

export type { SkillCandidate };
