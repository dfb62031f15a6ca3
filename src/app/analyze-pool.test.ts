import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { analyzeAll } from './analyze-all.ts';
import { createAnalyzePool } from './analyze-pool.ts';
import { analyzeStore } from './analyze-store.ts';
import { ingestListings } from './ingest-listings.ts';
import { DEMO_SAMPLE } from './run-demo.ts';

// 116 + about 500 real listings: more than the 600 a pool waits for and several batches, so the pool is used.
const TECH = fileURLToPath(new URL('../../../shared/data/listings/tech-leadership', import.meta.url));

async function storedAnalyses(store: Store): Promise<string[]> {
  const rows: string[] = [];
  for await (const a of store.analyses(ANALYZER_VERSION)) rows.push(`${a.id} ${JSON.stringify(a.analysis)}`);
  return rows.sort();
}

test('analysis on two worker threads stores exactly what one thread stores (real listings, several batches)', async () => {
  const one = await openStore(':memory:');
  const two = await openStore(':memory:');
  try {
    await ingestListings(one, [TECH, DEMO_SAMPLE], {});
    await ingestListings(two, [TECH, DEMO_SAMPLE], {});
    const a = await analyzeAll(one, { jobs: 1 });
    let pools = 0;
    const b = await analyzeStore(
      two,
      {
        version: ANALYZER_VERSION,
        analyzer: async () => createAnalyzer(await defaultComponents()),
        concepts: loadConcepts(),
      },
      {
        pool: () => {
          pools++;
          return createAnalyzePool(2);
        },
      },
    );
    assert.equal(pools, 1);
    assert.ok(a.analyzed > 400);
    assert.equal(b.analyzed, a.analyzed);
    assert.deepEqual(await one.conceptCounts(ANALYZER_VERSION), await two.conceptCounts(ANALYZER_VERSION));
    const [sa, sb] = [await storedAnalyses(one), await storedAnalyses(two)];
    assert.equal(sa.length, a.analyzed);
    assert.deepEqual(sb, sa);
  } finally {
    await one.close();
    await two.close();
  }
});

test('a selection of fewer than 600 listings is analyzed in this thread: threads would cost more than they save', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [TECH], {});
    let pools = 0;
    const deps = {
      version: ANALYZER_VERSION,
      analyzer: async () => createAnalyzer(await defaultComponents()),
      concepts: loadConcepts(),
    };
    const done = await analyzeStore(store, deps, {
      pool: () => {
        pools++;
        return createAnalyzePool(2);
      },
    });
    assert.equal(done.analyzed, 116);
    assert.equal(pools, 0);
  } finally {
    await store.close();
  }
});
