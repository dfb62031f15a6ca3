/**
 * The job queue that lets workers on many machines share one PostgreSQL store: pg-boss (its tables in a schema of
 * its own beside the store's), two queues (`ingest` one path, `analyze` a batch of listing ids), and enqueueing that
 * never queues the same work twice.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type PgBoss from 'pg-boss';
import { ANALYZER_VERSION } from '../analyze/index.ts';
import { RoleprintError } from '../errors.ts';
import { openStore, parsePostgresUrl } from '../store/index.ts';

/** The two queues; every worker takes jobs from both. */
export const QUEUES = { analyze: 'analyze', ingest: 'ingest' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** An `analyze` job: listings to analyze, and the analyzer version the enqueuer meant (a worker must run the same). */
export interface AnalyzeJobData {
  ids: string[];
  version: string;
}

/** An `ingest` job: one file or folder, read by whichever worker takes the job. */
export interface IngestJobData {
  path: string;
}

/** Listings per analyze job: about 7 s of one core, well inside the default lease. */
export const DEFAULT_BATCH = 200;
/** Default leases: a job held longer than this by a silent (killed) worker goes back to the queue. */
export const DEFAULT_LEASE_SECONDS: Readonly<Record<QueueName, number>> = { analyze: 60, ingest: 600 };
/** Attempts after the first, 1–2 s, then 2–4 s, 4–8 s apart: a killed worker's job is one of them. */
const RETRY = { retryLimit: 3, retryDelay: 1, retryBackoff: true } as const;

/** Where the store and its queue live. */
export interface QueueTarget {
  /** The URL without `?schema=`, for pg-boss's connection pool. */
  connectionString: string;
  /** The store's schema (`?schema=`, default `public`). */
  storeSchema: string;
  /** pg-boss's schema: `<store schema>_jobs`, so each store (and each test schema) has its own queue. */
  jobSchema: string;
}

/**
 * The queue of the store `db` names; refuses anything but a postgres:// URL, as workers on many machines can only
 * share a server.
 * @example
 * assert.equal(queueTarget('postgres://u@h/db?schema=s1').jobSchema, 's1_jobs');
 * assert.throws(() => queueTarget('roleprint.db'), /the job queue needs PostgreSQL/);
 */
export function queueTarget(db: string): QueueTarget {
  if (!/^postgres(ql)?:\/\//i.test(db))
    throw new RoleprintError(
      'USAGE',
      `Cannot use ${db} for the job queue: the job queue needs PostgreSQL (workers on many machines share one database server); pass --db postgres://user@host:5432/dbname, or run roleprint ingest/report directly on SQLite`,
    );
  const { url, schema: storeSchema } = parsePostgresUrl(db);
  // pg-boss writes its schema name into SQL unquoted: keep it to folded-case letters, digits and underscores.
  const jobSchema = `${storeSchema}_jobs`.toLowerCase();
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(jobSchema))
    throw new RoleprintError(
      'CONFIG',
      `Cannot keep a job queue beside the schema "${storeSchema}": its queue schema "${jobSchema}" must be letters, digits and underscores, at most 50 characters; pass ?schema= with such a name (at most 45 characters)`,
    );
  return { connectionString: url.toString(), storeSchema, jobSchema };
}

/** Options of {@link openQueue}. */
export interface OpenQueueOptions {
  /** Look for jobs whose lease expired (pg-boss maintenance); workers do, enqueuers need not. */
  supervise?: boolean;
  /** How often, in seconds, leases are checked (one process does it per interval, whichever comes first). */
  sweepSeconds?: number;
  /** Connections in pg-boss's pool. */
  poolSize?: number;
}

/**
 * Starts pg-boss on the store's queue schema (created, with both queues, on first use) and returns it; `stop()` it.
 * @example
 * import { createQueueTestDatabase } from './test-queue-database.ts';
 * const t = await createQueueTestDatabase();
 * const boss = await openQueue(queueTarget(t.db));
 * assert.deepEqual((await boss.getQueues()).map((q) => q.policy).sort(), ['singleton', 'standard']);
 * await boss.stop({ graceful: false });
 * await t.drop();
 */
export async function openQueue(target: QueueTarget, options: OpenQueueOptions = {}): Promise<PgBoss> {
  // Loaded on first use: only the queue commands and workers need pg-boss and pg.
  const { default: Boss } = await import('pg-boss');
  const boss = new Boss({
    connectionString: target.connectionString,
    schema: target.jobSchema,
    application_name: 'roleprint',
    max: options.poolSize ?? 3,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.sweepSeconds ?? 15,
  });
  // Without a listener an 'error' event would end the process; pg-boss retries its own polling.
  boss.on('error', (err: Error) => process.stderr.write(`roleprint: job queue: ${err.message}\n`));
  try {
    await boss.start();
    await createQueues(boss, target);
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new RoleprintError(
      'STORE',
      `Cannot open the job queue (schema ${target.jobSchema}): ${(err as Error).message}; check that the server is running and the --db URL is right`,
      { cause: err },
    );
  }
  return boss;
}

// Creates both queues unless they exist. pg-boss's createQueue run by several processes at once on a fresh schema can
// deadlock (each adds a partition and foreign keys), so workers starting together take turns on a lock.
async function createQueues(boss: PgBoss, target: QueueTarget): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: target.connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`roleprint queues ${target.jobSchema}`]);
    // `standard`: any number of analyze jobs run at once. `singleton` with one key: ingest jobs run one at a time,
    // in the order enqueued, so which listing is canonical is the same as `roleprint ingest A B` would decide.
    if (!(await boss.getQueue(QUEUES.analyze)))
      await boss.createQueue(QUEUES.analyze, { name: QUEUES.analyze, policy: 'standard', ...RETRY });
    if (!(await boss.getQueue(QUEUES.ingest)))
      await boss.createQueue(QUEUES.ingest, { name: QUEUES.ingest, policy: 'singleton', ...RETRY });
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

