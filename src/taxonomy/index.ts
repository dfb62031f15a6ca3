/**
 * The taxonomy stage: the compiled ESCO/O*NET data, its loader and lookups, the curated aliases, and the
 * tokenizer and stemmer every matcher over it shares.
 * @module
 */
export { SKILL_ALIASES, type SkillAlias } from './aliases.ts';
export { ARTIFACT_FILE, ARTIFACT_VERSION, type TaxonomyArtifact } from './artifact.ts';
export {
  type CatalogConcept,
  type ConceptBackgroundFile,
  type ConceptCatalog,
  type ConceptEncoder,
  type ConceptKind,
  type ConceptScore,
  DEFAULT_CONCEPTS_DIR,
  loadConceptBackground,
  loadConcepts,
  namesSubject,
  readEncoder,
  subjectStem,
} from './concepts/index.ts';
export { labelKey } from './label-key.ts';
export { competenceVerbs } from './label-verbs.ts';
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
export { isNamedTopic, loadTopics, matchTopics, type Topic, type TopicMatch, topicKey } from './topics.ts';
