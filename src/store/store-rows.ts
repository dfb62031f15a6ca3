/**
 * How listings and records map to table rows and back, identically on both databases.
 * @module
 */
import type { SqlValue } from './sql-driver.ts';
import type { NewListing, RecordStatus, StoredListing, StoredProfileView, StoredRecord } from './store.ts';

/** The listings columns the store writes, in insert order (`seq` is added by the store). */
export const LISTING_COLUMNS = [
  'id',
  'key',
  'source',
  'record_key',
  'locator',
  'title',
  'titles',
  'company',
  'location',
  'url',
  'posted_at',
  'remote',
  'salary',
  'meta',
  'text',
  'content_hash',
  'signature',
] as const;

/** The listings columns read back as a StoredListing. */
export const LISTING_READ_COLUMNS = [
  ...LISTING_COLUMNS.filter((c) => c !== 'signature'),
  'repost_count',
  'repost_dates',
] as const;

/** The records columns, in insert order. */
export const RECORD_COLUMNS = [
  'id',
  'source',
  'record_key',
  'locator',
  'status',
  'listing_id',
  'exact',
  'similarity',
  'reason',
  'posted_at',
] as const;

// Any surrogate: text without one (nearly all) skips the slower lone-surrogate search.
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as both databases can keep it: PostgreSQL refuses U+0000 in text, so it is dropped on both; a lone
 * surrogate becomes U+FFFD (as UTF-8 storage would make it), so what is compared equals what was stored.
 * @example
 * assert.equal(storableText('a\u0000b'), 'ab');
 * assert.equal(storableText('a\ud800'), 'a\ufffd');
 */
export function storableText(value: string): string {
  const s = value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  return SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\ufffd') : s;
}

function opt(value: string | null | undefined): string | null {
  return value == null ? null : storableText(value);
}

/**
 * The row values of a new listing, in LISTING_COLUMNS order.
 * @example
 * const listing = { id: 'a', key: 'x.csv#1', source: 'x.csv', recordKey: '1', locator: 'row 1', title: 'CTO', titles: ['CTO'], company: null, location: null, url: null, postedAt: '2024-05-01', remote: true, salary: null, meta: {}, text: 'Lead.', contentHash: 'h' };
 * const row = listingRow({ listing, signature: [7, 9] });
 * assert.deepEqual([row[0], row[11], row.at(-1)], ['a', 1, '[7,9]']); // remote as 1/0/NULL, signature as JSON
 */
export function listingRow({ listing: l, signature }: NewListing): SqlValue[] {
  return [
    l.id,
    storableText(l.key),
    storableText(l.source),
    storableText(l.recordKey),
    storableText(l.locator),
    opt(l.title),
    storableText(JSON.stringify(l.titles)),
    opt(l.company),
    opt(l.location),
    opt(l.url),
    opt(l.postedAt),
    l.remote == null ? null : l.remote ? 1 : 0,
    opt(l.salary),
    storableText(JSON.stringify(l.meta)),
    storableText(l.text),
    l.contentHash,
    JSON.stringify(signature),
  ];
}

/**
 * A StoredListing from a row selected with LISTING_READ_COLUMNS (plus an optional `analysis` column).
 * @example
 * const listing = { id: 'a', key: 'x.csv#1', source: 'x.csv', recordKey: '1', locator: 'row 1', title: 'CTO', titles: ['CTO'], company: null, location: null, url: null, postedAt: '2024-05-01', remote: true, salary: null, meta: {}, text: 'Lead.', contentHash: 'h' };
 * const written = listingRow({ listing, signature: [] });
 * const row = Object.fromEntries(LISTING_COLUMNS.map((c, i) => [c, written[i]]));
 * assert.deepEqual(listingFromRow({ ...row, repost_count: 0, repost_dates: '[]' }), { ...listing, repostCount: 0, repostDates: [] });
 */
