/**
 * Test helper: real lines from the shared listings, looked up by source and record id, so every test sentence is
 * verbatim from a cited listing (tests may read ../shared; the product never does).
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { htmlToText } from '../../../clean/index.ts';

const LISTINGS = fileURLToPath(new URL('../../../../../shared/data/listings/', import.meta.url));

/** Shared sources the helper reads, with the field holding the id and the text. */
const SOURCES = {
  'tech-leadership': { file: 'tech-leadership/postings.jsonl', id: 'id', text: 'description' },
  'yc-waas-nyc-2026': { file: 'yc-waas-nyc-2026/jobs_raw.csv', id: 'job_id', text: 'job_description_text' },
  'indeed-datascientist-2019': {
    file: 'indeed-datascientist-2019/postings.csv',
    id: 'job_posting',
    text: 'body',
  },
  // JSON-LD with an HTML-escaped description: ids are the vacancy numbers ending the `url`, text is htmlToText's.
  'nhs-jobs-2020': { file: 'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz', id: 'url', text: 'description' },
} as const;

/** A source {@link listingText} can read. */
export type SharedSource = keyof typeof SOURCES;

const cache = new Map<SharedSource, Map<string, string>>();

/**
 * The full description of one shared listing.
 * @example
 * assert.match(listingText('tech-leadership', '1580205af458a400'), /Postgres/);
 */
export function listingText(source: SharedSource, id: string): string {
  let texts = cache.get(source);
  if (!texts) {
    const s = SOURCES[source];
    if (s.file.endsWith('.gz')) {
      texts = new Map();
      for (const line of gunzipSync(readFileSync(LISTINGS + s.file))
        .toString('utf8')
        .split('\n')) {
        if (line.trim() === '') continue;
        const r = JSON.parse(line) as Record<string, string>;
        texts.set(String(r[s.id]).replace(/.*\//, ''), htmlToText(String(r[s.text] ?? '')));
      }
      cache.set(source, texts);
      return lookup(texts, source, id);
    }
    const raw = readFileSync(LISTINGS + s.file, 'utf8');
    const rows: Record<string, string>[] = s.file.endsWith('.jsonl')
      ? raw
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as Record<string, string>)
      : (parse(raw, { columns: true, relax_column_count: true }) as Record<string, string>[]);
    texts = new Map(rows.map((r) => [String(r[s.id]), String(r[s.text] ?? '')]));
    cache.set(source, texts);
  }
  return lookup(texts, source, id);
}

function lookup(texts: Map<string, string>, source: SharedSource, id: string): string {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`no listing ${id} in ${source}`);
  return text;
}

/**
 * The line of a shared listing that contains `fragment` (trimmed), failing loudly when the listing has no such line.
 * @example
 * assert.equal(listingLine('tech-leadership', '6be70039c35904c2', 'tech stack'), '- Our tech stack includes Go, Rust, and TypeScript');
 */
export function listingLine(source: SharedSource, id: string, fragment: string): string {
  const line = listingText(source, id)
    .split('\n')
    .find((l) => l.includes(fragment));
  if (line === undefined)
    throw new Error(`listing ${source}#${id} has no line containing ${JSON.stringify(fragment)}`);
  return line.trim();
}
