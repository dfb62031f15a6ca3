/**
 * Opens the store a `--db` value names: a file path (SQLite) or a `postgres://` URL (PostgreSQL).
 * @module
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RoleprintError } from '../errors.ts';
import { migrate } from './migrations.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import type { SqlDriver } from './sql-driver.ts';
import { createSqlStore } from './sql-store.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import type { Store } from './store.ts';

/** The database used when `--db` is not given. */
export const DEFAULT_DB = './roleprint.db';

/** Options for openStore. */
export interface OpenStoreOptions {
  /**
   * Create the SQLite file when it does not exist; commands that only read pass false, so a typo in --db is an
   * error instead of a new empty database.
   * @default true
   */
  create?: boolean;
}

/**
 * Opens (creating and migrating when needed) the store at `db`: a SQLite file path, or
 * `postgres://user@host:port/database[?schema=name]` (the `schema` parameter picks a PostgreSQL schema, default `public`).
 * @example
 * const store = await openStore(':memory:');
 * assert.equal(store.backend, 'sqlite');
 * await store.close();
 */
export async function openStore(db: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) return openPostgres(db);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
    throw new RoleprintError(
      'CONFIG',
      `Cannot open the database "${db}": only a file path (SQLite) or a postgres:// URL is supported; pass --db ./roleprint.db or --db postgres://user@host:5432/dbname`,
    );
  }
  const path = db === ':memory:' ? db : resolve(db);
  if (options.create === false && path !== ':memory:' && !existsSync(path))
    throw new RoleprintError(
      'INPUT',
      db === DEFAULT_DB
        ? `No store here (${DEFAULT_DB}): run "roleprint ingest PATH" first, or pass --db with the store to read`
        : `No store at ${db}: check the path, or run "roleprint ingest PATH --db ${db}" first`,
    );
  let driver: SqlDriver;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    driver = openSqliteDriver(path);
  } catch (err) {
    throw new RoleprintError(
      'STORE',
      `Cannot open ${db} as a SQLite database: ${(err as Error).message}; pass --db with a new file name or an existing roleprint database, in a writable directory`,
      { cause: err },
    );
  }
  return ready(driver, db);
}

/**
 * A PostgreSQL `--db` URL split into the URL to connect with and the store's schema (`?schema=`, default public).
 * @example
 * const { url, schema } = parsePostgresUrl('postgres://u@h:5432/d?schema=s1');
 * assert.deepEqual([url.toString(), schema], ['postgres://u@h:5432/d', 's1']);
 */
export function parsePostgresUrl(db: string): { url: URL; schema: string } {
  let url: URL;
  try {
    url = new URL(db);
  } catch (err) {
    throw new RoleprintError(
      'CONFIG',
      `Cannot open the database "${db}": not a valid URL; expected postgres://user@host:5432/dbname`,
      { cause: err },
    );
  }
  const schema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  return { url, schema };
}

async function openPostgres(db: string): Promise<Store> {
  const { url, schema } = parsePostgresUrl(db);
  const shown = redact(url);
  const location = schema === 'public' ? shown : `${shown} (schema ${schema})`;
  let driver: SqlDriver;
  try {
    driver = await openPostgresDriver(url.toString(), schema);
  } catch (err) {
    // PostgreSQL error 3D000: the server is up but the database in the URL is not there.
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    const next =
      (err as { code?: string }).code === '3D000'
        ? `create it first (createdb -h ${url.hostname || '127.0.0.1'} -U ${decodeURIComponent(url.username) || 'postgres'} ${database}, or in psql: CREATE DATABASE "${database}";), or name an existing database in the URL`
        : 'check that the server is running and the URL (user, host, port, database) is right';
    throw new RoleprintError(
      'STORE',
      `Cannot connect to PostgreSQL at ${location}: ${(err as Error).message}; ${next}`,
      { cause: err },
    );
  }
  return ready(driver, location);
}

async function ready(driver: SqlDriver, location: string): Promise<Store> {
  try {
    await migrate(driver, location);
  } catch (err) {
    await driver.close().catch(() => undefined);
    if (err instanceof RoleprintError) throw err;
    throw new RoleprintError(
      'STORE',
      `Cannot prepare the database ${location}: ${(err as Error).message}; check that it is a roleprint database (or pass another --db)`,
      { cause: err },
    );
  }
  return createSqlStore(driver, location);
}

function redact(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}
