import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ANALYZER_VERSION, type AnalyzedListing } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { viewVersion } from '../profile/view-version.ts';
import { renderReport } from '../report/index.ts';
import { openStore } from '../store/index.ts';
import { analyzeAll } from './analyze-all.ts';
import { analyzeStore } from './analyze-store.ts';
import { ingestListings } from './ingest-listings.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore } from './profile-from-store.ts';
import { fillProfileViews } from './profile-views.ts';

const TECH = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));

const concepts = {
  get: (id: string) =>
    id === 'dwa:lead'
      ? { id, kind: 'activity' as const, label: 'Direct organizational operations.' }
      : undefined,
  similarity: () => 0,
};

// A deliberately simple analyzer: every listing is a CTO listing with one duty; enough to test caching and selection.
function analyzer(calls: { n: number }) {
  return async () =>
    (l: CleanListing): AnalyzedListing => {
      calls.n++;
      const duty = 'Lead the engineering organization';
      return {
        ...l,
        sections: [],
        statements: [
          {
            section: 'responsibilities',
            text: duty,
            start: 0,
            end: duty.length,
            canonical: duty,
            years: null,
          },
        ],
        skills: [],
        concepts: [
          {
            id: 'dwa:lead',
            score: 0.9,
            start: 0,
            end: duty.length,
            section: 'responsibilities',
            by: 'meaning',
          },
        ],
        role: {
          role: 'cto',
          label: 'Chief Technology Officer',
          seniority: null,
          onetSoc: null,
          escoOccupation: null,
          confidence: 1,
        },
      };
    };
}

test('analyzeStore() analyzes each listing once per version and then serves the cache', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [TECH], {});
    const calls = { n: 0 };
    const first = await analyzeStore(store, { version: 'test-1', analyzer: analyzer(calls), concepts });
    assert.equal(first.analyzed, 116);
    assert.equal(calls.n, 116);
    const second = await analyzeStore(store, { version: 'test-1', analyzer: analyzer(calls), concepts });
    assert.deepEqual([second.analyzed, second.cached, calls.n], [0, 116, 116]);
    const other = await analyzeStore(store, { version: 'test-2', analyzer: analyzer(calls), concepts });
    assert.equal(other.analyzed, 116);
  } finally {
    await store.close();
  }
});

test('profileFromStore() selects by role and date and refuses an empty selection', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [TECH], {});
    await analyzeStore(store, { version: 'test-1', analyzer: analyzer({ n: 0 }), concepts });
    const deps = { version: 'test-1', concepts };
    const all = await profileFromStore(store, { role: 'cto' }, deps);
    assert.equal(all.listings.count, 116);
    // Named in the listings' common verb + object, not the concept's O*NET label.
    assert.equal(all.responsibilities[0]?.text, 'Lead engineering organization');
    assert.equal(all.responsibilities[0]?.count, 116);
    const recent = await profileFromStore(store, { role: 'cto', since: '2024' }, deps);
    assert.ok(recent.listings.count < 116 && (recent.listings.dateRange.from ?? '') >= '2024');
    await assert.rejects(
      profileFromStore(store, { role: 'nurse' }, deps),
      /no listings in :memory: match role "nurse"/,
    );
  } finally {
    await store.close();
  }
});

test('a profile read from the stored views is the profile read from the listings and analyses', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [TECH]);
    await analyzeAll(store, { jobs: 1 });
    const deps = { version: ANALYZER_VERSION, ...profileDeps() };
    const ids: string[] = [];
    for await (const row of store.profileViews(ANALYZER_VERSION, viewVersion())) {
      assert.notEqual(row.view, null, `${row.id}: analyzed without its view`);
      ids.push(row.id);
    }
    assert.equal(ids.length, 116);
    const fromViews = renderReport(await profileFromStore(store, {}, deps), 'json');
    // Views cut by other profile code are not read: each listing is cut again from its text and analysis.
    await store.putProfileViews(
      ids.map((id) => ({ id, version: ANALYZER_VERSION, viewVersion: 'view-old', view: {} })),
    );
    assert.equal(renderReport(await profileFromStore(store, {}, deps), 'json'), fromViews);
    assert.equal(await fillProfileViews(store, ANALYZER_VERSION, {}, deps.concepts), 116);
    assert.equal(renderReport(await profileFromStore(store, {}, deps), 'json'), fromViews);
  } finally {
    await store.close();
  }
});
