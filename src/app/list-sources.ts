/**
 * List sources: what a store holds per source (listings, the record accounting, the posting-date range).
 * @module
 */
import type { SourceCounts, Store } from '../store/index.ts';

/** One source of a store: its canonical listings, its records' accounting and its posting dates. */
export interface SourceSummary extends SourceCounts {
  /** The source name (a file's last two path segments, e.g. `tech-leadership/postings.jsonl`). */
  source: string;
  /** Canonical listings from this source now in the store. */
  listings: number;
  /** Earliest posting date among its listings, or null. */
  from: string | null;
  /** Latest posting date among its listings, or null. */
  to: string | null;
}

/**
 * Lists every source the store has read, sorted by name, with listings, accounting and date range.
 * @example
 * import { ingestListings } from './ingest-listings.ts';
 * import { openStore } from '../store/index.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']);
 * const sources = await listSources(store);
 * assert.deepEqual(sources.map((s) => s.source), ['folder/cto.md', 'folder/page.html', 'folder/plain.txt']);
 * assert.ok(sources.every((s) => s.read === s.accepted + s.duplicates + s.rejected));
 */
export async function listSources(store: Store): Promise<SourceSummary[]> {
  const records = await store.recordCounts();
  const listings = new Map((await store.countsBySource()).map((c) => [c.source, c.listings]));
  const out: SourceSummary[] = [];
  for (const [source, counts] of Object.entries(records)) {
    const range = await store.dateRange({ sources: [source] });
    out.push({ source, listings: listings.get(source) ?? 0, ...counts, from: range.min, to: range.max });
  }
  return out;
}
