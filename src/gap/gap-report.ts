/**
 * The gap report: a résumé against a role profile, line by line. The JSON renderer emits this object as is.
 * @module
 */
import type { ConceptRef, Evidence, RoleProfile } from '../profile/index.ts';
import type { ResumeSectionKind, SkillYears } from '../resume/index.ts';

/** Bumped on any incompatible change to GapReport. */
export const GAP_SCHEMA_VERSION = 1;

/** covered: a résumé sentence links to one of the line's concepts; near: to a related one; missing: neither. */
export type GapStatus = 'covered' | 'near' | 'missing';

/** How a résumé concept relates to a line's concept when the line is only near. */
export type GapRelationKind = 'weak' | 'broader' | 'narrower' | 'same-group' | 'similar' | 'fewer-years';

/** The résumé sentence that shows a line (covered) or a related concept (near). */
export interface ResumeEvidence {
  /** The résumé's concept: the line's own (covered) or the related one (near). */
  concept: { id: string; label: string };
  /** The sentence, verbatim from the cleaned résumé (clipped to 300 characters). */
  line: string;
  section: ResumeSectionKind;
  /** Calibrated probability that the sentence expresses the concept. */
  score: number;
  /** Years with the concept, where the résumé's dates or stated durations show them. */
  years: number | null;
}

/** Why a near line is near. */
export interface GapRelation {
  kind: GapRelationKind;
  /**
   * "said in other words (link score 0.31)" (weak: the line's own concept, linked below the covered threshold),
   * "same ESCO group …", "broader: …", "close in meaning (cosine 0.62): …".
   */
  text: string;
  /** Cosine between the two concepts' prototypes, 3 decimals (1 for a weak link to the line's own concept). */
  similarity: number;
}

/** One profile line, marked. */
export interface GapLine {
  text: string;
  kind: 'skill' | 'duty' | 'qualification' | 'distinctive';
  /** The competency theme the line sits in, when it is in one. */
  theme: string | null;
  count: number;
  /** Share of the role's listings that say it: the line's weight in the score. */
  share: number;
  status: GapStatus;
  concepts: ConceptRef[];
  /** The résumé side: null when missing. */
  resume: ResumeEvidence | null;
  /** Near lines only. */
  relation: GapRelation | null;
  /** Points the line is worth in the score when covered (its weight over all lines' weights × 100), 1 decimal. */
  points: number;
  /** Points the score would gain were the line shown (covered), 1 decimal. */
  gain: number;
  /** Listing quotes that carry the line (up to 2). */
  evidence: Evidence[];
}

/** A résumé concept the profile does not ask for. */
export interface BeyondItem {
  id: string;
  label: string;
  /** Résumé sentences linked to it. */
  sentences: number;
  line: string;
}

/** The whole report. */
export interface GapReport {
  schemaVersion: typeof GAP_SCHEMA_VERSION;
  resume: {
    id: string;
    source: string;
    sections: ResumeSectionKind[];
    /** Jobs read from the experience sections, with dates where visible. */
    roles: { title: string | null; employer: string | null; from: string | null; to: string | null }[];
    /** Distinct concepts the résumé shows (links at or above the threshold). */
    concepts: number;
  };
  role: RoleProfile['role'];
  listings: { count: number; sources: { source: string; count: number }[] };
  /** 0–100. */
  score: number;
  /** One sentence on how the score is computed. */
  method: string;
  /** One sentence drawn from the counts. */
  headline: string;
  counts: { covered: number; near: number; missing: number };
  /** Every line, by share desc, then text. */
  lines: GapLine[];
  /** The three missing or near lines whose showing would raise the score most. */
  changes: GapLine[];
  /** What the résumé offers beyond the role: its most frequent concepts in no profile line, at most 8. */
  beyond: BeyondItem[];
  years: SkillYears[];
}
