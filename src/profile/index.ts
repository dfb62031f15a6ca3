/**
 * The profile stage: many analyzed listings → one RoleProfile.
 * @module
 */

export { buildProfile, type ProfileOptions } from './build-profile.ts';
export { buildCorpusStats, type CorpusStats } from './corpus-stats.ts';
export type { SkillGroupLookup } from './group-themes.ts';
export type {
  Evidence,
  ProfileItem,
  RoleProfile,
  Theme,
  TrendItem,
  Trends,
  UniqueDuty,
} from './role-profile.ts';
export { PROFILE_SCHEMA_VERSION } from './role-profile.ts';
export { formatP, twoProportionP, wilsonInterval } from './stats.ts';
export type { DateRange } from './trends.ts';
