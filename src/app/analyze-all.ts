/**
 * Analyze every stored listing the current analyzer has not seen, with the default components.
 * @module
 */
import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
import type { Store } from '../store/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { createAnalyzePool, defaultJobs } from './analyze-pool.ts';
import { analyzeStore, type BackgroundEntry, loadBackground } from './analyze-store.ts';

/** Options of {@link analyzeAll}. */
export interface AnalyzeAllOptions {
  /** Called after each stored batch with the number of listings analyzed so far. */
  onProgress?: (done: number) => void;
  /** Called once at the end with the number of listings analyzed by this call. */
  onDone?: (analyzed: number) => void;
  /** Worker threads for a large analysis (default: ROLEPRINT_JOBS, else one per core); 1 analyzes in this thread. */
  jobs?: number;
}

/** What {@link analyzeAll} did, and the background of every analyzed listing for profiling. */
export interface AnalyzeAllResult {
  /** Listings analyzed now (0 on a warm store). */
  analyzed: number;
  /** One entry per listing with an analysis of ANALYZER_VERSION, cached ones first. */
  background: BackgroundEntry[];
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
  const concepts = loadConcepts();
  const jobs = options.jobs ?? defaultJobs();
  const background = await loadBackground(store, ANALYZER_VERSION, concepts);
  const { analyzed, added } = await analyzeStore(
    store,
    { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()), concepts },
    {
      analyzedIds: new Set(background.map((b) => b.id)),
      ...(jobs > 1 ? { pool: () => createAnalyzePool(jobs) } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  options.onDone?.(analyzed);
  return { analyzed, background: [...background, ...added] };
}
