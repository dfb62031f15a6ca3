/**
 * The concept layer: the trained sentence encoder, the catalog of concepts (ESCO skills, O*NET activities, corpus
 * topics) with nearest-concept search and calibrated probabilities, and the shipped background counts.
 * @module
 */

export type { ConceptKind } from './concept-catalog-file.ts';
export { type ConceptEncoder, readEncoder } from './concept-encoder.ts';
export { conceptFeatures } from './concept-features.ts';
export {
  type BackgroundCounts,
  type ConceptBackgroundFile,
  DEFAULT_BACKGROUND_PATH,
  loadConceptBackground,
} from './load-concept-background.ts';
export {
  type CatalogConcept,
  type ConceptCatalog,
  type ConceptScore,
  DEFAULT_CONCEPTS_DIR,
  loadConcepts,
  namesSubject,
  subjectStem,
  type TopicEntry,
} from './load-concepts.ts';
