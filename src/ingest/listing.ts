/**
 * The records the readers produce: a Listing as published, or a Rejection saying why a record could not be read.
 * @module
 */

/** How the description is written, so cleaning knows whether to parse markup. */
export type DescriptionFormat = 'html' | 'text' | 'markdown';

/** One job listing exactly as a source published it (no cleaning yet). */
export interface Listing {
  /** `${source}#${recordKey}`: unique and stable across runs, whatever path the user passed. */
  key: string;
  /** The file's last two path segments, e.g. `linkedin-2023-2024/parishinde_postings.csv`. */
  source: string;
  /** The source's own id when it has one (job_id, id, HN comment id), else the record number. */
  recordKey: string;
  /** Human-readable position of the record in its file: `row 412`, `line 12`, `record 7`, `file`. */
  locator: string;
  /** The first (main) title; null when the source has none. */
  title: string | null;
  /** Every title the record offers (an HN comment may hire for several roles); `titles[0] === title`. */
  titles: string[];
  company: string | null;
  location: string | null;
  url: string | null;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM` when only a month is known); null when unknown. */
  postedAt: string | null;
  /** The description as published: may be HTML, HTML-escaped HTML, Markdown or plain text. */
  description: string;
  format: DescriptionFormat;
  /** Remote work offered, when the source says (HN `REMOTE`, JSON-LD jobLocationType). */
  remote: boolean | null;
  /** Salary as written (`$150k–$200k`, `£35,000 a year`), when the source gives it. */
  salary: string | null;
  /** Other short source fields kept verbatim (employment type, seniority, skills column …). */
  meta: Record<string, string>;
}

/** A record that could not become a Listing; counted, never thrown. */
export interface Rejection {
  source: string;
  /** Position in the file, as in Listing.locator (or `byte 12345` where rows cannot be numbered). */
  locator: string;
  /** The record's key when it could be determined, for re-ingest accounting. */
  recordKey: string | null;
  /** Why, in words a user can act on: "invalid JSON: Unexpected token } at position 41". */
  reason: string;
}

/** What a reader yields for each record it reads. */
export type ReadItem = { kind: 'listing'; listing: Listing } | { kind: 'rejected'; rejection: Rejection };

/** A file the walker passed over (documentation, unknown extension): listed, not counted as records. */
export interface SkippedFile {
  path: string;
  reason: string;
}
