/**
 * The one error class roleprint throws for misuse and configuration mistakes.
 * Bad input records are never thrown: they become rejections that the accounting counts.
 * @module
 */

/** Stable codes; `cli` maps them to exit codes and (later) `server` to HTTP statuses, each in one place. */
export type RoleprintErrorCode =
  | 'USAGE' // bad flags or arguments
  | 'INPUT' // a path that does not exist, an unreadable file, an unknown format
  | 'CONFIG' // bad configuration (e.g. a database URL)
  | 'STORE' // the database failed or its schema is newer than this version
  | 'DATA' // a compiled artifact (taxonomy, model) is missing or corrupt
  | 'INTERNAL';

/**
 * An error with a code and an optional cause; the message names the input, the bad value and the fix.
 * @example
 * const e = new RoleprintError('INPUT', 'Cannot read jobs.xml: unknown format; pass --format csv|json|jsonl|jsonld|greenhouse|lever|hn|folder');
 * assert.equal(e.code, 'INPUT');
 */
export class RoleprintError extends Error {
  override name = 'RoleprintError';
  constructor(
    readonly code: RoleprintErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
