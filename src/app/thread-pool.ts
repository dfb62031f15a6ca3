/**
 * The worker-thread pool behind analysis and cleaning: a batch is split into one contiguous part per thread, and the
 * answers come back in the batch's order, so the result is the same as one thread's.
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads for analysis and cleaning: `ROLEPRINT_JOBS` when set, else one per core (at most 8; an analysis
 * thread holds its own models, about 400 MB).
 * @example
 * assert.ok(defaultJobs() >= 1);
 */
export function defaultJobs(): number {
  const env = Number(process.env.ROLEPRINT_JOBS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.min(8, availableParallelism());
}

/** What a pool thread answers for one part: its results, or the error that stopped it. */
export type PartReply<Out> = { seq: number; results?: Out[]; error?: string };

/** Running threads; close them when done (they keep the process alive). */
export interface ThreadPool<In, Out> {
  size: number;
  /** Runs `items` on the threads (with `context`, the same for every part); results in the items' order. */
  run(items: readonly In[], context?: unknown): Promise<Out[]>;
  close(): Promise<void>;
}

/**
 * Starts `size` threads running `entry` (a module that answers each `{ seq, items, context }` message with a
 * {@link PartReply}); `what` names them in errors ("an analyze worker failed: …").
 * @example
 * const entry = new URL('data:text/javascript,' + encodeURIComponent(
 *   "import { parentPort } from 'node:worker_threads';" +
 *   "parentPort.on('message', (m) => parentPort.postMessage({ seq: m.seq, results: m.items.map((x) => x * m.context) }));",
 * ));
 * const pool = createThreadPool<number, number>(entry, 2, 'a doubling worker');
 * assert.deepEqual(await pool.run([1, 2, 3], 2), [2, 4, 6]);
 * await pool.close();
 */
export function createThreadPool<In, Out>(entry: URL, size: number, what: string): ThreadPool<In, Out> {
  const workers = Array.from({ length: size }, () => new Worker(entry));
  let seq = 0;
  const pending = new Map<number, { resolve: (r: Out[]) => void; reject: (e: Error) => void }>();
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  for (const w of workers) {
    w.on('message', (m: PartReply<Out>) => {
      const p = pending.get(m.seq);
      if (!p) return;
      pending.delete(m.seq);
      if (m.error !== undefined) p.reject(new Error(`${what} failed: ${m.error}`));
      else p.resolve(m.results ?? []);
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`${what} exited with code ${code}`));
    });
  }
  const part = (w: Worker, items: readonly In[], context: unknown) =>
    new Promise<Out[]>((resolve, reject) => {
      const id = seq++;
      pending.set(id, { resolve, reject });
      w.postMessage({ seq: id, items, context });
    });
  return {
    size,
    async run(items, context) {
      const n = Math.ceil(items.length / size);
      const parts = workers.map((w, i) => part(w, items.slice(i * n, (i + 1) * n), context));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