/** What an enqueue did. */
export interface EnqueueResult {
  queue: QueueName;
  /** New jobs. */
  jobs: number;
  /** Listings (analyze) or paths (ingest) the new jobs cover. */
  items: number;
  /** Work already pending or running, not queued again. */
  alreadyQueued: number;
  /** Jobs that had failed every attempt and were queued again. */
  revived: number;
}

/** Options of {@link enqueueAnalyze}. */
export interface EnqueueOptions {
  /** Listings per job (default 200). */
  batchSize?: number;
  /** Seconds a worker may hold a job before it goes back to the queue (default 60). */
  leaseSeconds?: number;
}

/**
 * Queues every listing without an analysis of the current ANALYZER_VERSION, in batches, but those an unfinished job
 * holds. A batch's job id is a hash of its version and ids, so two enqueuers at once queue it once.
 * @example
 * import { createQueueTestDatabase } from './test-queue-database.ts';
 * const t = await createQueueTestDatabase(['test/fixtures/ingest/folder']); // 3 listings
 * assert.deepEqual(await enqueueAnalyze(t.db, { batchSize: 2 }), { queue: 'analyze', jobs: 2, items: 3, alreadyQueued: 0, revived: 0 });
 * assert.equal((await enqueueAnalyze(t.db)).alreadyQueued, 3); // held by the unfinished jobs
 * await t.drop();
 */
