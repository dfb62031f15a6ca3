/**
 * A queue worker: takes `ingest` and `analyze` jobs from the store's pg-boss queue and runs them with the same use
 * cases as the CLI (ingestListings, analyzeStore). Any number of workers on any number of machines share one queue;
 * a job whose worker dies goes back to the queue when its lease expires, and every write is idempotent, so a job run
 * twice leaves the store as if run once.
 * @module
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
import { RoleprintError } from '../errors.ts';
import { openStore, type Store } from '../store/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { analyzeBatch } from './analyze-batch.ts';
import { type AnalyzePool, createAnalyzePool } from './analyze-pool.ts';
import type { AnalyzeDeps } from './analyze-store.ts';
import { ingestListings } from './ingest-listings.ts';
import {
  type AnalyzeJobData,
  type IngestJobData,
  openQueue,
  pendingJobs,
  QUEUES,
  type QueueName,
  queueTarget,
} from './job-queue.ts';

/** Options of {@link runWorker}. */
export interface WorkerOptions {
  /** Jobs of each queue run at once (default 1); above 1, analysis runs on that many threads. */
  concurrency?: number;
  /** Stop once no job is pending, waiting for a retry or running, in either queue. */
  untilIdle?: boolean;
  /** Seconds between looks for a new job when the queue was empty (default 2, at least 0.5). */
  pollSeconds?: number;
  /** Seconds between looks for expired leases, done by one worker per interval (default 15). */
  sweepSeconds?: number;
  /** Seconds a stop waits for the running jobs before giving them back to the queue (default 60). */
  graceSeconds?: number;
  /** Abort to stop taking jobs; the running ones finish (or are given back after `graceSeconds`). */
  signal?: AbortSignal;
  /** Each job's start and end, for logs; `job` is pg-boss's job id. */
  onEvent?: (event: WorkerEvent) => void;
}

/** What a worker reports as it goes. */
export type WorkerEvent =
  | { type: 'ready'; jobSchema: string; version: string; concurrency: number }
  | { type: 'start'; queue: QueueName; job: string; attempt: number; items: number }
  | { type: 'done'; queue: QueueName; job: string; attempt: number; seconds: number; result: object }
  | {
      type: 'failed';
      queue: QueueName;
      job: string;
      attempt: number;
      seconds: number;
      error: string;
      /** No attempt left: the job stays failed until enqueued again. */
      last: boolean;
    }
  | { type: 'stopping'; reason: 'idle' | 'signal' };

/** Jobs this worker finished, attempts that failed, and jobs whose last attempt failed here (no retry left). */
export interface WorkerSummary {
  done: number;
  failed: number;
  gaveUp: number;
}

/**
 * Runs a worker on the store `db` (a postgres:// URL) until `signal` aborts or, with `untilIdle`, the queue is empty.
 * @example
 * import { enqueueAnalyze } from './job-queue.ts';
 * import { createQueueTestDatabase } from './test-queue-database.ts';
 * const t = await createQueueTestDatabase(['test/fixtures/ingest/folder']);
 * await enqueueAnalyze(t.db);
 * assert.deepEqual(await runWorker(t.db, { untilIdle: true, pollSeconds: 0.5 }), { done: 1, failed: 0, gaveUp: 0 });
 * await t.drop();
 */
