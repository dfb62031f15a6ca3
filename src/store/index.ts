/**
 * The store stage's door: open a SQLite or PostgreSQL store, load listings into it, read them back.
 * @module
 */

export {
  type IngestSummary,
  type LoadOptions,
  type LoadProgress,
  loadListings,
  type RejectionReport,
} from './load-listings.ts';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export { DEFAULT_DB, openStore } from './open-store.ts';
export type {
  AnalysisInput,
  DateRange,
  ListingAnalysis,
  ListingFilter,
  NewListing,
  RecordStatus,
  SourceCounts,
  Store,
  StoredDedupeEntry,
  StoredListing,
  StoredRecord,
  WriteBatch,
} from './store.ts';
