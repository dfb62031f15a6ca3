import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { openStore, type Store } from '../store/index.ts';
import { TEST_BACKENDS, type TestDatabase } from '../store/test-backends.ts';
import { type IngestSummary, ingestListings, type RejectionReport } from './ingest-listings.ts';
import { DEMO_SAMPLE } from './run-demo.ts';

const LISTINGS = '../shared/data/listings';
// A real multi-file subset: three LinkedIn samples that share postings, and the tech-leadership JSONL.
const SUBSET = [`${LISTINGS}/linkedin-2023-2024`, `${LISTINGS}/tech-leadership/postings.jsonl`];
const FIXTURES = 'test/fixtures';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

// The first test's database dump per backend, compared across backends at the end.
const dumps = new Map<string, string[]>();

function assertReconciles(summary: IngestSummary): void {
  for (const [source, c] of Object.entries(summary.sources))
    assert.equal(c.read, c.accepted + c.duplicates + c.rejected, `${source} reconciles`);
  const t = summary.total;
  assert.equal(t.read, t.accepted + t.duplicates + t.rejected);
}

for (const backend of TEST_BACKENDS) {
  describe(`ingestListings() on ${backend.name}`, () => {
    const created: TestDatabase[] = [];
    const opened: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const t = await backend.create();
      created.push(t);
      const store = await openStore(t.db);
      opened.push(store);
      return store;
    };
    after(async () => {
      for (const store of opened) await store.close().catch(() => undefined);
      for (const t of created) await t.drop();
    });

    let first: { summary: IngestSummary; dump: string[] } | undefined;

    test('ingestListings() accounts for every record of a real subset and stores what it counts', async () => {
      const store = await fresh();
      const summary = await ingestListings(store, SUBSET);
      assertReconciles(summary);
      assert.deepEqual(Object.fromEntries(Object.entries(summary.sources).map(([s, c]) => [s, c.read])), {
        'linkedin-2023-2024/mubashirsidiki_postings.csv': 499,
        'linkedin-2023-2024/parishinde_postings.csv': 165,
        'linkedin-2023-2024/stat545_owl64901_postings.csv': 100,
        'tech-leadership/postings.jsonl': 116,
      });
      assert.equal(summary.total.read, 880);
      assert.deepEqual(
        summary.skipped.map((s) => s.path),
        [`${LISTINGS}/linkedin-2023-2024/SOURCE.md`],
      );
      // The store's own accounting agrees with the summary, and holds one listing per accepted record.
      assert.deepEqual(await store.recordCounts(), summary.sources);
      assert.equal((await collect(store.listings())).length, summary.total.accepted);
      first = { summary, dump: await collect(store.dump()) };
      dumps.set(backend.name, first.dump);
    });

    test('ingestListings() run again on the same files adds nothing and reports the same statuses', async () => {
      assert.ok(first, 'runs after the first test');
      const store = await fresh();
      const once = await ingestListings(store, SUBSET);
      const dump = await collect(store.dump());
      const again = await ingestListings(store, SUBSET);
      assert.deepEqual(again, once);
      assert.deepEqual(await collect(store.dump()), dump);
      assert.deepEqual(dump, first.dump, 'two fresh runs store the same bytes');
    });

    test('ingestListings() keeps the count and dates of reposts on the canonical listing', async () => {
      const store = await fresh();
      await ingestListings(store, [`${LISTINGS}/linkedin-2023-2024`]);
      // parishinde_postings.csv job 3886884293 (2024-04-09) was posted again as 3901352627 (same text) and
      // 3903462095 (near duplicate), both on 2024-04-18.
      const [canonical] = await collect(store.listings({ ids: ['02065163e557280f'] }));
      assert.equal(canonical?.key, 'linkedin-2023-2024/parishinde_postings.csv#3886884293');
      assert.equal(canonical?.postedAt, '2024-04-09');
      assert.equal(canonical?.repostCount, 2);
      assert.deepEqual(canonical?.repostDates, ['2024-04-18', '2024-04-18']);
      const reposts = (await collect(store.records())).filter((r) => r.listingId === '02065163e557280f');
      assert.deepEqual(
        reposts.map((r) => [r.recordKey, r.status, r.exact]),
        [
          ['3886884293', 'accepted', null],
          ['3901352627', 'duplicate', true],
          ['3903462095', 'duplicate', false],
        ],
      );
      // Every canonical's repost count equals the duplicates that point at it.
      const pointing = new Map<string, number>();
      for (const r of await collect(store.records()))
        if (r.status === 'duplicate')
          pointing.set(r.listingId as string, (pointing.get(r.listingId as string) ?? 0) + 1);
      for (const l of await collect(store.listings()))
        assert.equal(l.repostCount, pointing.get(l.id) ?? 0, l.id);
    });

    test('ingestListings() counts reader and cleaning rejections with file, locator and reason, keeping the good records', async () => {
      const store = await fresh();
      const rejections: RejectionReport[] = [];
      const file = `${FIXTURES}/ingest/invalid-json.jsonl`;
      const summary = await ingestListings(store, [file], { onRejection: (r) => rejections.push(r) });
      assert.deepEqual(summary.sources, {
        'ingest/invalid-json.jsonl': { read: 4, accepted: 2, duplicates: 0, rejected: 2 },
      });
      assert.deepEqual(
        rejections.map((r) => [r.file, r.locator, r.recordKey, r.reason.split(':')[0]]),
        [
          [file, 'line 2', null, 'invalid JSON'],
          [file, 'line 5', 'd', 'empty description'],
        ],
      );
      const again: RejectionReport[] = [];
      await ingestListings(store, [file], { onRejection: (r) => again.push(r) });
      assert.deepEqual(again, rejections, 'a rerun reports the stored rejections');
    });

    test('ingestListings() numbers a repeated record key so each record is stored once', async () => {
      const store = await fresh();
      const summary = await ingestListings(store, [`${FIXTURES}/store/repeated-id.csv`]);
      assert.deepEqual(summary.total, { read: 3, accepted: 2, duplicates: 1, rejected: 0 });
      assert.deepEqual(
        (await collect(store.records())).map((r) => [r.id, r.locator, r.status]),
        [
          ['store/repeated-id.csv#7', 'row 1', 'accepted'],
          ['store/repeated-id.csv#7~2', 'row 2', 'accepted'],
          ['store/repeated-id.csv#8', 'row 3', 'duplicate'],
        ],
      );
      assert.deepEqual((await collect(store.listings())).map((l) => [l.key, l.title]).sort(), [
        ['store/repeated-id.csv#7', 'Platform Engineer'],
        ['store/repeated-id.csv#7~2', 'Data Analyst'],
      ]);
    });

    test('ingestListings() resumed after a run that failed midway ends with the same database as one run', async () => {
      assert.ok(first, 'runs after the first test');
      const store = await fresh();
      await assert.rejects(
        ingestListings(store, SUBSET, {
          batchSize: 100,
          // Two threads, and the failure right after the fourth batch is handed over: it is still being cleaned.
          jobs: 2,
          onProgress: (p) => {
            if (p.records === 401) throw new Error('interrupted');
          },
        }),
        /interrupted/,
      );
      assert.equal((await collect(store.records())).length, 400, 'four batches of 100 were committed');
      const resumed = await ingestListings(store, SUBSET, { batchSize: 100 });
      assert.deepEqual(resumed, first.summary);
      assert.deepEqual(await collect(store.dump()), first.dump);
    });
  });
}

