/**
 * The store stage's door: open a SQLite or PostgreSQL store, write batches of records and listings, read them back
 * (the ingest use case in `src/app` wires readers and cleaners to it).
 * @module
 */

export { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export { DEFAULT_DB, type OpenStoreOptions, openStore, parsePostgresUrl } from './open-store.ts';
export type {
  AnalysisInput,
  ConceptCounts,
  ConceptRow,
  ConceptRowsInput,
  DateRange,
  ListingAnalysis,
  ListingFilter,
  NewListing,
  ProfileViewInput,
  RecordStatus,
  RoleInput,
  SourceCounts,
  Store,
  StoredDedupeEntry,
  StoredListing,
  StoredProfileView,
  StoredRecord,
  WriteBatch,
} from './store.ts';
