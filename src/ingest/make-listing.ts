/**
 * Builds Listing records from the fields a reader found, and assigns each record a key unique in its file.
 * @module
 */
import { StringSet } from '../compact.ts';
import { fieldTooLong } from './limits.ts';
import type { DescriptionFormat, Listing, ReadItem, Rejection } from './listing.ts';

/** What a reader found in one record; missing fields become null. */
export interface ListingFields {
  title?: string | null;
  /** Extra titles after the main one (HN comments hiring for several roles). */
  titles?: string[];
  company?: string | null;
  location?: string | null;
  url?: string | null;
  postedAt?: string | null;
  description?: string | null;
  format: DescriptionFormat;
  remote?: boolean | null;
  salary?: string | null;
  meta?: Record<string, string>;
  /** Why there is no description when the record has no field for it (the rejection reason). */
  noDescriptionReason?: string;
}

/**
 * Whether a JSON value is a plain object (not null, not an array).
 * @example
 * assert.equal(isObject({ a: 1 }), true);
 * assert.equal(isObject([1]), false);
 */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Trimmed text (finite numbers stringified), or null when empty or not a string.
 * @example
 * assert.equal(text('  CTO '), 'CTO');
 * assert.equal(text(''), null);
 */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t ? t : null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A record key as every store keeps it: NUL removed (PostgreSQL refuses it) and lone surrogates replaced by
 * U+FFFD (what UTF-8 storage turns them into), so the key read on a rerun equals the key stored.
 * @example
 * assert.equal(storableKey('a\u0000b\ud800'), 'ab\ufffd');
 */
export function storableKey(key: string): string {
  return key.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Hands out record keys unique within one file: the native id when there is one, else the 1-based record
 * number; a key already used (a native id repeated in the file) gets `~2`, `~3` … in order of appearance,
 * so keys stay unique and are stable as long as the file's record order is.
 * @example
 * const next = createKeyAssigner();
 * assert.deepEqual([next('a', 1), next(null, 2), next('a', 3)], ['a', '2', 'a~2']);
 */
export function createKeyAssigner(): (nativeId: string | null, recordNumber: number) => string {
  // Outside the heap: a file of a million records keeps a million keys here while it is read.
  const used = new StringSet();
  return (nativeId, recordNumber) => {
    const base = nativeId === null ? String(recordNumber) : storableKey(nativeId);
    let key = base;
    for (let n = 2; !used.add(key); n++) key = `${base}~${n}`;
    return key;
  };
}

/**
 * Makes the ReadItem for one record: a Listing, or a Rejection when the record has no description.
 * @example
 * const item = makeItem('a/b.csv', 'row 1', '7', { title: 'CTO', description: 'Lead.', format: 'text' });
 * assert.equal(item.kind === 'listing' && item.listing.key, 'a/b.csv#7');
 */
export function makeItem(
  source: string,
  locator: string,
  recordKey: string,
  fields: ListingFields,
): ReadItem {
  const description = typeof fields.description === 'string' ? fields.description : '';
  if (!description.trim())
    return reject(source, locator, recordKey, fields.noDescriptionReason ?? 'empty description');
  for (const [name, v] of [
    ['description', description],
    ['title', fields.title],
    ['company', fields.company],
    ['location', fields.location],
    ['url', fields.url],
    ['salary', fields.salary],
  ] as const) {
    const tooLong = fieldTooLong(name, typeof v === 'string' ? v : null);
    if (tooLong) return reject(source, locator, recordKey, tooLong);
  }
  const key = storableKey(recordKey);
  const title = text(fields.title);
  const titles = [...new Set([title, ...(fields.titles ?? []).map(text)].filter((t): t is string => !!t))];
  const listing: Listing = {
    key: `${source}#${key}`,
    source,
    recordKey: key,
    locator,
    title: titles[0] ?? null,
    titles,
    company: text(fields.company),
    location: text(fields.location),
    url: text(fields.url),
    postedAt: fields.postedAt ?? null,
    description,
    format: fields.format,
    remote: fields.remote ?? null,
    salary: text(fields.salary),
    meta: fields.meta ?? {},
  };
  return { kind: 'listing', listing };
}

/**
 * Makes a rejected ReadItem.
 * @example
 * const item = reject('a/b.jsonl', 'line 3', null, 'invalid JSON');
 * assert.equal(item.kind, 'rejected');
 */
export function reject(source: string, locator: string, recordKey: string | null, reason: string): ReadItem {
  const rejection: Rejection = {
    source,
    locator,
    recordKey: recordKey === null ? null : storableKey(recordKey),
    reason,
  };
  return { kind: 'rejected', rejection };
}
