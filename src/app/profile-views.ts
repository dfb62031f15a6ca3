/**
 * The profile's views of stored analyses (see profile/profile-view.ts): cut when a listing is analyzed, and again for
 * analyses whose view is missing or was cut by other profile code, before a profile reads them.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import type { ConceptLookup } from '../profile/index.ts';
import type { ProfileListing } from '../profile/profile-listing.ts';
import { profileView, type ViewHead } from '../profile/profile-view.ts';
import { viewVersion } from '../profile/view-version.ts';
import type { ListingAnalysis, ListingFilter, ProfileViewInput, Store } from '../store/index.ts';

/**
 * The profile's fields of a stored listing and its analysis.
 * @example
 * const head = { id: 'a', source: 's/f.csv', company: null, postedAt: null };
 * const listing = profileInput(head, 'Lead.', { role: null, statements: [], concepts: [] });
 * assert.deepEqual(listing, { ...head, role: null, text: 'Lead.', statements: [], concepts: [] });
 */
export function profileInput(head: ViewHead, text: string, analysis: ListingAnalysis): ProfileListing {
  const a = analysis as Partial<AnalyzedListing>;
  return {
    id: head.id,
    source: head.source,
    company: head.company,
    postedAt: head.postedAt,
    ...(a.language === undefined ? {} : { language: a.language }),
    role: a.role ?? null,
    text,
    statements: a.statements ?? [],
    concepts: a.concepts ?? [],
  };
}

/**
 * The view to store beside a new analysis of a listing.
 * @example
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { viewVersion } from '../profile/view-version.ts';
 * const head = { id: 'a', source: 's/f.csv', company: null, postedAt: null };
 * const { version, value } = viewOf(head, 'Lead.', { role: null, statements: [], concepts: [] }, loadConcepts());
 * assert.equal(version, viewVersion());
 * assert.deepEqual(value, { text: '', role: null, statements: [], concepts: [], entry: null }); // nothing to quote
 */
export function viewOf(
  head: ViewHead,
  text: string,
  analysis: ListingAnalysis,
  lookup: ConceptLookup,
): { version: string; value: unknown } {
  return { version: viewVersion(), value: profileView(profileInput(head, text, analysis), lookup) };
}

/**
 * Cuts and stores the view of every analysis of `version` the filter selects whose view is missing or stale (stored
 * by an earlier roleprint, or before the profile code changed); returns how many it stored.
 * @example
 * import { ANALYZER_VERSION } from '../analyze/index.ts';
 * import { openStore } from '../store/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']);
 * let id = '';
 * for await (const l of store.listings()) id ||= l.id;
 * await store.putAnalyses([{ id, version: ANALYZER_VERSION, analysis: { role: null } }]); // no view
 * assert.equal(await fillProfileViews(store, ANALYZER_VERSION, {}, loadConcepts()), 1);
 * assert.equal(await fillProfileViews(store, ANALYZER_VERSION, {}, loadConcepts()), 0);
 */
export async function fillProfileViews(
  store: Store,
  version: string,
  filter: ListingFilter,
  lookup: ConceptLookup,
): Promise<number> {
  let done = 0;
  // Written between reads, a bounded number at a time; each pass reads only the views still missing.
  for (;;) {
    const batch: ProfileViewInput[] = [];
    for await (const row of store.profileViews(version, viewVersion(), filter, { staleOnly: true })) {
      if (row.view !== null) continue;
      const { value } = viewOf(row, row.text, row.analysis, lookup);
      batch.push({ id: row.id, version, viewVersion: viewVersion(), view: value });
      if (batch.length >= 1000) break;
    }
    if (batch.length === 0) return done;
    await store.putProfileViews(batch);
    done += batch.length;
  }
}
