// Issue 11, deliverable 4: three `roleprint worker` processes share one PostgreSQL job queue; one is SIGKILLed while
// it holds a job. Its lease expires, the job is retried elsewhere, and the store ends byte-identical to one in-process
// analyzeAll; every job ran to completion once, the killed one twice. Also: a SIGTERM lets the running job finish.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { ANALYZER_VERSION } from '../../src/analyze/index.ts';
import { analyzeAll, enqueueAnalyze, queueTarget } from '../../src/app/index.ts';
import { createQueueTestDatabase } from '../../src/app/test-queue-database.ts';
import { openStore } from '../../src/store/index.ts';
import { TEST_PG_URL } from '../../src/store/test-backends.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/roleprint.js');
const TECH = join(ROOT, '../shared/data/listings/tech-leadership');
const YC = join(ROOT, '../shared/data/listings/yc-waas-nyc-2026/jobs_raw.csv');
/** Real YC listings cut from the shared file: with tech-leadership about 500 listings, 21 jobs of 25. */
const YC_ROWS = 400;
const BATCH = 25;
/** Short enough to keep the test quick, far above a 25-listing job (about 1 s, 3 s on a loaded 2-core machine). */
const LEASE = 15;

let dir = '';
let inputs: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'roleprint-workers-'));
  const rows = parse(readFileSync(YC), { raw: true }) as unknown as { raw: string }[];
  const subset = join(dir, 'yc-waas-nyc-2026-subset');
  mkdirSync(subset);
  writeFileSync(
    join(subset, 'jobs_raw.csv'),
    `${rows
      .slice(0, YC_ROWS + 1)
      .map((r) => r.raw)
      .join('\n')}\n`,
  );
  inputs = [TECH, subset];
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function schemaOf(db: string): string {
  return new URL(db).searchParams.get('schema') as string;
}

async function dump(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const lines: string[] = [];
    for await (const line of store.dump()) lines.push(line);
    return lines;
  } finally {
    await store.close();
  }
}

/** The stored analyses as PostgreSQL holds them (text, not re-serialized), in listing order. */
function storedAnalyses(db: string) {
  return sql<{ listing_id: string; version: string; role: string | null; analysis: string }>(
    `SELECT listing_id, version, role, analysis FROM "${schemaOf(db)}".analyses ORDER BY listing_id`,
  );
}

/** A worker process and its stdout lines as they come. */
interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(db: string, onLine: (w: WorkerProcess, line: string) => void): WorkerProcess {
  const child = spawn(
    process.execPath,
    [BIN, 'worker', '--db', db, '--until-idle', '--poll', '0.5', '--sweep', '1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const w: WorkerProcess = {
    child,
    lines: [],
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      w.lines.push(line);
      onLine(w, line);
    }
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) process.stderr.write(`worker ${child.pid} exited ${code}: ${stderr}\n`);
  });
  return w;
}

/** On a failure, what each worker said (a worker of another analyzer version refuses the jobs, for one). */
function showLogs(workers: WorkerProcess[]): void {
  for (const w of workers) process.stderr.write(`worker ${w.child.pid}:\n${w.lines.join('\n')}\n`);
}

/** Job ids of the lines of one kind (`start` or `done`) of the given queue. */
function jobsIn(lines: string[], kind: 'start' | 'done'): string[] {
  return lines.flatMap((l) => {
    const m = new RegExp(`^${kind} analyze (\\S+) attempt`).exec(l);
    return m ? [m[1] as string] : [];
  });
}

