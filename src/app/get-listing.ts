/**
 * Get one listing: what the dashboard shows beside an evidence quote (title, employer, date, source), by id.
 * @module
 */
import type { Store } from '../store/index.ts';

/** A stored listing's card: who posted what, when and where it was read from (no description text). */
export interface ListingCard {
  id: string;
  source: string;
  title: string | null;
  company: string | null;
  location: string | null;
  postedAt: string | null;
  url: string | null;
  /** Later records judged reposts of this listing. */
  repostCount: number;
}

/**
 * The card of the canonical listing with this id, or null when the store has none.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder/cto.md']);
 * for await (const l of store.listings()) assert.equal((await getListing(store, l.id))?.title, 'Chief Technology Officer');
 * assert.equal(await getListing(store, '0123456789abcdef'), null);
 */
export async function getListing(store: Store, id: string): Promise<ListingCard | null> {
  for await (const l of store.listings({ ids: [id] }))
    return {
      id: l.id,
      source: l.source,
      title: l.title,
      company: l.company,
      location: l.location,
      postedAt: l.postedAt,
      url: l.url,
      repostCount: l.repostCount,
    };
  return null;
}
