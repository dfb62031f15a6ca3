/**
 * Test helpers for the ingest stage: paths of the shared corpus and fixtures, and event collection.
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Listing, ReadOptions, Rejection } from '../index.ts';
import { type ReadEvent, readInputs } from '../index.ts';

/** The shared real listings (`../shared/data/listings` beside the checkout). */
export const LISTINGS = fileURLToPath(new URL('../../../../shared/data/listings/', import.meta.url));
/** Hand-written edge-case fixtures. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));

/** Everything `readInputs` yields, split by kind. */
export interface Collected {
  events: ReadEvent[];
  listings: Listing[];
  rejections: Rejection[];
}

/**
 * Reads paths fully and returns the events, listings and rejections.
 * @example
 * const { listings } = await collect([`${FIXTURES}array.json`]);
 * assert.equal(listings.length, 3);
 */
export async function collect(paths: string[], options?: ReadOptions): Promise<Collected> {
  const out: Collected = { events: [], listings: [], rejections: [] };
  for await (const e of readInputs(paths, options)) {
    out.events.push(e);
    if (e.type === 'item') {
      if (e.item.kind === 'listing') out.listings.push(e.item.listing);
      else out.rejections.push(e.item.rejection);
    }
  }
  return out;
}
