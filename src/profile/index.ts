/**
 * The profile stage: many analyzed listings → one RoleProfile.
 * @module
 */

export { buildProfile, type ProfileOptions } from './build-profile.ts';
export { type CompareOptions, type ComparisonInput, compareProfiles, winning } from './compare-profiles.ts';
export {
  type ConceptBackground,
  type ConceptInfo,
  type ConceptLookup,
  type CountOptions,
  countedLinks,
} from './concept-stats.ts';
export type { StoreBackground } from './distinctive-duties.ts';
export { newcombeInterval } from './newcombe-interval.ts';
export {
  COMPARISON_SCHEMA_VERSION,
  type ComparedLine,
  type ComparedSide,
  type LineDifference,
  type LineShare,
  type RoleComparison,
} from './role-comparison.ts';
export type {
  ConceptRef,
  Evidence,
  LineMember,
  ProfileItem,
  RoleProfile,
  Theme,
  TrendItem,
  Trends,
  UniqueDuty,
} from './role-profile.ts';
export { PROFILE_SCHEMA_VERSION } from './role-profile.ts';
export { formatP, formatQ, percent, twoProportionP, wilsonInterval } from './stats.ts';
export type { DateRange } from './trends.ts';
