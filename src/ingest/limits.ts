/**
 * Input limits: what one field, one description and one decompressed file may hold before the record (or file) is
 * rejected with the limit named. Defaults leave every shared listing in (the longest cleaned text is 33,867
 * characters, the longest title 457); each can be changed through the environment variable named in the rejection.
 * @module
 */

/** A limit, its default and the environment variable that changes it. */
interface Limit {
  env: string;
  fallback: number;
}

const FIELD: Limit = { env: 'ROLEPRINT_MAX_FIELD_CHARS', fallback: 2_000 };
const DESCRIPTION: Limit = { env: 'ROLEPRINT_MAX_DESCRIPTION_CHARS', fallback: 1_000_000 };
const DECOMPRESSED: Limit = { env: 'ROLEPRINT_MAX_DECOMPRESSED_MB', fallback: 4_096 };
const RATIO: Limit = { env: 'ROLEPRINT_MAX_GZIP_RATIO', fallback: 1_000 };
// Real listings (JSON-LD included) nest under 20 levels.
const JSON_DEPTH: Limit = { env: 'ROLEPRINT_MAX_JSON_DEPTH', fallback: 128 };
// The largest shared file holds 6,409 records; a million in one file is a big export, more is a split job (or a bomb
// of tiny records, which took 14 minutes before this limit).
const RECORDS: Limit = { env: 'ROLEPRINT_MAX_RECORDS_PER_FILE', fallback: 1_000_000 };

function value(limit: Limit): number {
  const v = Number(process.env[limit.env]);
  return Number.isFinite(v) && v > 0 ? v : limit.fallback;
}

/**
 * Why a record's field is too long, or null. Short fields (title, company, location, URL, salary) and the
 * description have separate limits.
 * @example
 * assert.match(fieldTooLong('title', 'x'.repeat(5000)) ?? '', /title is 5,000 characters, over the limit of 2,000/);
 * assert.equal(fieldTooLong('title', 'CTO'), null);
 */
export function fieldTooLong(name: string, text: string | null | undefined): string | null {
  if (!text) return null;
  const limit = name === 'description' ? DESCRIPTION : FIELD;
  const max = value(limit);
  if (text.length <= max) return null;
  return `${name} is ${text.length.toLocaleString('en-US')} characters, over the limit of ${max.toLocaleString('en-US')} (set ${limit.env} to change it)`;
}

/**
 * Why a gzip file's decompressed text is too much, or null: over a size limit, or over a ratio to its compressed
 * size once past 64 MB (a gzip bomb).
 * @example
 * assert.equal(decompressedTooMuch(10_000_000, 1_000_000), null);
 * assert.match(decompressedTooMuch(2_000_000_000, 1_000_000) ?? '', /ratio/);
 */
export function decompressedTooMuch(decompressed: number, compressed: number): string | null {
  const maxBytes = value(DECOMPRESSED) * 1024 * 1024;
  if (decompressed > maxBytes)
    return `decompresses to more than ${value(DECOMPRESSED).toLocaleString('en-US')} MB (set ${DECOMPRESSED.env} to change it)`;
  const ratio = decompressed / Math.max(1, compressed);
  if (decompressed > 64 * 1024 * 1024 && ratio > value(RATIO))
    return `decompresses ${Math.round(ratio).toLocaleString('en-US')} times its size, over the ratio limit of ${value(RATIO).toLocaleString('en-US')} (a gzip bomb?; set ${RATIO.env} to change it)`;
  return null;
}

/**
 * The deepest nesting of arrays and objects a JSON record may have, and the variable that changes it.
 * @example
 * assert.equal(maxJsonDepth().max, 128);
 */
export function maxJsonDepth(): { max: number; env: string } {
  return { max: value(JSON_DEPTH), env: JSON_DEPTH.env };
}

/**
 * Why a file's records stop being read, once `count` records were read from it, or null while under the limit.
 * @example
 * assert.equal(tooManyRecords(10), null);
 * assert.match(tooManyRecords(1_000_000) ?? '', /more than 1,000,000 records/);
 */
export function tooManyRecords(count: number): string | null {
  const max = value(RECORDS);
  if (count < max) return null;
  return `the file holds more than ${max.toLocaleString('en-US')} records; the rest of it was not read (split the file, or set ${RECORDS.env} to change the limit)`;
}
