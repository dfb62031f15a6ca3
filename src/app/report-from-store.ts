/**
 * Render a report from a store: analyze what the selection lacks, profile it, render it.
 * @module
 */
import { ANALYZER_VERSION } from '../analyze/index.ts';
import { type ReportFormat, renderReport } from '../report/index.ts';
import type { Store } from '../store/index.ts';
import { type AnalyzeAllOptions, analyzeSelection } from './analyze-all.ts';
import { checkSelection, selectionFilter } from './check-selection.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore, type StoreProfileOptions } from './profile-from-store.ts';

/**
 * Analyzes what the selection lacks (cached per listing and analyzer version), profiles the selection and renders it.
 * @example
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const md = await reportFromStore(store, { role: 'cto' }, 'md');
 * assert.match(md, /^# What 1 real-world Chief Technology Officer listing asks for/);
 */
export async function reportFromStore(
  store: Store,
  options: StoreProfileOptions,
  format: ReportFormat,
  analyzeOptions: AnalyzeAllOptions = {},
): Promise<string> {
  await analyzeSelection(store, selectionFilter(options), analyzeOptions);
  await checkSelection(store, options);
  const profile = await profileFromStore(store, options, { version: ANALYZER_VERSION, ...profileDeps() });
  return renderReport(profile, format);
}
