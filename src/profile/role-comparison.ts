/**
 * The comparison of two or more selections of listings: what `roleprint compare` renders. The JSON renderer emits
 * this object as is, so its shape is the documented, versioned compare schema (docs/compare-schema.md).
 * @module
 */
import type { ConceptRef, Evidence } from './role-profile.ts';

/** Bumped on any incompatible change to RoleComparison. */
export const COMPARISON_SCHEMA_VERSION = 1;

/** One selection compared: how it was chosen and what it holds. */
export interface ComparedSide {
  /** As shown in headings and tables ("Tech leadership", "Chief Technology Officer", "2019..2020"). */
  label: string;
  /** What chose it: a role slug, a source, a period `FROM..TO`, or a path read. */
  by: 'role' | 'source' | 'period' | 'path';
  value: string;
  /** The profile's role (the majority role of the listings; slug null when there is none). */
  role: { slug: string | null; label: string };
  listings: {
    count: number;
    sources: { source: string; count: number }[];
    dateRange: { from: string | null; to: string | null };
  };
}

/** A compared line's numbers on one side. */
export interface LineShare {
  /** Distinct listings of the side with a sentence linked to any of the line's concepts. */
  count: number;
  /** count / the side's listings. */
  share: number;
  /** 95% Wilson interval of share. */
  ci: [number, number];
  /** Whether the side's own profile lists the line (common enough there; see docs/report-schema.md, Lines). */
  inProfile: boolean;
  /** Up to 2 quotes from the side's profile for the line; empty when its profile does not report it. */
  evidence: Evidence[];
}

/** One side's share against the other's (two sides) or the other sides' pooled (three or more), with the test. */
export interface LineDifference {
  /** Index into `sides` of the side tested: with two sides, the one with the higher share. */
  side: number;
  /** Index of the side compared against, or null when it is all the other sides pooled (three or more sides). */
  against: number | null;
  /** share(side) − share(against, or of the other sides pooled), 4 decimals; negative only with three or more sides. */
  difference: number;
  /** 95% Newcombe (hybrid Wilson score) interval of the difference. */
  ci: [number, number];
  /** Two-sided pooled two-proportion z-test, 6 decimals. */
  p: number;
  /** Benjamini–Hochberg adjusted p across every test of the comparison (q ≥ p). */
  q: number;
}

/** A line compared across the sides: concepts matched by id, counted on every side. */
export interface ComparedLine {
  /** The line's text in the profile where it is most common. */
  text: string;
  kind: 'skill' | 'duty';
  /** Every concept of the profile lines matched into it (lines sharing a concept id are one compared line). */
  concepts: ConceptRef[];
  /** One entry per side, in the order of `sides`. */
  shares: LineShare[];
  /**
   * The tests of the line: one with two sides (the higher side against the other), one per side against the rest
   * with three or more; empty when too few listings say it to test.
   */
  tests: LineDifference[];
}

/** The whole comparison. */
export interface RoleComparison {
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  sides: ComparedSide[];
  /** Listings in more than one selection: the tests assume there are none. */
  overlap: number;
  /** One paragraph drawn from the numbers; names only significant differences. */
  headline: string;
  tests: {
    /** Tests run (one per tested line for two sides; one per line and side for three or more). */
    count: number;
    significant: number;
    /** A difference is significant when its q is below this. */
    alpha: number;
  };
  /** Lines every side's profile reports, by smallest share across sides desc. */
  shared: ComparedLine[];
  /** Per side, in the order of `sides`: lines significantly more common there (q < alpha), by difference desc. */
  distinctive: { side: number; lines: ComparedLine[] }[];
}
