/**
 * What profiling needs from the taxonomy (the concept catalog is cached per process).
 * @module
 */
import type { ConceptBackground, ConceptLookup } from '../profile/index.ts';
import { loadConceptBackground, loadConcepts } from '../taxonomy/index.ts';

/**
 * What profiling needs from the taxonomy: the concept catalog (as the profile sees it) and the shipped background
 * of concept counts over many roles.
 * @example
 * const { concepts } = profileDeps();
 * assert.equal(concepts.get('onet:dwa/4.A.4.b.4.I09.D02')?.kind, 'activity');
 */
export function profileDeps(): { concepts: ConceptLookup; conceptBackground: ConceptBackground } {
  const catalog = loadConcepts();
  return { concepts: catalog, conceptBackground: loadConceptBackground() };
}
