/**
 * The role profile: what `roleprint report` renders. The JSON renderer emits this object as is,
 * so its shape is the documented, versioned report schema (docs/report-schema.md).
 * @module
 */

/** Bumped on any incompatible change to RoleProfile. */
export const PROFILE_SCHEMA_VERSION = 2;

/** A verbatim quote from one listing. */
export interface Evidence {
  listingId: string;
  quote: string;
}

/** A concept a line stands for: an ESCO skill (URI), an O*NET detailed work activity (`onet:dwa/…`) or a topic (`topic:…`). */
export interface ConceptRef {
  id: string;
  label: string;
  kind: 'skill' | 'activity' | 'topic';
}

/** One concept merged into a line, with its own prevalence: "Python 80% · SQL 61%". */
export interface LineMember {
  id: string;
  /** The member as shown ("Python"). */
  label: string;
  count: number;
  share: number;
}

/** One line of the profile: a concept (or a few merged ones) and how many listings say it, in any words. */
export interface ProfileItem {
  /** The line, written for its concept(s): never one listing's sentence (that stays in the evidence). */
  text: string;
  /** Distinct listings with a sentence linked to any of the line's concepts. */
  count: number;
  /** count / listings.count. */
  share: number;
  /** 95% Wilson interval of share. */
  ci: [number, number];
  /** A skill (knowledge, tool, competence), a duty (what the job holder does) or a qualification (degree, licence, years). */
  kind: 'skill' | 'duty' | 'qualification';
  /** The concepts the line counts. */
  concepts: ConceptRef[];
  /**
   * Each merged member with its own count and share, most listings first; one entry for a single-concept line.
   * Members with one name (an ESCO skill and an O*NET activity both called "Collaborate with others") are one entry.
   */
  members: LineMember[];
  evidence: Evidence[];
  /**
   * True when most roles say it about as often (communication, teamwork: see the shipped background): kept out of
   * the themes, the headline and the distinctive duties. Absent otherwise.
   */
  generic?: true;
}

/** A competency theme: lines (skills and duties) that go together across the listings. */
export interface Theme {
  /** Named from its dominant lines ("Hiring & mentoring"). */
  name: string;
  /** Mean pairwise association of the theme's lines (0–1: co-occurrence across listings and closeness in meaning). */
  coherence: number;
  items: ProfileItem[];
}

/** A rare but telling duty of the role: far more common here than in other roles, said by several employers. */
export interface UniqueDuty {
  /** Short topic name: "Data contract governance". */
  name: string;
  /** One line: "define and enforce data contracts with producer teams". */
  text: string;
  count: number;
  share: number;
  /** Distinct employers among the listings that say it. */
  employers: number;
  /**
   * What stood for "said by several employers": `employers` (distinct companies, at least 3) when most of the
   * selection's listings name their company; otherwise `distinct-wordings` (listings counted once per company, or,
   * without one, once per distinct sentence saying the duty; at least 5). `count` is the figure the rule tested.
   */
  diversity: { rule: 'employers' | 'distinct-wordings'; count: number };
  /** Share here over (add-one smoothed) share in the background of other roles. */
  lift: number;
  /** Background listings (other roles) that say it, and how many background listings there are. */
  background: { count: number; total: number };
  /** Share of bootstrap resamples of the role's listings in which it still clears every threshold. */
  stability: number;
  concepts: ConceptRef[];
  evidence: Evidence[];
}

/** One item that changed between two periods. */
export interface TrendItem {
  text: string;
  from: { period: string; count: number; share: number };
  to: { period: string; count: number; share: number };
  /** Two-proportion test p-value. */
  p: number;
  /** Benjamini–Hochberg adjusted p-value (q) across everything tested in the report. */
  q: number;
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
    /** Other listings the distinctive duties were compared against: the shipped background of other roles plus the store's. */
    others: number | null;
    /** Listings in another language than English, left out of `count` and of every line: analysis reads English. */
    otherLanguages: { language: string; count: number }[];
  };
  /** One paragraph drawn from the numbers. */
  headline: string;
  /** Years of experience the listings ask for, where they state it. */
  experience: { listings: number; medianYears: number | null };
  /** 4–7 competency themes, each mixing skill and duty lines (2–5 each). */
  themes: Theme[];
  /** Rare but telling duties. */
  distinctive: UniqueDuty[];
  trends: Trends | null;
  /** Every duty line common enough to report, most listings first. */
  responsibilities: ProfileItem[];
  /** Every skill line common enough to report, most listings first. */
  skills: ProfileItem[];
  /** Degrees, registrations and licences, and stated years of experience. */
  qualifications: ProfileItem[];
}
