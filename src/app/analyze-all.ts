/**
 * Analyze every stored listing the current analyzer has not seen, with the default components.
 * @module
 */
import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
import type { ListingFilter, Store } from '../store/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { createAnalyzePool } from './analyze-pool.ts';
import { analyzeStore, assignRoles, backfillConceptRows } from './analyze-store.ts';
import { fillProfileViews } from './profile-views.ts';
import { defaultJobs } from './thread-pool.ts';

/** Options of {@link analyzeAll}. */
export interface AnalyzeAllOptions {
  /** Called after each stored batch with the number of listings analyzed so far. */
  onProgress?: (done: number) => void;
  /** Called once at the end with the number of listings analyzed by this call. */
  onDone?: (analyzed: number) => void;
  /** Worker threads for a large analysis (default: ROLEPRINT_JOBS, else one per core); 1 analyzes in this thread. */
  jobs?: number;
}

/** What {@link analyzeAll} and {@link analyzeSelection} did. */
export interface AnalyzeAllResult {
  /** Listings analyzed now (0 on a warm store). */
  analyzed: number;
}

/**
 * Analyzes what a selection needs: analyses of other analyzer versions are dropped, every stored listing gets its
 * role from its titles (fast, once per version),
 * analyses stored by an earlier roleprint get their concept rows, the selected listings without an analysis of
 * the current ANALYZER_VERSION are analyzed, and the selected analyses get the profile's view of them (fillProfileViews)
 * where it is missing or stale. Other listings are left alone.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * assert.equal((await analyzeSelection(store, { role: 'cto' })).analyzed, 1);
 * assert.equal((await analyzeSelection(store, {})).analyzed, 2); // the two others
 */
export async function analyzeSelection(
  store: Store,
  filter: ListingFilter,
  options: AnalyzeAllOptions = {},
): Promise<AnalyzeAllResult> {
  const concepts = loadConcepts();
  const jobs = options.jobs ?? defaultJobs();
  // Analyses of other analyzer versions are never read again: an upgraded roleprint would otherwise keep every
  // listing's analysis once per version it ran.
  await store.dropOtherVersions(ANALYZER_VERSION);
  await assignRoles(store, ANALYZER_VERSION);
  await backfillConceptRows(store, ANALYZER_VERSION, concepts);
  const { analyzed } = await analyzeStore(
    store,
    { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()), concepts },
    {
      filter,
      ...(jobs > 1 ? { pool: () => createAnalyzePool(jobs) } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  // Views cut by other profile code (or by a roleprint before views) are cut again, for the selection only.
  await fillProfileViews(store, ANALYZER_VERSION, filter, concepts);
  options.onDone?.(analyzed);
  return { analyzed };
}

/**
 * Analyzes every listing the store holds without an analysis of the current ANALYZER_VERSION.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * assert.equal((await analyzeAll(store)).analyzed, 3);
 * assert.equal((await analyzeAll(store)).analyzed, 0); // a second call analyzes nothing
 */
export async function analyzeAll(store: Store, options: AnalyzeAllOptions = {}): Promise<AnalyzeAllResult> {
  return analyzeSelection(store, {}, options);
}
