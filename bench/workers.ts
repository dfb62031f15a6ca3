/**
 * `node --import tsx bench/workers.ts [--workers 1,2] [--batch 50] [--listings N]`: analysis throughput through the
 * PostgreSQL job queue with 1, then 2, `roleprint worker` processes on the same job set (tech-leadership plus the
 * demo sample, 627 listings; or N listings generated from the shared corpus by bench/generate-corpus.ts), each in a
 * fresh schema; and, for scale, one in-process analyzeAll on one thread. Wall time runs from the workers' spawn
 * (process start and model load included) to the last worker's exit; the steady rate counts the listings of the
 * jobs completed after the first one, over the time between the first and the last completion (model loads out).
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { analyzeAll, enqueueAnalyze } from '../src/app/index.ts';
import { queueTarget } from '../src/app/job-queue.ts';
import { createQueueTestDatabase } from '../src/app/test-queue-database.ts';
import { openStore } from '../src/store/index.ts';
import { TEST_PG_URL, type TestDatabase } from '../src/store/test-backends.ts';
import { generateCorpus } from './generate-corpus.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = `${ROOT}bin/roleprint.js`;
const DEFAULT_INPUTS = [`${ROOT}../shared/data/listings/tech-leadership`, `${ROOT}data/demo`];

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const counts = flag('--workers', '1,2').split(',').map(Number);
const batch = Number(flag('--batch', '50'));
const generated = Number(flag('--listings', '0'));
const INPUTS = generated > 0 ? [await generatedFile(generated)] : DEFAULT_INPUTS;

/** A file of n listings recombined from the shared corpus (made once, kept in .bench/). */
async function generatedFile(n: number): Promise<string> {
  const dir = `${ROOT}.bench`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/workers-${n}-seed1.jsonl`;
  if (!existsSync(file)) await generateCorpus({ out: file, count: n, seed: '1' });
  return file;
}

/** Listings per second between the first and the last job completion, from pg-boss's job table. */
async function steadyRate(db: string): Promise<number | null> {
  const rows = await query<{ first: number; last: number; after: number }>(
    `SELECT extract(epoch FROM min(completed_on))::float8 AS first, extract(epoch FROM max(completed_on))::float8 AS last,
       (sum(jsonb_array_length(data->'ids')) - (array_agg(jsonb_array_length(data->'ids') ORDER BY completed_on))[1])::int AS after
     FROM "${queueTarget(db).jobSchema}".job WHERE name = 'analyze' AND state = 'completed'`,
  );
  const r = rows[0];
  return r && r.last > r.first ? r.after / (r.last - r.first) : null;
}

/** A fresh schema holding the inputs, and how many listings it holds. */
async function fresh(): Promise<{ t: TestDatabase; listings: number }> {
  const t = await createQueueTestDatabase(INPUTS);
  const rows = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "${new URL(t.db).searchParams.get('schema')}".listings`,
  );
  return { t, listings: rows[0]?.n ?? 0 };
}

async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The most connections pg-boss held at once (application_name 'roleprint'), sampled every 100 ms. */
function sampleQueueConnections(): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    while (running) {
      const r = await client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'roleprint'",
      );
      peak = Math.max(peak, (r.rows[0] as { n: number }).n);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

function runWorker(db: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--db', db, '--until-idle', '--poll', '0.5'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const line = (what: string, listings: number, ms: number) =>
  process.stdout.write(
    `${what}: ${listings} listings in ${(ms / 1000).toFixed(1)} s, ${((listings * 1000) / ms).toFixed(1)} listings/s\n`,
  );

for (const n of counts) {
  const { t, listings } = await fresh();
  try {
    const q = await enqueueAnalyze(t.db, { batchSize: batch });
    const start = performance.now();
    const peak = sampleQueueConnections();
    const codes = await Promise.all(Array.from({ length: n }, () => runWorker(t.db)));
    const ms = performance.now() - start;
    const connections = await peak.stop();
    if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`);
    line(`${n} worker process(es), ${q.jobs} jobs of ${batch}`, listings, ms);
    const steady = await steadyRate(t.db);
    if (steady !== null)
      process.stdout.write(`  steady: ${steady.toFixed(1)} listings/s after the first job\n`);
    const bytes = await query<{ b: string }>(
      `SELECT avg(octet_length(analysis))::int AS b FROM "${new URL(t.db).searchParams.get('schema')}".analyses`,
    );
    process.stdout.write(
      `  peak pg-boss connections ${connections} (plus one store connection per running job); stored analysis ${bytes[0]?.b} bytes per listing on average\n`,
    );
  } finally {
    await t.drop();
  }
}

const { t, listings } = await fresh();
try {
  const store = await openStore(t.db);
  const start = performance.now();
  try {
    await analyzeAll(store, { jobs: 1 });
  } finally {
    await store.close();
  }
  line(
    'in-process analyzeAll, one thread (models loaded in the timing too)',
    listings,
    performance.now() - start,
  );
} finally {
  await t.drop();
}
