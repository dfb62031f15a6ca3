/**
 * The SqlDriver for the embedded single-file database (better-sqlite3).
 * @module
 */
import Database from 'better-sqlite3';
import type { SqlDriver, SqlValue } from './sql-driver.ts';

/** How often a writer waiting for another roleprint's ingest to finish tries again. */
const LOCK_POLL_MS = 50;
/** WAL pages (4 KiB each, so 64 MiB) after which the writer holding the lock checkpoints; SQLite's default is 1,000. */
const WRITER_CHECKPOINT_PAGES = 16_384;

/** How long a statement waits for another connection's lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;
/** How often opening retries the switch to WAL while another process opens the same new file. */
const WAL_RETRY_MS = 20;

// Switching a new file to WAL fails at once, without waiting as busy_timeout would, while another process opening the
// same file holds it (two `ingest`s into one new store): the switch is retried until the busy timeout.
function setWal(db: Database.Database): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += WAL_RETRY_MS) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || waited >= BUSY_TIMEOUT_MS) throw err;
      Atomics.wait(pause, 0, 0, WAL_RETRY_MS);
    }
  }
}

/**
 * Opens (creating when missing) a SQLite database file and returns a SqlDriver on it.
 * @example
 * const driver = openSqliteDriver(':memory:');
 * assert.deepEqual(await driver.all('SELECT 1 AS one'), [{ one: 1 }]);
 */
export function openSqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL + NORMAL: a committed batch survives the process being killed; only an OS crash may lose the last one.
  setWal(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  let inTransaction = false;
  return {
    dialect: 'sqlite',
    async all<T>(sql: string, params: unknown[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async run(sql, params = []) {
      prepare(sql).run(...params);
    },
    async exec(script) {
      db.exec(script);
    },
    async insertMany(table: string, columns: readonly string[], rows: SqlValue[][]) {
      if (rows.length === 0) return;
      const stmt = prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows) stmt.run(...row);
    },
    async transaction(fn) {
      if (inTransaction) throw new Error('nested transactions are not supported');
      inTransaction = true;
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      } finally {
        inTransaction = false;
      }
    },
    inList(column, values) {
      return { sql: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(values) };
    },
    async lockWriter() {
      if (path === ':memory:') return async () => {};
      // An exclusive transaction on a sidecar file: SQLite's own file locks, which the OS drops with the process.
      const lock = new Database(`${path}.lock`);
      lock.pragma('busy_timeout = 0');
      for (;;) {
        try {
          lock.exec('BEGIN EXCLUSIVE');
          break;
        } catch (err) {
          if ((err as { code?: string }).code !== 'SQLITE_BUSY') {
            lock.close();
            throw err;
          }
          await new Promise((done) => setTimeout(done, LOCK_POLL_MS));
        }
      }
      // The only writer checkpoints the WAL into the database less often (each checkpoint syncs the file and rewrites
      // the index pages it holds): about a quarter less time writing the shared corpus. Commits stay as durable.
      const pagesBefore = Number(db.pragma('wal_autocheckpoint', { simple: true }));
      db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
      return async () => {
        if (db.open) db.pragma(`wal_autocheckpoint = ${pagesBefore}`);
        if (lock.open) {
          if (lock.inTransaction) lock.exec('ROLLBACK');
          lock.close();
        }
      };
    },
    async close() {
      statements.clear();
      if (db.open) db.close();
    },
  };
}
