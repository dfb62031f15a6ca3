/**
 * The taxonomy stage: the compiled ESCO/O*NET data, its loader and lookups, the curated aliases, and the
 * tokenizer and stemmer every matcher over it shares.
 * @module
 */
export { SKILL_ALIASES, type SkillAlias } from './aliases.ts';
export { ARTIFACT_FILE, ARTIFACT_VERSION, type TaxonomyArtifact } from './artifact.ts';
export { labelKey } from './label-key.ts';
export {
  type Concept,
  DEFAULT_TAXONOMY_PATH,
  type GroupRef,
  loadTaxonomy,
  type Taxonomy,
  type Tool,
} from './load-taxonomy.ts';
export { isStopWord, stemCached, stemToken, type Token, tokenize, wordNorms } from './tokenize.ts';
export { toolSlug } from './tool-slug.ts';
