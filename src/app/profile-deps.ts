/**
 * What profiling needs from the taxonomy (the concept catalog is cached per process).
 * @module
 */
import type { ConceptBackground, ConceptInfo, ConceptLookup } from '../profile/index.ts';
import { type ConceptCatalog, loadConceptBackground, loadConcepts } from '../taxonomy/index.ts';

/**
 * What profiling needs from the taxonomy: the concept catalog (as the profile sees it) and the shipped background
 * of concept counts over many roles.
 * @example
 * const { concepts } = profileDeps();
 * assert.equal(concepts.get('onet:dwa/4.A.4.b.4.I09.D02')?.kind, 'activity');
 * assert.equal(concepts.get('onet:dwa/4.A.4.b.4.I09.D02'), concepts.get('onet:dwa/4.A.4.b.4.I09.D02'));
 */
export function profileDeps(): { concepts: ConceptLookup; conceptBackground: ConceptBackground } {
  return { concepts: rememberingLookup(loadConcepts()), conceptBackground: loadConceptBackground() };
}

const lookups = new WeakMap<ConceptCatalog, ConceptLookup>();

// The catalog as the profile sees it, each concept's entry remembered: a profile asks for the entry of every link of
// every listing (a million asks for 23,000 nurses), and the catalog builds a skill's entry anew from the taxonomy
// each time. The catalog holds some tens of thousands of concepts, so the memory is bounded.
function rememberingLookup(catalog: ConceptCatalog): ConceptLookup {
  const hit = lookups.get(catalog);
  if (hit) return hit;
  const known = new Map<string, ConceptInfo | undefined>();
  const lookup: ConceptLookup = {
    get(id) {
      if (known.has(id)) return known.get(id);
      const info = catalog.get(id);
      known.set(id, info);
      return info;
    },
    similarity: (a, b) => catalog.similarity(a, b),
    subject: (id) => catalog.subject(id),
    textSimilarity: (a, b) => catalog.textSimilarity(a, b),
  };
  lookups.set(catalog, lookup);
  return lookup;
}
