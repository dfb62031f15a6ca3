/**
 * The on-disk shape of the concept catalog (data/models/concept-encoder/catalog.json.gz + prototypes.i8.gz),
 * written by scripts/build-concepts.ts.
 * @module
 */

/** Bumped whenever the layout changes; the loader refuses other versions. */
export const CATALOG_VERSION = 1;

/** What a concept is: an ESCO skill or knowledge item, an O*NET detailed work activity, or a corpus topic. */
export type ConceptKind = 'skill' | 'activity' | 'topic';

/** Platt scaling of a cosine: p = 1 / (1 + exp(-(a · cosine + b))). */
export interface Platt {
  a: number;
  b: number;
}

/** The catalog as stored: column arrays, one entry per concept, in prototype row order. */
export interface CatalogFile {
  format: 'roleprint-concept-catalog';
  version: number;
  dim: number;
  /** Per kind: the Platt scaling fitted for it, and what it was fitted on. */
  calibration: Record<ConceptKind, Platt & { fittedOn: string }>;
  concepts: {
    id: string[];
    kind: ConceptKind[];
    label: string[];
    /** IWA id (`onet:iwa/…`) for DWAs, nearest ESCO group or broader skill URI for skills, '' when none. */
    broaderId: string[];
    broaderLabel: string[];
  };
  /** int8 scale of each prototype row. */
  scales: number[];
}
