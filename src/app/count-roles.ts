/**
 * List roles: the roles present in listing files or in a store, with how many listings have each and their codes.
 * @module
 */
import { createRoleCounter, loadRoles, type RoleCount } from '../analyze/roles/index.ts';
import { cleanListing, createDeduper } from '../clean/index.ts';
import { readInputs } from '../ingest/index.ts';
import type { ListingFilter, Store } from '../store/index.ts';

/** What a role count counted, and over what. */
export interface RolesSummary {
  /** `files` when paths were given, else `store`. */
  over: 'files' | 'store';
  listings: number;
  /** Reposts skipped when reading files (the store holds canonical listings only). */
  duplicates: number;
  rejected: number;
  roles: RoleCount[];
}

/**
 * Reads, cleans and dedupes listing files, counting roles over the canonical listings.
 * @example
 * const s = await countRolesInFiles(['../shared/data/listings/tech-leadership']);
 * assert.equal(s.listings, 116);
 */
export async function countRolesInFiles(paths: string[]): Promise<RolesSummary> {
  const counter = createRoleCounter(loadRoles());
  const deduper = createDeduper();
  let listings = 0;
  let duplicates = 0;
  let rejected = 0;
  for await (const ev of readInputs(paths)) {
    if (ev.type !== 'item') continue;
    if (ev.item.kind === 'rejected') {
      rejected++;
      continue;
    }
    const clean = cleanListing(ev.item.listing);
    if (!('text' in clean)) {
      rejected++;
      continue;
    }
    const verdict = deduper.check(clean);
    if (verdict.kind === 'duplicate') {
      duplicates++;
      continue;
    }
    deduper.add(clean, verdict.signature);
    listings++;
    counter.add(clean);
  }
  return { over: 'files', listings, duplicates, rejected, roles: counter.rows() };
}

/**
 * Counts roles over the canonical listings of a store that match the filter (titles normalized now, so no analysis
 * run is needed).
 * @example
 * import { openStore } from '../store/index.ts';
 * const s = await countRolesInStore(await openStore(':memory:'));
 * assert.deepEqual(s.roles, []);
 */
export async function countRolesInStore(store: Store, filter: ListingFilter = {}): Promise<RolesSummary> {
  const counter = createRoleCounter(loadRoles());
  let listings = 0;
  for await (const l of store.listings(filter)) {
    listings++;
    counter.add(l);
  }
  return { over: 'store', listings, duplicates: 0, rejected: 0, roles: counter.rows() };
}
