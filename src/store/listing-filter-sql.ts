/**
 * Turns a ListingFilter into a SQL condition on the listings table (alias `l`), the same on both databases.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { SqlDriver } from './sql-driver.ts';
import type { ListingFilter } from './store.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The WHERE condition (`TRUE` when the filter is empty) and its parameters for listings aliased `l`.
 * Dates compare on their common prefix, so a listing dated `2024-01` is inside `since: '2024-01-15'`.
 * @example
 * import { openSqliteDriver } from './sqlite-driver.ts';
 * const { sql, params } = listingFilterSql(openSqliteDriver(':memory:'), { since: '2024-01' });
 * assert.deepEqual(params, ['2024-01']);
 * assert.match(sql, /l\.posted_at/);
 */
export function listingFilterSql(
  driver: SqlDriver,
  filter: ListingFilter = {},
): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    const c = driver.inList('l.id', filter.ids);
    conditions.push(c.sql);
    params.push(c.param);
  }
  if (filter.sources) {
    const c = driver.inList('l.source', filter.sources);
    conditions.push(c.sql);
    params.push(c.param);
  }
  if (filter.since !== undefined) {
    checkDate('since', filter.since);
    conditions.push('l.posted_at IS NOT NULL AND substr(?, 1, length(l.posted_at)) <= l.posted_at');
    params.push(filter.since);
  }
  if (filter.until !== undefined) {
    checkDate('until', filter.until);
    conditions.push('l.posted_at IS NOT NULL AND substr(l.posted_at, 1, ?) <= ?');
    params.push(filter.until.length, filter.until);
  }
  if (filter.role !== undefined) {
    const version = filter.analysisVersion === undefined ? '' : ' AND r.version = ?';
    // Driven from the role index: the role's listings are looked up by id, not every listing tested (a listing row
    // holds its text, so a scan of 100,000 of them reads hundreds of megabytes).
    conditions.push(`l.id IN (SELECT r.listing_id FROM listing_roles r WHERE r.role = ?${version})`);
    params.push(filter.role);
    if (filter.analysisVersion !== undefined) params.push(filter.analysisVersion);
  }
  if (filter.contentHashNotIn && filter.contentHashNotIn.length > 0) {
    const c = hashPrefixIn(driver, filter.contentHashNotIn);
    conditions.push(`NOT (${c.sql})`);
    params.push(c.param);
  }
  if (filter.contentHashIn?.length === 0) conditions.push('1 = 0');
  else if (filter.contentHashIn) {
    const c = hashPrefixIn(driver, filter.contentHashIn);
    conditions.push(c.sql);
    params.push(c.param);
  }
  if (filter.roleMissing !== undefined) {
    conditions.push('NOT EXISTS (SELECT 1 FROM listing_roles r WHERE r.listing_id = l.id AND r.version = ?)');
    params.push(filter.roleMissing);
  }
  if (filter.analysisMissing !== undefined) {
    conditions.push('NOT EXISTS (SELECT 1 FROM analyses a WHERE a.listing_id = l.id AND a.version = ?)');
    params.push(filter.analysisMissing);
  }
  if (filter.conceptRowsMissing) {
    if (filter.analysisVersion === undefined)
      throw new RangeError('conceptRowsMissing needs analysisVersion: the analyses of which version?');
    conditions.push(
      'EXISTS (SELECT 1 FROM analyses a WHERE a.listing_id = l.id AND a.version = ? AND a.concept_rows IS NULL)',
    );
    params.push(filter.analysisVersion);
  }
  return { sql: conditions.length === 0 ? '1 = 1' : conditions.map((c) => `(${c})`).join(' AND '), params };
}

// `content hash prefix IN prefixes`. The length is written into the SQL as a number (the prefixes are bound), so
// that at HASH_PREFIX the expression is listings_hash_prefix's own and the database looks the prefixes up in it.
function hashPrefixIn(driver: SqlDriver, prefixes: readonly string[]): { sql: string; param: unknown } {
  const n = prefixes[0]?.length ?? 0;
  if (n < 1 || prefixes.some((p) => p.length !== n))
    throw new RangeError('contentHashNotIn, contentHashIn: expected hash prefixes, all of one length');
  return driver.inList(`substr(l.content_hash, 1, ${n})`, [...prefixes]);
}

function checkDate(name: string, value: string): void {
  if (!DATE.test(value)) {
    throw new RoleprintError(
      'USAGE',
      `Cannot filter listings by ${name} "${value}": expected a date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
}
