// The job queue's edges: enqueuing twice queues the work once (issue 11, deliverable 4), and a SQLite store is
// refused with the reason and the next step.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueAnalyze, enqueueIngest, jobId, queueTarget } from '../../src/app/index.ts';
import { createQueueTestDatabase } from '../../src/app/test-queue-database.ts';
import { main } from '../../src/cli/main.ts';
import { RoleprintError } from '../../src/errors.ts';
import { TEST_PG_URL, type TestDatabase } from '../../src/store/test-backends.ts';

const TECH = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));
const DEMO = fileURLToPath(new URL('../../data/demo', import.meta.url));

async function sql<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Runs the CLI in this process and returns its exit code and stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => errors.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    return { code: await main(args), stderr: errors.join('') };
  } finally {
    process.stderr.write = write;
  }
}

describe('the job queue refuses SQLite', () => {
  test('queueTarget names the reason and the next step', () => {
    assert.throws(
      () => queueTarget('roleprint.db'),
      (err: unknown) =>
        err instanceof RoleprintError &&
        err.code === 'USAGE' &&
        /Cannot use roleprint.db for the job queue: the job queue needs PostgreSQL/.test(err.message) &&
        /run roleprint ingest\/report directly on SQLite/.test(err.message),
    );
  });

  test('worker and enqueue exit 2 with that message', async () => {
    for (const args of [
      ['worker', '--db', 'x.db'],
      ['enqueue', 'analyze'],
      ['enqueue', 'ingest', TECH],
    ]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /the job queue needs PostgreSQL/);
    }
  });

  test('the queue schema sits beside the store schema', () => {
    const t = queueTarget('postgres://u@h:5432/db?schema=Shop_1');
    assert.equal(t.jobSchema, 'shop_1_jobs');
    assert.equal(t.storeSchema, 'Shop_1');
    assert.equal(t.connectionString, 'postgres://u@h:5432/db');
    assert.equal(queueTarget('postgres://u@h/db').jobSchema, 'public_jobs');
    assert.throws(() => queueTarget('postgres://u@h/db?schema=a-b'), /letters, digits and underscores/);
    assert.match(jobId('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('enqueue dedupe', () => {
  let t: TestDatabase;
  let jobs = '';
  before(async () => {
    t = await createQueueTestDatabase([TECH]);
    jobs = queueTarget(t.db).jobSchema;
  });
  after(() => t.drop());

  test('analyze: two enqueuers at once, then a third, queue each listing once', async () => {
    const [a, b] = await Promise.all([
      enqueueAnalyze(t.db, { batchSize: 25 }),
      enqueueAnalyze(t.db, { batchSize: 25 }),
    ]);
    // 116 listings in 5 batches, whichever enqueuer inserted each job first.
    assert.equal(a.jobs + b.jobs, 5);
    assert.equal(a.items + b.items, 116);
    const again = await enqueueAnalyze(t.db, { batchSize: 10 });
    assert.deepEqual(again, { queue: 'analyze', jobs: 0, items: 0, alreadyQueued: 116, revived: 0 });
    const rows = await sql<{ n: string }>(`SELECT count(*) AS n FROM ${jobs}.job WHERE name = 'analyze'`);
    assert.equal(Number(rows[0]?.n), 5);
  });

  test('analyze: a job that failed every attempt is queued again', async () => {
    await sql(`UPDATE ${jobs}.job SET state = 'failed', completed_on = now() WHERE name = 'analyze'`);
    const r = await enqueueAnalyze(t.db, { batchSize: 25 });
    assert.equal(r.revived, 5);
    assert.equal(r.jobs, 0);
    const states = await sql<{ state: string }>(
      `SELECT DISTINCT state FROM ${jobs}.job WHERE name = 'analyze'`,
    );
    assert.deepEqual(
      states.map((s) => s.state),
      ['retry'],
    );
  });

  test('ingest: a path already pending is not queued again; a new path is', async () => {
    assert.equal((await enqueueIngest(t.db, [TECH, TECH])).jobs, 1);
    const r = await enqueueIngest(t.db, [TECH, DEMO]);
    assert.deepEqual(r, { queue: 'ingest', jobs: 1, items: 1, alreadyQueued: 1, revived: 0 });
    const paths = await sql<{ path: string }>(
      `SELECT data->>'path' AS path FROM ${jobs}.job WHERE name = 'ingest' ORDER BY created_on`,
    );
    assert.deepEqual(
      paths.map((p) => p.path),
      [TECH, DEMO],
    );
  });
});
