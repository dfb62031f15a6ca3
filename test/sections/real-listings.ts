/**
 * Test support only: reads real listings from ../shared through the product's own readers and cleaner, so tests
 * and the section evaluation see exactly the clean text the product produces.
 * @module
 */
import { join } from 'node:path';
import type { CleanListing } from '../../src/clean/index.ts';
import { cleanListing } from '../../src/clean/index.ts';
import { readInputs } from '../../src/ingest/index.ts';

/** Root of the shared listings, beside the checkout (`../shared/data/listings`). */
export const LISTINGS_ROOT = join(import.meta.dirname, '../../../shared/data/listings');

/**
 * Reads and cleans the listings of one shared folder (e.g. `tech-leadership`), keeping only `keys` when given.
 * @example
 * const [cto] = await loadCleanListings('tech-leadership', new Set(['tech-leadership/postings.jsonl#44854931d07053d4']));
 * assert.equal(cto?.title, 'Chief Technology Officer');
 */
export async function loadCleanListings(folder: string, keys?: ReadonlySet<string>): Promise<CleanListing[]> {
  const out: CleanListing[] = [];
  for await (const ev of readInputs([join(LISTINGS_ROOT, folder)])) {
    if (ev.type !== 'item' || ev.item.kind !== 'listing') continue;
    if (keys && !keys.has(ev.item.listing.key)) continue;
    const clean = cleanListing(ev.item.listing);
    if ('text' in clean) out.push(clean);
  }
  return out;
}

/** Reads and cleans one listing by key (`<source>#<recordKey>`); throws when it is not there. */
export async function loadCleanListing(key: string): Promise<CleanListing> {
  const folder = key.split('/')[0] as string;
  const [found] = await loadCleanListings(folder, new Set([key]));
  if (!found) throw new Error(`listing ${key} not found under ${LISTINGS_ROOT}/${folder}`);
  return found;
}