export function listingFromRow(row: Record<string, unknown>): StoredListing {
  const listing: StoredListing = {
    id: String(row.id),
    key: String(row.key),
    source: String(row.source),
    recordKey: String(row.record_key),
    locator: String(row.locator),
    title: nullableString(row.title),
    titles: JSON.parse(String(row.titles)) as string[],
    company: nullableString(row.company),
    location: nullableString(row.location),
    url: nullableString(row.url),
    postedAt: nullableString(row.posted_at),
    remote: row.remote == null ? null : Number(row.remote) === 1,
    salary: nullableString(row.salary),
    meta: JSON.parse(String(row.meta)) as Record<string, string>,
    text: String(row.text),
    contentHash: String(row.content_hash),
    repostCount: Number(row.repost_count),
    repostDates: JSON.parse(String(row.repost_dates)) as string[],
  };
  if (row.analysis != null) listing.analysis = JSON.parse(String(row.analysis));
  return listing;
}

/**
 * A Store.profileViews row: the listing fields a profile counts with the view parsed, or, where the view was missing
 * or stale, the text and analysis to cut one from.
 * @example
 * const head = { id: 'a', source: 's/f.csv', company: null, posted_at: '2024-05-01' };
 * assert.deepEqual(profileViewFromRow({ ...head, profile_view: '{"text":""}' }), { id: 'a', source: 's/f.csv', company: null, postedAt: '2024-05-01', view: { text: '' } });
 * assert.equal(profileViewFromRow({ ...head, profile_view: null, text: 'Lead.', analysis: '{}' }).view, null);
 */
export function profileViewFromRow(row: Record<string, unknown>): StoredProfileView {
  const head = {
    id: String(row.id),
    source: String(row.source),
    company: nullableString(row.company),
    postedAt: nullableString(row.posted_at),
  };
  if (row.profile_view != null) return { ...head, view: JSON.parse(String(row.profile_view)) };
  return { ...head, view: null, text: String(row.text), analysis: JSON.parse(String(row.analysis)) };
}

/**
 * The row values of a record, in RECORD_COLUMNS order.
 * @example
 * const record = { id: 'x.csv#2', source: 'x.csv', recordKey: '2', locator: 'row 2', status: 'rejected', listingId: null, exact: null, similarity: null, reason: 'no title', postedAt: null } as const;
 * assert.deepEqual(recordRow(record), ['x.csv#2', 'x.csv', '2', 'row 2', 'rejected', null, null, null, 'no title', null]);
 */
export function recordRow(r: StoredRecord): SqlValue[] {
  return [
    storableText(r.id),
    storableText(r.source),
    opt(r.recordKey),
    storableText(r.locator),
    r.status,
    r.listingId,
    r.exact == null ? null : r.exact ? 1 : 0,
    r.similarity,
    opt(r.reason),
    opt(r.postedAt),
  ];
}

/**
 * A StoredRecord from a row selected with RECORD_COLUMNS.
 * @example
 * const record = { id: 'x.csv#2', source: 'x.csv', recordKey: '2', locator: 'row 2', status: 'rejected', listingId: null, exact: null, similarity: null, reason: 'no title', postedAt: null } as const;
 * const row = Object.fromEntries(RECORD_COLUMNS.map((c, i) => [c, recordRow(record)[i]]));
 * assert.deepEqual(recordFromRow(row), record);
 */
export function recordFromRow(row: Record<string, unknown>): StoredRecord {
  return {
    id: String(row.id),
    source: String(row.source),
    recordKey: nullableString(row.record_key),
    locator: String(row.locator),
    status: String(row.status) as RecordStatus,
    listingId: nullableString(row.listing_id),
    exact: row.exact == null ? null : Number(row.exact) === 1,
    similarity: row.similarity == null ? null : Number(row.similarity),
    reason: nullableString(row.reason),
    postedAt: nullableString(row.posted_at),
  };
}

function nullableString(value: unknown): string | null {
  return value == null ? null : String(value);
}
