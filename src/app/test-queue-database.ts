/**
 * For tests, examples and benchmarks of the job queue: a fresh PostgreSQL store schema, optionally holding some
 * listings, and the drop of it and of the queue schema beside it.
 * @module
 */
import pg from 'pg';
import { openStore } from '../store/index.ts';
import { TEST_BACKENDS, TEST_PG_URL, type TestDatabase } from '../store/test-backends.ts';
import { ingestListings } from './ingest-listings.ts';
import { queueTarget } from './job-queue.ts';

/**
 * A store schema of its own on the test server, with `paths` ingested; `drop()` removes it and its queue.
 * @example
 * const t = await createQueueTestDatabase(['test/fixtures/ingest/folder']);
 * assert.match(t.db, /\?schema=roleprint_test_/);
 * await t.drop();
 */
export async function createQueueTestDatabase(paths: string[] = []): Promise<TestDatabase> {
  const postgres = TEST_BACKENDS.find((b) => b.name === 'postgres') as (typeof TEST_BACKENDS)[number];
  const t = await postgres.create();
  const drop = async () => {
    await t.drop();
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${queueTarget(t.db).jobSchema}" CASCADE`);
    } finally {
      await client.end();
    }
  };
  if (paths.length > 0) {
    const store = await openStore(t.db);
    try {
      await ingestListings(store, paths);
    } catch (err) {
      await store.close();
      await drop();
      throw err;
    }
    await store.close();
  }
  return { db: t.db, drop };
}
