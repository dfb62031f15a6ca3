/**
 * The role profile: what `roleprint report` renders. The JSON renderer emits this object as is,
 * so its shape is the documented, versioned report schema.
 * @module
 */

/** Bumped on any incompatible change to RoleProfile. */
export const PROFILE_SCHEMA_VERSION = 1;

/** A verbatim quote from one listing. */
export interface Evidence {
  listingId: string;
  quote: string;
}

/** One bullet of the profile. */
export interface ProfileItem {
  /** The canonical phrasing, chosen from or composed of the listings' own statements. */
  text: string;
  /** Distinct listings that say it. */
  count: number;
  /** count / listings.count. */
  share: number;
  /** 95% Wilson interval of share. */
  ci: [number, number];
  /** What the bullet is about: a skill bullet or a responsibility. */
  kind: 'skill' | 'responsibility';
  /** ESCO URIs (or roleprint: tool ids) the bullet merges, for skill bullets. */
  skills: { uri: string; label: string }[];
  evidence: Evidence[];
}

/** A named group of bullets ("Technical Leadership & Strategy"). */
export interface Theme {
  name: string;
  items: ProfileItem[];
}

/** A rare but distinctive duty. */
export interface UniqueDuty {
  /** Short name: "M&A tech due diligence". */
  name: string;
  /** One line: "lead technology evaluations during acquisitions". */
  text: string;
  count: number;
  /** Lift against the other listings in the store. */
  lift: number;
  evidence: Evidence[];
}

/** One item that changed between two periods. */
export interface TrendItem {
  text: string;
  from: { period: string; count: number; share: number };
  to: { period: string; count: number; share: number };
  /** Two-proportion test p-value. */
  p: number;
  direction: 'rising' | 'falling';
}

export interface Trends {
  by: 'quarter' | 'year' | 'range';
  periods: { period: string; count: number }[];
  rising: TrendItem[];
  falling: TrendItem[];
}

/** The whole profile for one role over a set of listings. */
export interface RoleProfile {
  schemaVersion: typeof PROFILE_SCHEMA_VERSION;
  role: { slug: string | null; label: string; onetSoc: string | null; escoOccupation: string | null };
  listings: {
    count: number;
    sources: { source: string; count: number }[];
    dateRange: { from: string | null; to: string | null };
  };
  /** One paragraph drawn from the numbers. */
  headline: string;
  themes: Theme[];
  /** Core responsibilities, merged across listings. */
  responsibilities: ProfileItem[];
  unique: UniqueDuty[];
  trends: Trends | null;
}
