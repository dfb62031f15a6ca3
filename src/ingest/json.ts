/**
 * JSON readers: JSONL streamed line by line (an invalid line is a rejection naming it) and whole JSON
 * documents (an array of records, or an object holding one). Objects that are schema.org JobPostings are
 * mapped as JSON-LD, others by their key names.
 * @module
 */
import type { ReadStep } from './csv.ts';
import { jsonTooDeep } from './json-depth.ts';
import { extractJsonLdBlocks, findJobPostings, mapJobPosting } from './jsonld.ts';
import type { ReadItem } from './listing.ts';
import { createKeyAssigner, type ListingFields, makeItem, reject } from './make-listing.ts';
import { type ColumnMapping, mapColumns, mapRecord } from './map-record.ts';
import type { OpenedSource } from './open-source.ts';
import { readLines, takeInvalidChars } from './read-lines.ts';
import type { ReadOptions } from './read-options.ts';
import { splitJsonArray } from './split-json-array.ts';

type Mapped = { fields: ListingFields; nativeId: string | null };

/** Maps JSON values to listing fields, caching the column mapping per key set. */
function createObjectMapper(source: string, options: ReadOptions, jsonLdOnly: boolean) {
  const mappings = new Map<string, ColumnMapping>();
  return (value: unknown): Mapped[] | string => {
    const postings = findJobPostings(value);
    if (postings.length > 0) return postings.map(mapJobPosting);
    if (jsonLdOnly) return 'no schema.org JobPosting in this record';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    const sig = keys.join('\u0000');
    let mapping = mappings.get(sig);
    if (!mapping) {
      mapping = mapColumns(keys, source, options.columns, false);
      mappings.set(sig, mapping);
    }
    return [mapRecord(obj, mapping)];
  };
}

/** Items for one parsed record (several when it holds several JobPostings). */
function itemsOf(
  source: string,
  locator: string,
  recordNo: number,
  mapped: Mapped[] | string,
  nextKey: (id: string | null, n: number) => string,
): ReadItem[] {
  if (typeof mapped === 'string') return [reject(source, locator, null, mapped)];
  return mapped.map((m) => makeItem(source, locator, nextKey(m.nativeId, recordNo), m.fields));
}

/** One JSON record's text to its items: a rejection for invalid bytes or invalid JSON, else the mapped listings. */
function parseRecord(
  source: string,
  locator: string,
  recordNo: number,
  text: string,
  bad: { byteOffset: number } | null | undefined,
  map: (value: unknown) => Mapped[] | string,
  nextKey: (id: string | null, n: number) => string,
): ReadItem[] {
  if (bad) return [reject(source, locator, null, `invalid UTF-8 byte at byte offset ${bad.byteOffset}`)];
  const deep = jsonTooDeep(text);
  if (deep) return [reject(source, locator, null, `${deep}; not a listing record`)];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [reject(source, locator, null, `invalid JSON: ${(e as Error).message}`)];
  }
  return itemsOf(source, locator, recordNo, map(value), nextKey);
}

/**
 * Reads JSONL: one JSON value per line; blank lines are ignored.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('../shared/data/listings/tech-leadership/postings.jsonl');
 * for await (const { item } of readJsonl(src, {})) assert.equal(item.kind, 'listing');
 */
export async function* readJsonl(
  src: OpenedSource,
  options: ReadOptions,
  jsonLdOnly = false,
): AsyncGenerator<ReadStep> {
  const map = createObjectMapper(src.source, options, jsonLdOnly);
  const nextKey = createKeyAssigner();
  let recordNo = 0;
  for await (const line of readLines(src.text())) {
    const bad = takeInvalidChars(src.invalid, line.charStart, line.charStart + line.text.length + 1);
    if (!line.text.trim()) continue;
    recordNo++;
    const locator = `line ${line.lineNo}`;
    for (const item of parseRecord(src.source, locator, recordNo, line.text, bad, map, nextKey))
      yield { item, bytesRead: src.bytesRead() };
  }
}

/**
 * Reads a whole file as text (for document formats: JSON, HTML pages, text files).
 * @example
 * import { openSource } from './open-source.ts';
 * const whole = await readWhole(await openSource('README.md'));
 * assert.equal(typeof whole, 'string');
 */
export async function readWhole(src: OpenedSource): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of src.text()) parts.push(chunk);
  return parts.join('');
}

/**
 * Parses a whole JSON file; invalid JSON gives the whole-file rejection to yield instead.
 * @example
 * import { openSource } from './open-source.ts';
 * const parsed = await parseJsonFile(await openSource('test/fixtures/ingest/greenhouse-jobs.json'));
 * assert.ok('doc' in parsed);
 */