test('ingestListings() stores the same bytes on SQLite and PostgreSQL for the same real files', () => {
  const [sqlite, postgres] = [dumps.get('sqlite'), dumps.get('postgres')];
  assert.ok(sqlite && postgres, 'both backends ran the first test');
  assert.equal(sqlite.length, postgres.length);
  assert.deepEqual(postgres, sqlite);
});

test('cleaning on two threads stores exactly what one thread stores (real listings, several batches, a rerun)', async () => {
  const inputs = [`${LISTINGS}/tech-leadership`, DEMO_SAMPLE];
  const one = await openStore(':memory:');
  const two = await openStore(':memory:');
  const dump = async (store: Store) => {
    const rows: string[] = [];
    for await (const row of store.dump()) rows.push(row);
    return rows;
  };
  try {
    const a = await ingestListings(one, inputs, { jobs: 1, batchSize: 100 });
    const b = await ingestListings(two, inputs, { jobs: 2, batchSize: 100 });
    assert.ok(a.total.read > 500 && a.total.duplicates > 0);
    assert.deepEqual(b, a);
    assert.deepEqual(await dump(two), await dump(one));
    // A rerun finds every record known, on threads or not.
    assert.deepEqual(await ingestListings(two, inputs, { jobs: 2, batchSize: 100 }), a);
    assert.deepEqual(await dump(two), await dump(one));
  } finally {
    await one.close();
    await two.close();
  }
});
