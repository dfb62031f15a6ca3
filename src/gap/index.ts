/**
 * The gap stage: a résumé against a role profile (covered, near, missing lines; a fit score; what would raise it).
 * @module
 */
export { computeGap, GAP_METHOD, type GapCatalog, type GapOptions } from './compute-gap.ts';
export {
  type BeyondItem,
  GAP_SCHEMA_VERSION,
  type GapLine,
  type GapRelation,
  type GapRelationKind,
  type GapReport,
  type GapStatus,
  type ResumeEvidence,
} from './gap-report.ts';
export { datedYears, qualificationEvidence } from './qualification-evidence.ts';
