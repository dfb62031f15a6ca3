/**
 * The on-disk shape of the compiled taxonomy (data/taxonomy/taxonomy.json.gz), written by scripts/build-taxonomy.ts.
 * Column arrays (one entry per concept) keep it small and fast to parse.
 * @module
 */

/** Bumped whenever the layout changes; the loader refuses other versions. */
export const ARTIFACT_VERSION = 1;

/** File name of the compiled taxonomy under data/taxonomy/. */
export const ARTIFACT_FILE = 'taxonomy.json.gz';

/** The compiled taxonomy as stored. Index i of every `concepts` column describes concept i. */
export interface TaxonomyArtifact {
  format: 'roleprint-taxonomy';
  version: number;
  /** Where the data came from, for NOTICE and `--version` style output. */
  sources: { esco: string; onet: string };
  concepts: {
    /** ESCO concept URI, or `roleprint:tool/<slug>` for an O*NET tool without an ESCO concept. */
    uri: string[];
    /** ESCO preferred label, or the tool's O*NET name. */
    label: string[];
    /** `skill/competence`, `knowledge` or `tool` (ESCO leaves a few skills untyped: ''). */
    type: string[];
    /** ESCO reuse level (`transversal`, `cross-sector`, `sector-specific`, `occupation-specific`), '' for tools. */
    reuse: string[];
    /** Alternative labels, joined by newlines. */
    alt: string[];
    /** ESCO hidden labels (misspellings, old names), joined by newlines. */
    hidden: string[];
    description: string[];
    /** Broader parents: a group index (>= 0) or a broader concept as -(conceptIndex + 1). */
    parents: number[][];
  };
  /** ESCO skill groups (and O*NET commodity categories as `roleprint:commodity/<code>` groups for tools). */
  groups: {
    uri: string[];
    label: string[];
    /** Index of the broader group, -1 at the top. */
    parent: number[];
  };
  /** O*NET Technology Skills and Tools Used examples, one row per distinct name. */
  tools: {
    name: string[];
    /** Index into groups of the tool's UNSPSC commodity. */
    commodity: number[];
    /** 1 when O*NET flags it as a hot technology for any occupation. */
    hot: number[];
    /** `software` (Technology Skills) or `physical` (Tools Used). */
    kind: string[];
    /** How many O*NET occupations list it: a popularity prior. */
    occupations: number[];
    /** The concept the tool belongs to (an ESCO concept when one matched, else its own tool concept). */
    concept: number[];
  };
  /** ESCO skill–skill relations as flat triples [from, to, essential ? 1 : 0]. */
  relations: number[];
}
