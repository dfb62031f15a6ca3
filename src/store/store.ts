/**
 * The Store: what roleprint keeps between runs (listings, every record read, per-listing analyses),
 * one interface over SQLite and PostgreSQL.
 * @module
 */
import type { RoleMatch } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';

/** What became of one record read from an input file. */
export type RecordStatus = 'accepted' | 'duplicate' | 'rejected';

/** One record ever read, with its outcome; re-reading a record with a stored id counts it with this status. */
export interface StoredRecord {
  /** Record identity: `${source}#${recordKey}` (plus `~n` for the n-th repeat of a key in a file), or `${source}@${locator}` when the key is unknown. */
  id: string;
  source: string;
  recordKey: string | null;
  locator: string;
  status: RecordStatus;
  /** The listing it became (accepted) or the canonical listing it repeats (duplicate); null when rejected. */
  listingId: string | null;
  /** For duplicates: whether the normalized text was identical. Null otherwise. */
  exact: boolean | null;
  /** For duplicates: the deduper's similarity to the canonical (0..1). Null otherwise. */
  similarity: number | null;
  /** For rejections: why, in words a user can act on. Null otherwise. */
  reason: string | null;
  /** The record's posting date when it was read as a listing (a repost's date). */
  postedAt: string | null;
}

/** A canonical listing as written: the CleanListing plus its dedupe signature. */
export interface NewListing {
  listing: CleanListing;
  /** The deduper's signature (MinHash values or similar), kept so a later run can seed the deduper. */
  signature: number[];
}

/** One transaction's worth of ingest output; records in read order, listings in acceptance order. */
export interface WriteBatch {
  records: StoredRecord[];
  listings: NewListing[];
}

/** What the deduper needs to know about a canonical listing already stored. */
export interface StoredDedupeEntry {
  id: string;
  company: string | null;
  title: string | null;
  contentHash: string;
  signature: number[];
}

/** The per-listing analysis (sections, statements, skills, role …) as JSON; `role.role` is indexed for filtering. */
export interface ListingAnalysis {
  role?: RoleMatch | null;
  [field: string]: unknown;
}

/** One analysis to store: the listing it belongs to and the analyzer version that produced it. */
export interface AnalysisInput {
  id: string;
  version: string;
  analysis: ListingAnalysis;
  /** The concepts the listing says (stored as rows beside the analysis, for counting in SQL); see ConceptRow. */
  concepts?: ConceptRow[];
  /** The profile's view of the analysis, stored beside it (see ProfileViewInput). */
  view?: { version: string; value: unknown };
}

/**
 * The profile stage's view of one stored analysis: the little of the listing and its analysis a profile reads, cut
 * once so that a warm profile reads it instead of the whole text and analysis. `viewVersion` names the code that cut
 * it: a view of another one is stale, and read as missing.
 */
export interface ProfileViewInput {
  id: string;
  /** The analyzer version of the analysis it is a view of. */
  version: string;
  viewVersion: string;
  view: unknown;
}

/**
 * An analyzed listing as a profile reads it: the listing fields a profile counts and its view, or, where the view is
 * missing or stale, the text and analysis to cut one from.
 */
export type StoredProfileView = Pick<StoredListing, 'id' | 'source' | 'company' | 'postedAt'> &
  ({ view: object } | { view: null; text: string; analysis: ListingAnalysis });

/** One concept a listing says, with where it says it: the strongest counted link of that concept in the listing. */
export interface ConceptRow {
  /** Concept id: ESCO URI, `onet:dwa/…` or `topic:…`. */
  concept: string;
  /** The concept's kind in the catalog (`skill`, `activity`, `topic`). */
  kind: string;
  /** Whether the listing requires or prefers it (from the section it is said in), else null. */
  need: 'required' | 'preferred' | null;
  section: string;
  score: number;
  /** The sentence carrying it: UTF-16 offsets into the listing's clean text. */
  start: number;
  end: number;
}

/** The concept rows of one stored analysis. */
export interface ConceptRowsInput {
  id: string;
  version: string;
  rows: ConceptRow[];
}

/** A listing's role as its titles normalize under one analyzer version (null: none matched). */
export interface RoleInput {
  id: string;
  version: string;
  role: string | null;
}

/** How many listings of a scope are analyzed, and how many of them say each concept. */
export interface ConceptCounts {
  listings: number;
  concepts: Map<string, number>;
}

/** A canonical listing read back from the store. */
export interface StoredListing extends CleanListing {
  /** How many later records were judged reposts (duplicates) of this listing. */
  repostCount: number;
  /** The reposts' posting dates, sorted ascending (unknown dates left out, repeats kept). */
  repostDates: string[];
  /** The analysis of `filter.analysisVersion`, when asked for and present. */
  analysis?: ListingAnalysis;
}

