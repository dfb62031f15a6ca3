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
 * const card = await getListing(store, '0123456789abcdef');
 * if (card) console.log(card.title, card.company);
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
