/**
 * The analyze stage: turns one CleanListing into an AnalyzedListing through named components.
 * @module
 */
import {
  type ConceptCatalog,
  loadConcepts,
  loadTaxonomy,
  matchTopics,
  type Taxonomy,
} from '../taxonomy/index.ts';
import { analyzerVersion } from './analyzer-version.ts';
import type { AnyAnalyzeComponent } from './component.ts';
import { conceptsComponent } from './concepts/index.ts';
import { languageComponent } from './language/language-component.ts';
import { loadRoles, type Roles, roleComponent } from './roles/index.ts';
import { sectionsComponent } from './sections/index.ts';
import { skillsComponent } from './skills/index.ts';
import { statementsComponent } from './statements/index.ts';

export type {
  AnalyzedListing,
  ConceptLink,
  RoleMatch,
  Section,
  SectionKind,
  SkillMention,
  Statement,
} from './analyzed-listing.ts';
export {
  type AnalyzeComponent,
  type AnalyzeDoc,
  type AnalyzedField,
  type AnyAnalyzeComponent,
  ENGLISH_ONLY,
} from './component.ts';
export { type ConceptsOptions, conceptsComponent, dedupeLinks, type TopicMatcher } from './concepts/index.ts';
export { languageComponent } from './language/language-component.ts';
export { checkPipeline, createAnalyzer, type PipelineStep, readsLanguage } from './pipeline.ts';
export { sentenceAround, splitSentencesWithOffsets, type TextSentence } from './sentences.ts';

/**
 * Names the analysis a store caches per listing. It is derived from the analyzer's own code and data, so any change
 * to a component or its compiled data makes a warm store re-analyze instead of serving stale results.
 */
export const ANALYZER_VERSION: string = analyzerVersion();

/** Resources the default components need; loaded once per process unless given. */
export interface AnalyzeResources {
  taxonomy?: Taxonomy;
  roles?: Roles;
  concepts?: ConceptCatalog;
}

/**
 * The default components in order: language, sections, statements, skills, concepts, role.
 * @example
 * const names = (await defaultComponents()).map((c) => c.name);
 * assert.deepEqual(names, ['language', 'sections', 'statements', 'skills', 'concepts', 'role']);
 */
export async function defaultComponents(resources: AnalyzeResources = {}): Promise<AnyAnalyzeComponent[]> {
  const taxonomy = resources.taxonomy ?? loadTaxonomy();
  const roles = resources.roles ?? loadRoles();
  const concepts = resources.concepts ?? loadConcepts();
  return [
    languageComponent(),
    sectionsComponent(),
    statementsComponent(),
    skillsComponent(taxonomy),
    conceptsComponent(concepts, { matchTopics }),
    roleComponent(roles),
  ];
}