/** Which listings a query covers; every field narrows, all are optional. */
export interface ListingFilter {
  ids?: string[];
  sources?: string[];
  /** Earliest posting date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (compared on the common prefix). */
  since?: string;
  /** Latest posting date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (compared on the common prefix). */
  until?: string;
  /** Role slug (`cto`), matched against the listings' stored roles (see Store.putRoles). */
  role?: string;
  /** Analyzer version: attach that analysis to each listing, and restrict `role` to it. */
  analysisVersion?: string;
  /** Leaves out listings whose content hash starts with one of these prefixes (all of one length). */
  contentHashNotIn?: readonly string[];
  /** Only listings whose content hash starts with one of these prefixes (all of one length). */
  contentHashIn?: readonly string[];
  /** Only listings without a stored role of this analyzer version. */
  roleMissing?: string;
  /** Only listings without an analysis of this analyzer version. */
  analysisMissing?: string;
  /** Only listings whose analysis of `analysisVersion` has no concept rows yet (stored before rows existed). */
  conceptRowsMissing?: true;
}

/** Read/accepted/duplicates/rejected for one source (or the total). */
export interface SourceCounts {
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

/** The earliest and latest posting date of the listings a filter covers (null when none has a date). */
export interface DateRange {
  min: string | null;
  max: string | null;
}

/** The one storage interface; `openStore()` returns the SQLite or PostgreSQL implementation. */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Where the data lives, for messages (a file path, or the URL without its password). */
  readonly location: string;
  /** The schema version the database is at. */
  schemaVersion(): Promise<number>;
  /** The stored records among `ids` (record identities), keyed by id. */
  recordStatuses(ids: string[]): Promise<Map<string, StoredRecord>>;
  /** Every canonical listing's dedupe entry, in the order they were accepted. */
  dedupeEntries(): AsyncIterable<StoredDedupeEntry>;
  /**
   * Waits until no other roleprint writes to this store (an ingest holds it from start to end, so two ingests at
   * once end as if run one after the other); resolves to the function that releases it.
   */
  lockWrites(): Promise<() => Promise<void>>;
  /** Writes one batch atomically and recomputes the repost count and dates of every canonical it touches. */
  writeBatch(batch: WriteBatch): Promise<void>;
  /** Inserts or replaces analyses (one transaction), with their roles and, when given, their concept rows. */
  putAnalyses(items: AnalysisInput[]): Promise<void>;
  /** Inserts or replaces listings' roles (one transaction). */
  putRoles(items: RoleInput[]): Promise<void>;
  /** Replaces the concept rows of stored analyses (one transaction). */
  putConceptRows(items: ConceptRowsInput[]): Promise<void>;
  /** Stores the profile's views of stored analyses (one transaction); a view of no stored analysis is dropped. */
  putProfileViews(items: ProfileViewInput[]): Promise<void>;
  /**
   * Deletes the analyses, roles and concept rows of every analyzer version but `version` (one transaction): reports
   * read only the current version, and without this each upgrade would keep a full copy. Resolves to the analyses
   * deleted.
   */
  dropOtherVersions(version: string): Promise<number>;
  /**
   * Concept counts over the listings with an analysis (and concept rows) of `version` that match the filter, or with
   * `outside`, those of `scope` (default: all) that do not: the store's part of the distinctive-duty background.
   */
  conceptCounts(
    version: string,
    filter?: ListingFilter,
    options?: { outside?: boolean; scope?: ListingFilter },
  ): Promise<ConceptCounts>;
  /** Canonical listings matching the filter, in id order, streamed in pages. */
  listings(filter?: ListingFilter): AsyncIterable<StoredListing>;
  /** The analyses of one analyzer version for listings matching the filter (its `role` read from that version), in id order. */
  analyses(version: string, filter?: ListingFilter): AsyncIterable<AnalysisInput>;
  /**
   * The analyzed listings matching the filter (its `role` read from `version`), in id order, each with its view of
   * `viewVersion`, or its text and analysis where that view is missing (`staleOnly`: only those).
   */
  profileViews(
    version: string,
    viewVersion: string,
    filter?: ListingFilter,
    options?: { staleOnly?: boolean },
  ): AsyncIterable<StoredProfileView>;
  /** Every record read from the given sources (all when omitted), in id order. */
  records(sources?: string[]): AsyncIterable<StoredRecord>;
  /** Listings per source for the filter, sorted by source. */
  countsBySource(filter?: ListingFilter): Promise<{ source: string; listings: number }[]>;
  /** Read/accepted/duplicates/rejected per source from the records table, sources sorted. */
  recordCounts(sources?: string[]): Promise<Record<string, SourceCounts>>;
  /** Earliest and latest posting date for the filter. */
  dateRange(filter?: ListingFilter): Promise<DateRange>;
  /** Every table's rows in primary-key order, one JSON line each (`["table",{column:value…}]`): equal dumps mean equal databases. */
  dump(): AsyncIterable<string>;
  close(): Promise<void>;
}
