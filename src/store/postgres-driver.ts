/**
 * The SqlDriver for PostgreSQL (pg), on one connection whose search_path is the store's schema.
 * @module
 */
import type { SqlDriver, SqlValue } from './sql-driver.ts';

/** PostgreSQL accepts at most 65,535 parameters per statement; stay well under it. */
const MAX_PARAMS = 30_000;

/**
 * Connects to PostgreSQL, creates `schema` when missing and returns a SqlDriver whose queries run in it.
 * @example
 * const driver = await openPostgresDriver('postgres://postgres@127.0.0.1:5432/test', 'public');
 * assert.deepEqual(await driver.all('SELECT 1 AS one'), [{ one: 1 }]);
 * await driver.close();
 */
export async function openPostgresDriver(connectionString: string, schema: string): Promise<SqlDriver> {
  // Loaded on first use: a SQLite store never needs the driver.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  const quoted = `"${schema.replaceAll('"', '""')}"`;
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  } catch (err) {
    // Another process may create it at the same moment; the schema existing is all that matters.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) throw err;
  }
  await client.query(`SET search_path TO ${quoted}`);
  let inTransaction = false;
  let closed = false;
  const all = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await client.query(numberPlaceholders(sql), params)).rows as T[];
  return {
    dialect: 'postgres',
    all,
    async run(sql, params = []) {
      await client.query(numberPlaceholders(sql), params);
    },
    async exec(script) {
      await client.query(script);
    },
    async insertMany(table: string, columns: readonly string[], rows: SqlValue[][]) {
      const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const params: SqlValue[] = [];
        const tuples = chunk.map((row) => {
          const slots = row.map((value) => {
            params.push(value);
            return `$${params.length}`;
          });
          return `(${slots.join(', ')})`;
        });
        await client.query(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
          params,
        );
      }
    },
    async transaction(fn) {
      if (inTransaction) throw new Error('nested transactions are not supported');
      inTransaction = true;
      await client.query('BEGIN');
      try {
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        inTransaction = false;
      }
    },
    inList(column, values) {
      return { sql: `${column} = ANY(?::text[])`, param: [...values] };
    },
    async lockWriter() {
      // A session-level advisory lock per schema: waits for the holder, and ends with its connection.
      const key = `roleprint writer ${schema}`;
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
      return async () => {
        if (!closed) await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.end();
    },
  };
}

/** Turns `?` placeholders into `$1, $2, …` (the store's SQL never has `?` inside literals). */
function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
