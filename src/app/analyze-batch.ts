/**
 * Analyze a given batch of stored listings (an `analyze` job): analyzeStore itself, narrowed to those listings, so a
 * worker's results are the bytes analyzeAll would store.
 * @module
 */
import type { Store } from '../store/index.ts';
import type { AnalyzePool } from './analyze-pool.ts';
import { type AnalyzeDeps, analyzeStore } from './analyze-store.ts';

/** What one batch came to; `missing` ids are no longer in the store. */
export interface BatchResult {
  analyzed: number;
  cached: number;
  missing: number;
}

/**
 * Analyzes those of `ids` that lack an analysis of `deps.version` and stores the results (an upsert: running a batch
 * twice stores the same rows once). `pool`, when given, is shared and left open.
 * @example
 * import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
 * import { openStore } from '../store/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // 3 listings
 * const ids: string[] = [];
 * for await (const l of store.listings()) ids.push(l.id);
 * const deps = { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()), concepts: loadConcepts() };
 * assert.deepEqual(await analyzeBatch(store, ids.slice(0, 2), deps), { analyzed: 2, cached: 0, missing: 0 });
 * assert.deepEqual(await analyzeBatch(store, [...ids, 'gone'], deps), { analyzed: 1, cached: 2, missing: 1 });
 * await store.close();
 */
export async function analyzeBatch(
  store: Store,
  ids: readonly string[],
  deps: Pick<AnalyzeDeps, 'version' | 'analyzer' | 'concepts'>,
  pool?: AnalyzePool,
): Promise<BatchResult> {
  const shared = pool
    ? {
        pool: (): AnalyzePool => ({
          size: pool.size,
          analyze: (l) => pool.analyze(l),
          close: async () => {},
        }),
      }
    : {};
  const { analyzed, cached } = await analyzeStore(store, deps, { ...shared, filter: { ids: [...ids] } });
  return { analyzed, cached, missing: ids.length - analyzed - cached };
}