export async function enqueueAnalyze(db: string, options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const target = queueTarget(db);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const version = ANALYZER_VERSION;
  const boss = await openQueue(target);
  const result: EnqueueResult = { queue: QUEUES.analyze, jobs: 0, items: 0, alreadyQueued: 0, revived: 0 };
  try {
    const held = new Set<string>();
    for (const data of await unfinished<AnalyzeJobData>(boss, target, QUEUES.analyze))
      if (data.version === version) for (const id of data.ids) held.add(id);
    const todo: string[] = [];
    const store = await openStore(db);
    try {
      for await (const listing of store.listings({ analysisMissing: version }))
        if (held.has(listing.id)) result.alreadyQueued++;
        else todo.push(listing.id);
    } finally {
      await store.close();
    }
    for (let start = 0; start < todo.length; start += batchSize) {
      const ids = todo.slice(start, start + batchSize);
      const outcome = await sendOnce(boss, QUEUES.analyze, { ids, version } satisfies AnalyzeJobData, {
        id: jobId(`${version}\n${ids.join('\n')}`),
        expireInSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS.analyze,
        ...RETRY,
      });
      if (outcome === 'queued') {
        result.jobs++;
        result.items += ids.length;
      } else if (outcome === 'revived') result.revived++;
      else result.alreadyQueued += ids.length;
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  return result;
}

/**
 * Queues one ingest job per path (resolved to an absolute path, which every worker must see: a shared mount), except
 * paths an unfinished ingest job already holds. Ingest jobs run one at a time, in this order.
 * @example
 * import { createQueueTestDatabase } from './test-queue-database.ts';
 * const t = await createQueueTestDatabase();
 * assert.equal((await enqueueIngest(t.db, ['test/fixtures/ingest/folder'])).jobs, 1);
 * assert.equal((await enqueueIngest(t.db, ['test/fixtures/ingest/folder'])).alreadyQueued, 1);
 * await t.drop();
 */
export async function enqueueIngest(
  db: string,
  paths: string[],
  options: { leaseSeconds?: number } = {},
): Promise<EnqueueResult> {
  const target = queueTarget(db);
  // Checked here, where the user is, though a worker reads them: a typo should fail now, not on three retries.
  const absolute = existingPaths(paths);
  const boss = await openQueue(target);
  const result: EnqueueResult = { queue: QUEUES.ingest, jobs: 0, items: 0, alreadyQueued: 0, revived: 0 };
  try {
    const held = new Set((await unfinished<IngestJobData>(boss, target, QUEUES.ingest)).map((d) => d.path));
    for (const path of new Set(absolute)) {
      if (held.has(path)) {
        result.alreadyQueued++;
        continue;
      }
      // One key for every ingest job: the queue's singleton policy then runs one at a time, oldest first.
      await boss.send(QUEUES.ingest, { path } satisfies IngestJobData, {
        singletonKey: QUEUES.ingest,
        expireInSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS.ingest,
        ...RETRY,
      });
      result.jobs++;
      result.items++;
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  return result;
}

/**
 * Jobs created, waiting for a retry or running, over both queues: 0 means the queue is idle.
 * @example
 * import { createQueueTestDatabase } from './test-queue-database.ts';
 * const t = await createQueueTestDatabase();
 * await enqueueIngest(t.db, ['test/fixtures/ingest/folder']);
 * const boss = await openQueue(queueTarget(t.db));
 * assert.equal(await pendingJobs(boss), 1);
 * await boss.stop({ graceful: false });
 * await t.drop();
 */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  let n = 0;
  for (const q of Object.values(QUEUES)) n += await boss.getQueueSize(q, { before: 'completed' });
  return n;
}

/** `paths` made absolute; throws, naming the first that does not exist. */
function existingPaths(paths: string[]): string[] {
  for (const p of paths)
    if (!existsSync(p))
      throw new RoleprintError(
        'INPUT',
        `Cannot enqueue ${p}: no such file or folder; pass a path that exists, at the same place on every worker machine (a shared mount)`,
      );
  return paths.map((p) => resolve(p));
}

/**
 * The data of a queue's unfinished jobs (created, retry, active). pg-boss 10 has no call for it, so this reads its
 * job table (the layout of the pinned ~10.4).
 */
async function unfinished<T>(boss: PgBoss, target: QueueTarget, queue: QueueName): Promise<T[]> {
  const { rows } = await boss
    .getDb()
    .executeSql(`SELECT data FROM ${target.jobSchema}.job WHERE name = $1 AND state < 'completed'`, [queue]);
  return rows.map((r: { data: T }) => r.data);
}

/** Sends a job with a fixed id: 'queued', 'held' when that id exists, 'revived' when it had failed for good. */
async function sendOnce(
  boss: PgBoss,
  queue: QueueName,
  data: object,
  options: PgBoss.SendOptions & { id: string },
): Promise<'queued' | 'held' | 'revived'> {
  if ((await boss.send(queue, data, options)) !== null) return 'queued';
  const job = await boss.getJobById(queue, options.id);
  if (job?.state === 'failed') {
    await boss.retry(queue, options.id);
    return 'revived';
  }
  return 'held';
}

/**
 * A UUID from a hash of `key`: the same work gets the same job id, which pg-boss inserts at most once.
 * @example
 * assert.equal(jobId('a'), jobId('a'));
 */
export function jobId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant bits, so it is a well-formed UUID.
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
