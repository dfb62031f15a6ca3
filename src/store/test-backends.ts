/**
 * For tests: a fresh, isolated database per backend (a temp SQLite file, or a PostgreSQL schema of its own)
 * and its removal, so parallel runs and reruns never collide.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL every development and CI machine runs (trust auth). */
export const TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A database location for one test and the function that deletes it. */
export interface TestDatabase {
  db: string;
  drop(): Promise<void>;
}

/** One backend the store suite runs on. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

/**
 * Both backends, each creating a fresh empty database per call.
 * @example
 * const t = await TEST_BACKENDS[0].create();
 * assert.match(t.db, /roleprint-test-/);
 * await t.drop();
 */
export const TEST_BACKENDS: readonly TestBackend[] = [
  {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'roleprint-test-'));
      return {
        db: join(dir, 'test.db'),
        async drop() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    async create() {
      const schema = `roleprint_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      return {
        db: `${TEST_PG_URL}?schema=${schema}`,
        async drop() {
          const client = new pg.Client({ connectionString: TEST_PG_URL });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];
