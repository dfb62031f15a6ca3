/**
 * The role profile: what `roleprint report` renders. The JSON renderer emits this object as is,
 * so its shape is the documented, versioned report schema (docs/report-schema.md).
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
  /** What the bullet is about: a skill bullet, a responsibility or a requirement (degree, licence, years). */
  kind: 'skill' | 'responsibility' | 'requirement';
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
  /** Lift against the other listings in the store: share here over (add-one smoothed) share there. */
  lift: number;
  /** Other listings in the store with a statement on the same two key words, and how many other listings there are. */
  background: { count: number; total: number };
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

/** What changed between two periods: the periods present, the two compared, and the significant changes. */
export interface Trends {
  by: 'quarter' | 'year' | 'range';
  /** Dated listings per period (or per explicit range). */
  periods: { period: string; count: number }[];
  /** The two sides compared (a side may pool several periods: "2017 – 2021"). */
  compared: { from: { period: string; count: number }; to: { period: string; count: number } };
  /** Listings without a date, left out of the comparison. */
  undated: number;
  /** A caution when the two sides come mostly from different sources; null otherwise. */
  note: string | null;
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
    /** Other listings the unique duties were compared against (null when there were none). */
    others: number | null;
  };
  /** One paragraph drawn from the numbers. */
  headline: string;
  /** The numbers behind the headline: share of skill mentions by broad kind (technical, people, business, domain). */
  composition: { kind: string; share: number; top?: string }[];
  /** Years of experience the listings ask for, where they state it. */
  experience: { listings: number; medianYears: number | null };
  themes: Theme[];
  /** Core responsibilities, merged across listings. */
  responsibilities: ProfileItem[];
  /** Core requirements (statements from requirement sections that are not single skills), merged across listings. */
  requirements: ProfileItem[];
  unique: UniqueDuty[];
  trends: Trends | null;
}
