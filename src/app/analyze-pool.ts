/**
 * Analysis on every core: a pool of worker threads, each with its own default analyzer, that analyzes a batch of
 * listings split into one contiguous part per worker and answers in the batch's order, so the stored analyses are
 * byte-identical to one thread's.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { createThreadPool } from './thread-pool.ts';

/** A running pool; close it when done (its threads keep the process alive). */
export interface AnalyzePool {
  size: number;
  analyze(listings: readonly CleanListing[]): Promise<AnalyzedListing[]>;
  close(): Promise<void>;
}

/**
 * Starts `size` analyze workers. From the TypeScript sources the workers load the sources through tsx; from the
 * compiled build, the compiled worker.
 * @example
 * const pool = createAnalyzePool(1);
 * const [a] = await pool.analyze([{ id: 'a', title: 'CTO', titles: ['CTO'], company: null, text: 'Requirements\n- Python' } as CleanListing]);
 * await pool.close();
 * assert.equal(a?.role?.role, 'cto');
 */
export function createAnalyzePool(size: number): AnalyzePool {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './analyze-worker-tsx.mjs' : './analyze-worker.js', import.meta.url);
  const pool = createThreadPool<CleanListing, AnalyzedListing>(url, size, 'an analyze worker');
  return { size, analyze: (listings) => pool.run(listings), close: () => pool.close() };
}