export async function parseJsonFile(src: OpenedSource): Promise<{ doc: unknown } | { step: ReadStep }> {
  try {
    const text = await readWhole(src);
    const deep = jsonTooDeep(text);
    if (deep) throw new Error(deep);
    return { doc: JSON.parse(text) };
  } catch (e) {
    return {
      step: {
        item: reject(src.source, 'file', null, `invalid JSON: ${(e as Error).message}`),
        bytesRead: src.bytesRead(),
      },
    };
  }
}

/**
 * The records of a JSON document: a top-level array, the array under `jobs`/`postings`/`data`/`results`/
 * `items`/`listings`, or the document itself.
 * @example
 * assert.deepEqual(recordsOf({ data: [{ id: 1 }] }), [{ id: 1 }]);
 */
export function recordsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (typeof doc === 'object' && doc !== null) {
    const o = doc as Record<string, unknown>;
    if (findJobPostings(o).length > 0 || o['@graph'] !== undefined) return [o];
    for (const k of ['jobs', 'postings', 'data', 'results', 'items', 'listings'])
      if (Array.isArray(o[k])) return o[k] as unknown[];
    return [o];
  }
  return [doc];
}

/**
 * Reads a JSON document: a top-level array is streamed element by element (a malformed element is one
 * rejection); an object (`{jobs|data|results: [...]}`, or one record) is parsed whole, and unparseable JSON
 * there is one whole-file rejection.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('test/fixtures/ingest/array.json');
 * for await (const { item } of readJsonDocument(src, {})) assert.equal(item.kind, 'listing');
 */
export async function* readJsonDocument(
  src: OpenedSource,
  options: ReadOptions,
  jsonLdOnly = false,
): AsyncGenerator<ReadStep> {
  if (/^\uFEFF?\s*\[/.test(src.head)) {
    yield* readJsonArray(src, options, jsonLdOnly);
    return;
  }
  const parsed = await parseJsonFile(src);
  if ('step' in parsed) {
    yield parsed.step;
    return;
  }
  const doc = parsed.doc;
  const map = createObjectMapper(src.source, options, jsonLdOnly);
  const nextKey = createKeyAssigner();
  const records = recordsOf(doc);
  for (let i = 0; i < records.length; i++) {
    const locator = `record ${i + 1}`;
    const record = records[i];
    if (src.invalid.length > 0 && JSON.stringify(record).includes('\ufffd')) {
      const bad = src.invalid.shift();
      yield {
        item: reject(src.source, locator, null, `invalid UTF-8 byte at byte offset ${bad?.byteOffset}`),
        bytesRead: src.bytesRead(),
      };
      continue;
    }
    for (const item of itemsOf(src.source, locator, i + 1, map(record), nextKey))
      yield { item, bytesRead: src.bytesRead() };
  }
}

/** Streams a top-level JSON array element by element (bounded memory; a bad element is one rejection). */
async function* readJsonArray(
  src: OpenedSource,
  options: ReadOptions,
  jsonLdOnly: boolean,
): AsyncGenerator<ReadStep> {
  const map = createObjectMapper(src.source, options, jsonLdOnly);
  const nextKey = createKeyAssigner();
  for await (const e of splitJsonArray(src.text())) {
    if (e.kind === 'error') {
      yield {
        item: reject(src.source, 'file', null, `invalid JSON: ${e.reason} at character ${e.charOffset}`),
        bytesRead: src.bytesRead(),
      };
      return;
    }
    const { index, text, charStart, charEnd } = e.element;
    const locator = `record ${index}`;
    const bad = takeInvalidChars(src.invalid, charStart, charEnd);
    for (const item of parseRecord(src.source, locator, index, text, bad, map, nextKey))
      yield { item, bytesRead: src.bytesRead() };
  }
}

/**
 * Reads the JobPostings embedded in an HTML page's JSON-LD script blocks (one record per posting).
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('test/fixtures/ingest/jsonld-graph.html');
 * for await (const { item } of readJsonLdHtml(src)) assert.equal(item.kind, 'listing');
 */
export async function* readJsonLdHtml(src: OpenedSource): AsyncGenerator<ReadStep> {
  const html = await readWhole(src);
  const nextKey = createKeyAssigner();
  const blocks = extractJsonLdBlocks(html);
  let n = 0;
  let found = false;
  for (const [b, block] of blocks.entries()) {
    if (!block.ok) {
      yield {
        item: reject(src.source, `script ${b + 1}`, null, `invalid JSON-LD: ${block.error}`),
        bytesRead: src.bytesRead(),
      };
      continue;
    }
    for (const posting of findJobPostings(block.value)) {
      found = true;
      n++;
      const { fields, nativeId } = mapJobPosting(posting);
      yield {
        item: makeItem(src.source, `record ${n}`, nextKey(nativeId, n), fields),
        bytesRead: src.bytesRead(),
      };
    }
  }
  if (!found && blocks.every((b) => b.ok))
    yield {
      item: reject(src.source, 'file', null, 'no schema.org JobPosting JSON-LD in this page'),
      bytesRead: src.bytesRead(),
    };
}