export async function runWorker(db: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const target = queueTarget(db);
  const concurrency = options.concurrency ?? 1;
  const pollSeconds = options.pollSeconds ?? 2;
  const emit = options.onEvent ?? (() => undefined);
  // Opening once fails early (no server, a newer schema) and creates the store's tables before any job is taken.
  await (await openStore(db)).close();
  // Models load once per process, before the first job, so loading never eats into a job's lease.
  const analyzer = createAnalyzer(await defaultComponents());
  const deps: Pick<AnalyzeDeps, 'version' | 'analyzer' | 'concepts'> = {
    version: ANALYZER_VERSION,
    analyzer: async () => analyzer,
    concepts: loadConcepts(),
  };
  const summary: WorkerSummary = { done: 0, failed: 0, gaveUp: 0 };
  let running = 0;
  let pool: AnalyzePool | undefined;
  let boss: PgBoss | undefined;

  const run = async (queue: QueueName, job: PgBoss.JobWithMetadata<unknown>): Promise<object> => {
    const attempt = job.retryCount + 1;
    const items = queue === QUEUES.analyze ? (job.data as AnalyzeJobData).ids.length : 1;
    const started = performance.now();
    const seconds = () => Math.round(performance.now() - started) / 1000;
    running++;
    emit({ type: 'start', queue, job: job.id, attempt, items });
    try {
      // A store per job: jobs running at once must not share one connection's transactions.
      const store = await openStore(db);
      let result: object;
      try {
        result =
          queue === QUEUES.analyze
            ? await analyzeJob(store, job.data as AnalyzeJobData, deps, pool)
            : await ingestJob(store, job.data as IngestJobData);
      } finally {
        await store.close();
      }
      summary.done++;
      emit({ type: 'done', queue, job: job.id, attempt, seconds: seconds(), result });
      return result;
    } catch (err) {
      summary.failed++;
      const last = job.retryCount >= job.retryLimit;
      if (last) summary.gaveUp++;
      emit({
        type: 'failed',
        queue,
        job: job.id,
        attempt,
        seconds: seconds(),
        error: (err as Error).message,
        last,
      });
      throw err; // pg-boss fails the attempt and retries it later, on any worker
    } finally {
      running--;
    }
  };

  const stopper = new AbortController();
  const onAbort = () => stopper.abort('signal');
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (concurrency > 1) pool = createAnalyzePool(concurrency);
    boss = await openQueue(target, {
      supervise: true,
      poolSize: 2 + concurrency,
      ...(options.sweepSeconds !== undefined ? { sweepSeconds: options.sweepSeconds } : {}),
    });
    const work = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: pollSeconds } as const;
    for (const queue of Object.values(QUEUES))
      for (let i = 0; i < concurrency; i++)
        await boss.work<unknown>(queue, work, async ([job]) => (job ? run(queue, job) : undefined));
    emit({ type: 'ready', jobSchema: target.jobSchema, version: ANALYZER_VERSION, concurrency });
    if (options.untilIdle) void watchIdle(boss, stopper, pollSeconds, () => running);
    if (!stopper.signal.aborted) await once(stopper.signal, 'abort');
    emit({ type: 'stopping', reason: stopper.signal.reason === 'idle' ? 'idle' : 'signal' });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    stopper.abort('signal');
    // Stops taking jobs, waits for the running ones, and gives back any still running after the grace period.
    await boss?.stop({ graceful: true, wait: true, timeout: (options.graceSeconds ?? 60) * 1000 });
    await pool?.close();
  }
  return summary;
}

/** Aborts `stopper` with 'idle' once this worker runs nothing and the queue holds no unfinished job. */
async function watchIdle(
  boss: PgBoss,
  stopper: AbortController,
  pollSeconds: number,
  running: () => number,
): Promise<void> {
  while (!stopper.signal.aborted) {
    await sleep(pollSeconds * 1000, undefined, { signal: stopper.signal }).catch(() => undefined);
    if (stopper.signal.aborted) return;
    try {
      if (running() === 0 && (await pendingJobs(boss)) === 0) stopper.abort('idle');
    } catch (err) {
      // The server may be restarting: say so and look again next time.
      process.stderr.write(`roleprint: cannot count the queue's jobs: ${(err as Error).message}\n`);
    }
  }
}

async function analyzeJob(
  store: Store,
  data: AnalyzeJobData,
  deps: Pick<AnalyzeDeps, 'version' | 'analyzer' | 'concepts'>,
  pool: AnalyzePool | undefined,
): Promise<object> {
  // Another version's analysis stored under this version's name would be wrong for good: refuse, and let the job
  // wait for a worker of the right release (or fail after its retries).
  if (data.version !== deps.version)
    throw new RoleprintError(
      'CONFIG',
      `Cannot run this analyze job: it was enqueued for analyzer ${data.version}, and this worker runs ${deps.version}; run workers of the same roleprint release as the enqueuer, or enqueue again with this one`,
    );
  return analyzeBatch(store, data.ids, deps, pool);
}

async function ingestJob(store: Store, data: IngestJobData): Promise<object> {
  // ingestListings takes the store's write lock: ingests elsewhere wait, and a rerun counts its records as known.
  const summary = await ingestListings(store, [data.path]);
  return { ...summary.total, skipped: summary.skipped.length };
}
