/**
 * The analyze stage: turns one CleanListing into an AnalyzedListing through named components.
 * @module
 */
import { loadTaxonomy, type Taxonomy } from '../taxonomy/index.ts';
import { analyzerVersion } from './analyzer-version.ts';
import type { AnyAnalyzeComponent } from './component.ts';
import { loadRoles, type Roles, roleComponent } from './roles/index.ts';
import { sectionsComponent } from './sections/index.ts';
import { skillsComponent } from './skills/index.ts';
import { statementsComponent } from './statements/index.ts';

export type {
  AnalyzedListing,
  RoleMatch,
  Section,
  SectionKind,
  SkillMention,
  Statement,
} from './analyzed-listing.ts';
export type { AnalyzeComponent, AnalyzeDoc, AnalyzedField, AnyAnalyzeComponent } from './component.ts';
export { checkPipeline, createAnalyzer, type PipelineStep } from './pipeline.ts';
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
}

/**
 * The default components in order: sections, statements, skills, role.
 * @example
 * const names = (await defaultComponents()).map((c) => c.name);
 * assert.deepEqual(names, ['sections', 'statements', 'skills', 'role']);
 */
export async function defaultComponents(resources: AnalyzeResources = {}): Promise<AnyAnalyzeComponent[]> {
  const taxonomy = resources.taxonomy ?? loadTaxonomy();
  const roles = resources.roles ?? loadRoles();
  return [sectionsComponent(), statementsComponent(), skillsComponent(taxonomy), roleComponent(roles)];
}
