/**
 * Ingest as a job: uploads are ingested one at a time in the background, each with progress a client can follow
 * and, when done, the same accounting `roleprint ingest --json` prints.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { RoleprintError } from '../errors.ts';
import type { ReadOptions } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { type IngestSummary, ingestListings, type RejectionReport } from './ingest-listings.ts';

/** Where a job is: waiting its turn, reading into the store, analyzing the new listings, then done or failed. */
export type IngestJobState = 'queued' | 'ingesting' | 'analyzing' | 'done' | 'failed';

/** A job as clients see it (a snapshot: later progress makes a new object). */
export interface IngestJob {
  id: string;
  state: IngestJobState;
  /** ISO times. */
  createdAt: string;
  finishedAt: string | null;
  progress: {
    /** Records read so far. */
    records: number;
    /** Input bytes consumed so far, and in all (compressed sizes). */
    bytes: number;
    totalBytes: number;
    /** Listings analyzed after the ingest. */
    analyzed: number;
  };
  /** The accounting, as `roleprint ingest --json` prints it; null until the ingest part is done. */
  summary: IngestSummary | null;
  /** The first rejections with file, locator and reason (all are counted in `summary`). */
  rejections: RejectionReport[];
  /** Set when the job failed: the error's code and message. */
  error: { code: string; message: string } | null;
}

/** What to ingest: files already on disk (an upload written to a temporary folder). */
export interface IngestJobInput {
  paths: string[];
  read?: ReadOptions;
  /** Bytes of all input files, for the progress percentage. */
  totalBytes: number;
  /** Called when the job ends either way (removes the uploaded files). */
  cleanup?: () => Promise<void>;
}

/** Options of {@link createIngestJobs}. */
export interface IngestJobsOptions {
  /** Runs after each ingest (the server analyzes the new listings and drops cached profiles here). */
  afterIngest?: (onAnalyzed: (done: number) => void) => Promise<void>;
  /**
   * Finished jobs remembered (oldest forgotten first).
   * @default 100
   */
  keep?: number;
  /**
   * Rejections kept per job (all are counted).
   * @default 100
   */
  maxRejections?: number;
  /**
   * Least time between progress notifications, in milliseconds (state changes always notify).
   * @default 100
   */
  notifyEveryMs?: number;
}

/** The job queue of one store. */
export interface IngestJobs {
  /** Queues an ingest and returns its first snapshot. */
  start(input: IngestJobInput): IngestJob;
  /** The latest snapshot of a job, or undefined when unknown. */
  get(id: string): IngestJob | undefined;
  /** Calls `listener` with each new snapshot of the job until the job ends or the returned function is called. */
  subscribe(id: string, listener: (job: IngestJob) => void): () => void;
  /** Resolves when every queued job has ended. */
  idle(): Promise<void>;
}

/**
 * Creates the job queue: jobs run one after another, so ingests never interleave in the store.
 * @example
 * import { openStore } from '../store/index.ts';
 * const jobs = createIngestJobs(await openStore(':memory:'));
 * const job = jobs.start({ paths: ['test/fixtures/ingest/folder'], totalBytes: 1234 });
 * await jobs.idle();
 * assert.equal(jobs.get(job.id)?.state, 'done');
 */
export function createIngestJobs(store: Store, options: IngestJobsOptions = {}): IngestJobs {
  const keep = options.keep ?? 100;
  const maxRejections = options.maxRejections ?? 100;
  const every = options.notifyEveryMs ?? 100;
  const jobs = new Map<string, IngestJob>();
  const listeners = new Map<string, Set<(job: IngestJob) => void>>();
  let chain: Promise<void> = Promise.resolve();

  const update = (id: string, change: (job: IngestJob) => IngestJob): IngestJob => {
    const next = change(jobs.get(id) as IngestJob);
    jobs.set(id, next);
    for (const listener of listeners.get(id) ?? []) listener(next);
    return next;
  };

  const run = async (id: string, input: IngestJobInput): Promise<void> => {
    let last = 0;
    const rejections: RejectionReport[] = [];
    try {
      update(id, (j) => ({ ...j, state: 'ingesting' }));
      const summary = await ingestListings(store, input.paths, {
        ...input.read,
        onProgress: (p) => {
          const t = performance.now();
          if (t - last < every) return;
          last = t;
          update(id, (j) => ({ ...j, progress: { ...j.progress, records: p.records, bytes: p.bytes } }));
        },
        onRejection: (r) => {
          if (rejections.length < maxRejections) rejections.push(r);
        },
      });
      update(id, (j) => ({
        ...j,
        state: 'analyzing',
        summary,
        rejections,
        progress: { ...j.progress, records: summary.total.read, bytes: j.progress.totalBytes },
      }));
      await options.afterIngest?.((done) =>
        update(id, (j) => ({ ...j, progress: { ...j.progress, analyzed: done } })),
      );
      update(id, (j) => ({ ...j, state: 'done', finishedAt: new Date().toISOString() }));
    } catch (err) {
      const error =
        err instanceof RoleprintError
          ? { code: err.code, message: err.message }
          : { code: 'INTERNAL', message: 'The ingest failed unexpectedly; see the server log' };
      if (!(err instanceof RoleprintError)) console.error(err);
      update(id, (j) => ({ ...j, state: 'failed', error, finishedAt: new Date().toISOString() }));
    } finally {
      await input.cleanup?.().catch(() => undefined);
      listeners.delete(id);
      // Forget the oldest finished jobs beyond `keep`.
      const finished = [...jobs.values()].filter((j) => j.finishedAt !== null);
      for (const j of finished.slice(0, Math.max(0, finished.length - keep))) jobs.delete(j.id);
    }
  };

  return {
    start(input) {
      const job: IngestJob = {
        id: randomUUID(),
        state: 'queued',
        createdAt: new Date().toISOString(),
        finishedAt: null,
        progress: { records: 0, bytes: 0, totalBytes: input.totalBytes, analyzed: 0 },
        summary: null,
        rejections: [],
        error: null,
      };
      jobs.set(job.id, job);
      chain = chain.then(() => run(job.id, input));
      return job;
    },
    get: (id) => jobs.get(id),
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) {
        set = new Set();
        listeners.set(id, set);
      }
      set.add(listener);
      return () => {
        listeners.get(id)?.delete(listener);
      };
    },
    idle: () => chain,
  };
}
