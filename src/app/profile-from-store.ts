/**
 * Build a profile from a store: select the analyzed listings a request names and compare them against every other
 * listing in the store.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { buildProfile, type DateRange, type RoleProfile } from '../profile/index.ts';
import { type ProfileListing, profilePool, toProfileListing } from '../profile/profile-listing.ts';
import { fromProfileView, type ProfileView } from '../profile/profile-view.ts';
import { viewVersion } from '../profile/view-version.ts';
import type { ListingFilter, Store } from '../store/index.ts';
import type { AnalyzeDeps } from './analyze-store.ts';
import { checkSelection, selectionFilter } from './check-selection.ts';
import { profileInput } from './profile-views.ts';

/** Which listings to profile and how. */
export interface StoreProfileOptions {
  role?: string;
  /** Only these listing ids (benchmarks, API callers that already chose). */
  ids?: string[];
  since?: string;
  until?: string;
  sources?: string[];
  by?: 'quarter' | 'year';
  ranges?: [DateRange, DateRange];
  /** Overrides the role label in the title ("Tech leadership"). */
  label?: string;
}

/**
 * Builds the profile of the listings the options select (the store must be analyzed first; see analyzeStore).
 * Throws RoleprintError('USAGE') when the selection is empty.
 * @example
 * import { ANALYZER_VERSION } from '../analyze/index.ts';
 * import { profileDeps } from './profile-deps.ts';
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const profile = await profileFromStore(store, { role: 'cto' }, { version: ANALYZER_VERSION, ...profileDeps() });
 * assert.equal(profile.listings.count, 1);
 */
export async function profileFromStore(
  store: Store,
  options: StoreProfileOptions,
  deps: Pick<AnalyzeDeps, 'version' | 'concepts' | 'conceptBackground'>,
): Promise<RoleProfile> {
  const filter: ListingFilter = { ...selectionFilter(options), analysisVersion: deps.version };
  // Each listing is read as its stored view (see fillProfileViews), or cut to one as it arrives where the view is
  // missing: a whole listing and analysis are held one page at a time.
  const selected: ProfileListing[] = [];
  const pool = profilePool();
  for await (const row of store.profileViews(deps.version, viewVersion(), filter)) {
    selected.push(
      row.view === null
        ? toProfileListing(profileInput(row, row.text, row.analysis), pool, deps.concepts)
        : fromProfileView(row, row.view as ProfileView, pool),
    );
  }
  if (selected.length === 0) {
    await checkSelection(store, options);
    throw new RoleprintError(
      'USAGE',
      `Cannot build a report: the selected listings in ${store.location} have no analysis of this version; analyze the store first (analyzeAll)`,
    );
  }
  // The store's analyzed listings outside the selection join the background, counted in SQL from their concept rows.
  // Listings the shipped background already counts (a store of the same corpus) are not counted twice.
  const hashes = deps.conceptBackground?.contentHashes;
  const outside = await store.conceptCounts(deps.version, filter, {
    outside: true,
    ...(hashes && hashes.length > 0 ? { scope: { contentHashNotIn: hashes } } : {}),
  });
  const profile = buildProfile(selected, {
    concepts: deps.concepts,
    ...(deps.conceptBackground ? { background: deps.conceptBackground } : {}),
    store: outside,
    by: options.by ?? 'year',
    ...(options.ranges ? { ranges: options.ranges } : {}),
    ...(options.label ? { label: options.label } : {}),
  });
  return profile;
}
