/**
 * Analysis on every core: a pool of worker threads, each with its own default analyzer, that analyzes a batch of
 * listings split into one contiguous part per worker and answers in the batch's order, so the stored analyses are
 * byte-identical to one thread's.
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedListing } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';

/** A running pool; close it when done (its threads keep the process alive). */
export interface AnalyzePool {
  size: number;
  analyze(listings: readonly CleanListing[]): Promise<AnalyzedListing[]>;
  close(): Promise<void>;
}

/**
 * Worker threads for analysis: `ROLEPRINT_JOBS` when set, else one per core (at most 8; each holds its own models,
 * about 400 MB).
 * @example
 * assert.ok(defaultJobs() >= 1);
 */
export function defaultJobs(): number {
  const env = Number(process.env.ROLEPRINT_JOBS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.min(8, availableParallelism());
}

type Reply = { seq: number; results?: AnalyzedListing[]; error?: string };

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
  const workers = Array.from({ length: size }, () => new Worker(url));
  let seq = 0;
  const pending = new Map<number, { resolve: (r: AnalyzedListing[]) => void; reject: (e: Error) => void }>();
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  for (const w of workers) {
    w.on('message', (m: Reply) => {
      const p = pending.get(m.seq);
      if (!p) return;
      pending.delete(m.seq);
      if (m.error !== undefined) p.reject(new Error(`an analyze worker failed: ${m.error}`));
      else p.resolve(m.results ?? []);
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`an analyze worker exited with code ${code}`));
    });
  }
  const run = (w: Worker, listings: CleanListing[]) =>
    new Promise<AnalyzedListing[]>((resolve, reject) => {
      const id = seq++;
      pending.set(id, { resolve, reject });
      w.postMessage({ seq: id, listings });
    });
  return {
    size,
    async analyze(listings) {
      const part = Math.ceil(listings.length / size);
      const parts = workers.map((w, i) => run(w, listings.slice(i * part, (i + 1) * part)));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
