/**
 * Worker threads that clean listings and compute their dedupe signatures for ingest, in order, so the main thread
 * only reads, dedupes and writes.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { CleanListing, CleanOptions } from '../clean/index.ts';
import type { Listing, Rejection } from '../ingest/index.ts';

/** One listing as a worker cleaned it: cleanListing's answer and the signature of a clean text, or what it threw. */
export type Cleaned = { clean: CleanListing | Rejection; signature: Uint32Array | null } | { error: string };

/** The running threads. */
export interface CleanPool {
  size: number;
  /** Cleans the listings, results in the same order. */
  clean(listings: Listing[], options: CleanOptions): Promise<Cleaned[]>;
  close(): Promise<void>;
}

type Reply = { seq: number; results: Cleaned[] };

/**
 * Starts `size` clean workers (from the TypeScript sources through tsx, from the compiled build directly).
 * @example
 * import { cleanListing, computeSignature } from '../clean/index.ts';
 * const listing = {
 *   key: 's#1', source: 's', recordKey: '1', locator: 'line 1', title: 'Staff Nurse', titles: ['Staff Nurse'],
 *   company: 'Ward 4', location: null, url: null, postedAt: null, remote: null, salary: null, meta: {},
 *   description: '<p>Care for patients on a busy surgical ward.</p>', format: 'html' as const,
 * };
 * const pool = createCleanPool(1);
 * const [r] = await pool.clean([listing], {});
 * await pool.close();
 * const clean = cleanListing(listing);
 * assert.ok('text' in clean);
 * assert.deepEqual(r, { clean, signature: computeSignature(clean.text) });
 */
export function createCleanPool(size: number): CleanPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './clean-worker-tsx.mjs' : './clean-worker.js', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(url));
  let seq = 0;
  const pending = new Map<number, { resolve: (r: Cleaned[]) => void; reject: (e: Error) => void }>();
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  for (const w of workers) {
    w.on('message', (m: Reply) => {
      const p = pending.get(m.seq);
      if (!p) return;
      pending.delete(m.seq);
      p.resolve(m.results);
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a clean worker exited with code ${code}`));
    });
  }
  const run = (w: Worker, listings: Listing[], options: CleanOptions) =>
    new Promise<Cleaned[]>((resolve, reject) => {
      const id = seq++;
      pending.set(id, { resolve, reject });
      w.postMessage({ seq: id, listings, options });
    });
  return {
    size,
    async clean(listings, options) {
      const part = Math.ceil(listings.length / size);
      const parts = workers.map((w, i) => run(w, listings.slice(i * part, (i + 1) * part), options));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