function tally(ids: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

test('3 workers, one SIGKILLed mid-job: the job is retried after its lease and the store equals one analyzeAll run', async () => {
  const queued = await createQueueTestDatabase(inputs);
  const reference = await createQueueTestDatabase(inputs);
  const workers: WorkerProcess[] = [];
  try {
    // The reference: one in-process analyzeAll over the same listings.
    const refStore = await openStore(reference.db);
    try {
      await analyzeAll(refStore, { jobs: 1 });
    } finally {
      await refStore.close();
    }

    const enqueued = await enqueueAnalyze(queued.db, { batchSize: BATCH, leaseSeconds: LEASE });
    assert.ok(enqueued.jobs >= 20, `many small jobs (${enqueued.jobs})`);

    let killed: { worker: WorkerProcess; job: string } | undefined;
    const onLine = (w: WorkerProcess, line: string) => {
      const m = /^start analyze (\S+) attempt 1 /.exec(line);
      // The first worker seen holding a job dies at once, without a chance to give the job back.
      if (m && !killed) {
        killed = { worker: w, job: m[1] as string };
        w.child.kill('SIGKILL');
      }
    };
    for (let i = 0; i < 3; i++) workers.push(startWorker(queued.db, onLine));
    const exits = await Promise.all(workers.map((w) => w.exited));
    assert.ok(killed, 'a worker was killed while holding a job');
    const victim = killed.worker;
    const survivors = workers.filter((w) => w !== victim);
    assert.deepEqual(
      exits.filter((_, i) => workers[i] !== victim),
      survivors.map(() => ({ code: 0, signal: null })),
    );
    assert.equal(exits[workers.indexOf(victim)]?.signal, 'SIGKILL');
    assert.equal(jobsIn(victim.lines, 'done').includes(killed.job), false, 'killed before it finished');

    // The same bytes as the reference: every table, and each analysis as stored.
    const [mine, theirs] = [await storedAnalyses(queued.db), await storedAnalyses(reference.db)];
    const listings = await sql<{ n: string }>(`SELECT count(*) AS n FROM "${schemaOf(queued.db)}".listings`);
    assert.equal(mine.length, Number(listings[0]?.n), 'every listing has exactly one analysis');
    assert.ok(mine.every((a) => a.version === ANALYZER_VERSION));
    assert.equal(mine.length, theirs.length);
    for (const [i, a] of mine.entries()) assert.deepEqual(a, theirs[i], `analysis of ${a.listing_id}`);
    assert.deepEqual(await dump(queued.db), await dump(reference.db));

    // Each job started and finished once, but the killed one, which started twice and finished once.
    const all = workers.flatMap((w) => w.lines);
    const starts = tally(jobsIn(all, 'start'));
    const dones = tally(jobsIn(all, 'done'));
    assert.equal(starts.size, enqueued.jobs);
    for (const [job, n] of starts) assert.equal(n, job === killed.job ? 2 : 1, `starts of ${job}`);
    assert.equal(dones.size, enqueued.jobs);
    for (const [job, n] of dones) assert.equal(n, 1, `ends of ${job}`);
    assert.ok(
      survivors.some((w) => w.lines.some((l) => l.startsWith(`start analyze ${killed?.job} attempt 2 `))),
      'a surviving worker took the killed job as its second attempt',
    );
    // pg-boss's own record agrees: all completed, only the killed job retried.
    const rows = await sql<{ id: string; state: string; retry_count: number }>(
      `SELECT id, state, retry_count FROM ${queueTarget(queued.db).jobSchema}.job WHERE name = 'analyze'`,
    );
    assert.equal(rows.length, enqueued.jobs);
    for (const r of rows) {
      assert.equal(r.state, 'completed', `job ${r.id}`);
      assert.equal(r.retry_count, r.id === killed.job ? 1 : 0, `retries of ${r.id}`);
    }
  } catch (err) {
    showLogs(workers);
    throw err;
  } finally {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await queued.drop();
    await reference.drop();
  }
});

test('SIGTERM: a worker finishes its running job, takes no other, and exits 0', async () => {
  const t = await createQueueTestDatabase([TECH]);
  try {
    const enqueued = await enqueueAnalyze(t.db, { batchSize: 60 });
    assert.equal(enqueued.jobs, 2);
    let job = '';
    const w = startWorker(t.db, (w, line) => {
      const m = /^start analyze (\S+) /.exec(line);
      if (m && !job) {
        job = m[1] as string;
        w.child.kill('SIGTERM');
      }
    });
    const exit = await w.exited;
    showLogs(exit.code === 0 ? [] : [w]);
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.deepEqual(jobsIn(w.lines, 'done'), [job]);
    const rows = await sql<{ id: string; state: string }>(
      `SELECT id, state FROM ${queueTarget(t.db).jobSchema}.job WHERE name = 'analyze' ORDER BY state`,
    );
    assert.deepEqual(
      rows.map((r) => [r.id === job, r.state]),
      [
        [false, 'created'],
        [true, 'completed'],
      ],
    );
  } finally {
    await t.drop();
  }
});
