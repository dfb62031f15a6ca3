/**
 * The little SQL surface the store needs, implemented once per database (SQLite, PostgreSQL),
 * so the store's logic is written once.
 * @module
 */

/** A value a driver can bind: text, number or null (booleans are stored as 0/1 on both databases). */
export type SqlValue = string | number | null;

/** A minimal async SQL connection; SQL is written with `?` placeholders and the PostgreSQL driver numbers them. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a query and returns its rows as plain objects keyed by column name. */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement that returns no rows. */
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Runs a script of several `;`-separated statements without parameters. */
  exec(script: string): Promise<void>;
  /** Inserts many rows into `table` (columns in the given order), inside the caller's transaction. */
  insertMany(table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** A condition `column IN values` with one bound parameter, written the way this database does it fastest. */
  inList(column: string, values: readonly string[]): { sql: string; param: unknown };
  /**
   * Waits until this connection is the database's only writer (a lock other roleprint processes honour,
   * released by the database or the OS if the process dies) and resolves to the function that releases it.
   */
  lockWriter(): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
