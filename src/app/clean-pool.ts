/**
 * Worker threads that clean listings and compute their dedupe signatures for ingest, in order, so the main thread
 * only reads, dedupes and writes.
 * @module
 */
import type { CleanListing, CleanOptions } from '../clean/index.ts';
import type { Listing, Rejection } from '../ingest/index.ts';
import { createThreadPool } from './thread-pool.ts';

/**
 * One listing as a worker cleaned it: cleanListing's answer, the signature of a clean text and, when asked, the
 * language its title and text are in (see ingest's onOtherLanguage); or what it threw.
 */
export type Cleaned =
  | { clean: CleanListing | Rejection; signature: Uint32Array | null; language?: string }
  | { error: string };

/** What a worker is told with each batch. */
export interface CleanContext {
  clean: CleanOptions;
  /** Whether to detect each clean listing's language. */
  language: boolean;
}

/** The running threads. */
export interface CleanPool {
  size: number;
  /** Cleans the listings, results in the same order; with `language`, detects each clean one's language too. */
  clean(listings: Listing[], options: CleanOptions, language?: boolean): Promise<Cleaned[]>;
  close(): Promise<void>;
}

/**
 * Starts `size` clean workers (from the TypeScript sources through tsx, from the compiled build directly).
 * @example
 * import { cleanListing, computeSignature, listingLanguage } from '../clean/index.ts';
 * const listing = {
 *   key: 's#1', source: 's', recordKey: '1', locator: 'line 1', title: 'Staff Nurse', titles: ['Staff Nurse'],
 *   company: 'Ward 4', location: null, url: null, postedAt: null, remote: null, salary: null, meta: {},
 *   description: '<p>Care for patients on a busy surgical ward.</p>', format: 'html' as const,
 * };
 * const pool = createCleanPool(1);
 * const [r] = await pool.clean([listing], {});
 * const [withLanguage] = await pool.clean([listing], {}, true);
 * await pool.close();
 * const clean = cleanListing(listing);
 * assert.ok('text' in clean);
 * assert.deepEqual(r, { clean, signature: computeSignature(clean.text) });
 * assert.deepEqual(withLanguage, { clean, signature: computeSignature(clean.text), language: listingLanguage(clean) });
 */
export function createCleanPool(size: number): CleanPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './clean-worker-tsx.mjs' : './clean-worker.js', import.meta.url);
  const pool = createThreadPool<Listing, Cleaned>(url, size, 'a clean worker');
  return {
    size,
    clean: (listings, options, language = false) =>
      pool.run(listings, { clean: options, language } satisfies CleanContext),
    close: () => pool.close(),
  };
}
