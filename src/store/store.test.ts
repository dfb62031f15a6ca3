import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import type { CleanListing } from '../clean/index.ts';
import { RoleprintError } from '../errors.ts';
import { MIGRATIONS, openStore, SCHEMA_VERSION, type Store, type StoredRecord } from './index.ts';
import { listingFilterSql } from './listing-filter-sql.ts';
import { migrate } from './migrations.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import type { SqlDriver } from './sql-driver.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import { TEST_BACKENDS, TEST_PG_URL, type TestDatabase } from './test-backends.ts';

// Hand-written listings: the store's edge cases (nulls, non-ASCII, month-only dates, NUL bytes), not content.
function listing(n: number, over: Partial<CleanListing> = {}): CleanListing {
  const recordKey = String(n);
  return {
    id: n.toString(16).padStart(16, '0'),
    key: `fixture/a.csv#${recordKey}`,
    source: 'fixture/a.csv',
    recordKey,
    locator: `row ${n}`,
    title: `Engineer ${n}`,
    titles: [`Engineer ${n}`],
    company: 'Acme',
    location: 'São Paulo',
    url: null,
    postedAt: '2024-01-15',
    text: `Build things ${n}.\nÅngström units 🚀`,
    remote: null,
    salary: null,
    meta: { seniority: 'mid' },
    contentHash: `hash${n}`,
    ...over,
  };
}

function accepted(l: CleanListing): StoredRecord {
  return {
    id: l.key,
    source: l.source,
    recordKey: l.recordKey,
    locator: l.locator,
    status: 'accepted',
    listingId: l.id,
    exact: null,
    similarity: null,
    reason: null,
    postedAt: l.postedAt,
  };
}

function duplicate(
  n: number,
  of: CleanListing,
  postedAt: string | null,
  source = 'fixture/a.csv',
): StoredRecord {
  return {
    id: `${source}#${n}`,
    source,
    recordKey: String(n),
    locator: `row ${n}`,
    status: 'duplicate',
    listingId: of.id,
    exact: true,
    similarity: 0.9375,
    reason: null,
    postedAt,
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Writes the same small history on any store: three listings, two reposts, a rejection, one analysis. */
async function writeHistory(store: Store): Promise<void> {
  const a = listing(3, { remote: true, postedAt: '2024-01', meta: {} });
  const b = listing(1, {
    source: 'fixture/b.jsonl',
    key: 'fixture/b.jsonl#1',
    company: null,
    title: null,
    titles: [],
  });
  const c = listing(2, { postedAt: '2023-12-31', remote: false, text: 'nul\u0000byte' });
  await store.writeBatch({
    records: [accepted(a), accepted(b)],
    listings: [
      { listing: a, signature: [1, 2, 3] },
      { listing: b, signature: [4, 5, 6] },
    ],
  });
  await store.writeBatch({
    records: [
      duplicate(10, a, '2024-03-02'),
      accepted(c),
      duplicate(11, a, null),
      duplicate(12, a, '2024-02-01'),
      {
        id: 'fixture/a.csv@row 13',
        source: 'fixture/a.csv',
        recordKey: null,
        locator: 'row 13',
        status: 'rejected',
        listingId: null,
        exact: null,
        similarity: null,
        reason: 'empty description',
        postedAt: null,
      },
    ],
    listings: [{ listing: c, signature: [7, 8, 9] }],
  });
  await store.putAnalyses([{ id: a.id, version: 'v1', analysis: { role: roleMatch('cto'), skills: [] } }]);
}

/** A bare driver on a test database (openStore's parsing of `?schema=`, done by hand). */
async function openDriver(db: string): Promise<SqlDriver> {
  if (!db.startsWith('postgres://')) return openSqliteDriver(db);
  const url = new URL(db);
  const schema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  return openPostgresDriver(url.toString(), schema);
}

function roleMatch(role: string) {
  return { role, label: role, seniority: null, onetSoc: null, escoOccupation: null, confidence: 1 };
}

for (const backend of TEST_BACKENDS) {
  describe(`store on ${backend.name}`, () => {
    const created: TestDatabase[] = [];
    const opened: Store[] = [];
    const fresh = async (): Promise<{ store: Store; t: TestDatabase }> => {
      const t = await backend.create();
      created.push(t);
      const store = await openStore(t.db);
      opened.push(store);
      return { store, t };
    };
    after(async () => {
      for (const store of opened) await store.close().catch(() => undefined);
      for (const t of created) await t.drop();
    });

    test('openStore() migrates a new database to SCHEMA_VERSION and reopens it unchanged', async () => {
      const { store, t } = await fresh();
      assert.equal(store.backend, backend.name);
      assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
      await writeHistory(store);
      const before = await collect(store.dump());
      await store.close();
      const again = await openStore(t.db);
      assert.equal(await again.schemaVersion(), SCHEMA_VERSION);
      assert.deepEqual(await collect(again.dump()), before);
      await again.close();
    });

    test('openStore() refuses a database whose schema is newer than this version', async () => {
      const { store, t } = await fresh();
      await store.close();
      if (backend.name === 'sqlite') {
        const { default: Database } = await import('better-sqlite3');
        const db = new Database(t.db);
        db.prepare('INSERT INTO schema_version (version) VALUES (999)').run();
        db.close();
      } else {
        const schema = new URL(t.db).searchParams.get('schema');
        const client = new pg.Client({ connectionString: TEST_PG_URL });
        await client.connect();
        await client.query(`INSERT INTO "${schema}".schema_version (version) VALUES (999)`);
        await client.end();
      }
      await assert.rejects(openStore(t.db), (err: unknown) => {
        assert.ok(err instanceof RoleprintError);
        assert.equal(err.code, 'STORE');
        assert.match(
          err.message,
          new RegExp(
            `schema is version 999, newer than this roleprint supports \\(${SCHEMA_VERSION}\\); upgrade roleprint`,
          ),
        );
        return true;
      });
    });

    test('migrate() applies only the migrations a database lacks and records each version', async () => {
      const { store, t } = await fresh();
      await writeHistory(store);
      await store.close();
      const driver = await openDriver(t.db);
      try {
        const next = {
          version: SCHEMA_VERSION + 1,
          description: 'test',
          sql: (T: string) => `CREATE TABLE extra (x ${T})`,
        };
        assert.equal(await migrate(driver, t.db, [...MIGRATIONS, next]), SCHEMA_VERSION + 1);
        assert.equal(
          await migrate(driver, t.db, [...MIGRATIONS, next]),
          SCHEMA_VERSION + 1,
          'a second run does nothing',
        );
        const versions = await driver.all<{ version: number }>(
          'SELECT version FROM schema_version ORDER BY version',
        );
        assert.deepEqual(
          versions.map((v) => Number(v.version)),
          [...MIGRATIONS.map((m) => m.version), SCHEMA_VERSION + 1],
        );
        assert.deepEqual(
          await driver
            .all('SELECT COUNT(*) AS n FROM listings')
            .then((r) => Number((r[0] as { n: unknown }).n)),
          3,
        );
      } finally {
        await driver.close();
      }
    });

    test('listings() returns every field as written, in id order, with repost count and sorted dates', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const all = await collect(store.listings());
      assert.deepEqual(
        all.map((l) => l.id),
        ['0000000000000001', '0000000000000002', '0000000000000003'],
      );
      const [b, c, a] = all;
      assert.deepEqual(a, {
        ...listing(3, { remote: true, postedAt: '2024-01', meta: {} }),
        repostCount: 3,
        repostDates: ['2024-02-01', '2024-03-02'],
      });
      assert.equal(b?.company, null);
      assert.deepEqual(b?.titles, []);
      assert.equal(b?.repostCount, 0);
      assert.equal(c?.remote, false);
      assert.equal(c?.text, 'nulbyte');
    });

    test('listings() filters by ids, sources, since/until on the common date prefix, and role', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const ids = async (filter: Parameters<Store['listings']>[0]) =>
        (await collect(store.listings(filter))).map((l) => l.id.slice(-1));
      assert.deepEqual(await ids({ ids: ['0000000000000003', '0000000000000001', 'nope'] }), ['1', '3']);
      assert.deepEqual(await ids({ ids: [] }), []);
      assert.deepEqual(await ids({ sources: ['fixture/b.jsonl'] }), ['1']);
      assert.deepEqual(await ids({ since: '2024-01-20' }), ['3'], 'a month-only date overlaps the day');
      assert.deepEqual(await ids({ since: '2024-01-15' }), ['1', '3']);
      assert.deepEqual(await ids({ since: '2024-02' }), []);
      assert.deepEqual(await ids({ until: '2023' }), ['2']);
      assert.deepEqual(await ids({ since: '2023-12-31', until: '2024-01-01' }), ['2', '3']);
      assert.deepEqual(await ids({ role: 'cto' }), ['3']);
      assert.deepEqual(await ids({ role: 'cto', analysisVersion: 'v2' }), []);
      const withAnalysis = await collect(
        store.listings({ analysisVersion: 'v1', sources: ['fixture/a.csv'] }),
      );
      assert.deepEqual(
        withAnalysis.map((l) => l.analysis),
        [undefined, { role: roleMatch('cto'), skills: [] }],
      );
      await assert.rejects(
        collect(store.listings({ since: 'last week' })),
        /expected a date as YYYY, YYYY-MM or YYYY-MM-DD/,
      );
    });

    test('listings() streams past one page in id order', async () => {
      const { store } = await fresh();
      const many = Array.from({ length: 1203 }, (_, i) => listing(1203 - i));
      await store.writeBatch({
        records: many.map(accepted),
        listings: many.map((l) => ({ listing: l, signature: [] })),
      });
      const ids = (await collect(store.listings())).map((l) => l.id);
      assert.equal(ids.length, 1203);
      assert.deepEqual(ids, [...ids].sort());
      assert.equal(new Set(ids).size, 1203);
      const entries = await collect(store.dedupeEntries());
      assert.equal(entries[0]?.id, listing(1203).id, 'dedupe entries come in acceptance order');
      assert.equal(entries.length, 1203);
    });

    test('recordStatuses(), recordCounts(), countsBySource() and dateRange() report what was written', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const found = await store.recordStatuses(['fixture/a.csv#10', 'fixture/a.csv@row 13', 'unknown']);
      assert.deepEqual([...found.keys()].sort(), ['fixture/a.csv#10', 'fixture/a.csv@row 13']);
      assert.equal(found.get('fixture/a.csv#10')?.similarity, 0.9375);
      assert.equal(found.get('fixture/a.csv#10')?.exact, true);
      assert.equal(found.get('fixture/a.csv@row 13')?.reason, 'empty description');
      assert.deepEqual(await store.recordCounts(), {
        'fixture/a.csv': { read: 6, accepted: 2, duplicates: 3, rejected: 1 },
        'fixture/b.jsonl': { read: 1, accepted: 1, duplicates: 0, rejected: 0 },
      });
      assert.deepEqual(await store.recordCounts(['fixture/b.jsonl']), {
        'fixture/b.jsonl': { read: 1, accepted: 1, duplicates: 0, rejected: 0 },
      });
      assert.deepEqual(await store.countsBySource(), [
        { source: 'fixture/a.csv', listings: 2 },
        { source: 'fixture/b.jsonl', listings: 1 },
      ]);
      assert.deepEqual(await store.dateRange(), { min: '2023-12-31', max: '2024-01-15' });
      assert.deepEqual(await store.dateRange({ ids: ['none'] }), { min: null, max: null });
      const entries = await collect(store.dedupeEntries());
      assert.deepEqual(
        entries.map((e) => [e.id.slice(-1), e.signature]),
        [
          ['3', [1, 2, 3]],
          ['1', [4, 5, 6]],
          ['2', [7, 8, 9]],
        ],
      );
    });

    test('putAnalyses() and putRoles() store roles and concept rows; conceptCounts() counts them inside and outside a filter', async () => {
      const { store, t } = await fresh();
      await writeHistory(store); // listing 3 is analyzed as a CTO (v1), without concept rows
      const row = (concept: string, start = 0) => ({
        concept,
        kind: 'topic',
        need: 'required' as const,
        section: 'requirements',
        score: 0.9,
        start,
        end: start + 5,
      });
      const [one, two, three] = ['0000000000000001', '0000000000000002', '0000000000000003'];
      assert.deepEqual(
        (await collect(store.listings({ analysisVersion: 'v1', conceptRowsMissing: true }))).map((l) => l.id),
        [three],
      );
      await store.putAnalyses([
        {
          id: one,
          version: 'v1',
          analysis: { role: roleMatch('nurse') },
          concepts: [row('topic:a'), row('topic:b')],
        },
        { id: two, version: 'v1', analysis: { role: roleMatch('cto') }, concepts: [row('topic:a', 3)] },
      ]);
      await store.putConceptRows([{ id: three, version: 'v1', rows: [] }]);
      assert.deepEqual(
        await collect(store.listings({ analysisVersion: 'v1', conceptRowsMissing: true })),
        [],
      );
      const counts = await store.conceptCounts('v1');
      assert.deepEqual(
        [counts.listings, [...counts.concepts]],
        [
          3,
          [
            ['topic:a', 2],
            ['topic:b', 1],
          ],
        ],
      );
      const cto = { role: 'cto', analysisVersion: 'v1' };
      const outside = await store.conceptCounts('v1', cto, { outside: true });
      assert.deepEqual(
        [outside.listings, [...outside.concepts]],
        [
          1,
          [
            ['topic:a', 1],
            ['topic:b', 1],
          ],
        ],
      );
      const inside = await store.conceptCounts('v1', cto);
      assert.deepEqual([inside.listings, [...inside.concepts]], [2, [['topic:a', 1]]]);
      // A scope leaves listings out of both sides: here listing 1 (content hash "hash1"), counted elsewhere already.
      const scope = { contentHashNotIn: ['hash1'] };
      const scoped = await store.conceptCounts('v1', cto, { outside: true, scope });
      assert.deepEqual([scoped.listings, [...scoped.concepts]], [0, []]);
      // A scope that leaves every listing out (a store of the shipped corpus): nothing is outside the selection.
      const none = { contentHashNotIn: ['hash1', 'hash2', 'hash3'] };
      const empty = await store.conceptCounts('v1', cto, { outside: true, scope: none });
      assert.deepEqual([empty.listings, [...empty.concepts]], [0, []]);
      assert.deepEqual(
        (await collect(store.listings(scope))).map((l) => l.id),
        [two, three],
      );
      // Whether the scope leaves out the few (the store less them) or most listings (the rest counted), the same counts.
      for (const out of [['hash3'], ['hash2', 'hash3']]) {
        const counts = await store.conceptCounts(
          'v1',
          { ids: [two], analysisVersion: 'v1' },
          {
            outside: true,
            scope: { contentHashNotIn: out },
          },
        );
        assert.deepEqual(
          [counts.listings, [...counts.concepts]],
          [
            1,
            [
              ['topic:a', 1],
              ['topic:b', 1],
            ],
          ],
        );
      }
      // Rows of a listing are replaced as a whole.
      await store.putAnalyses([
        { id: one, version: 'v1', analysis: { role: null }, concepts: [row('topic:c')] },
      ]);
      assert.deepEqual([...(await store.conceptCounts('v1')).concepts.keys()], ['topic:a', 'topic:c']);
      // The store's count outside a selection is kept between profiles, and follows the rows written.
      const after = await store.conceptCounts('v1', cto, { outside: true });
      assert.deepEqual([after.listings, [...after.concepts]], [1, [['topic:c', 1]]]);
      // Kept in the database too: another process reads it back while no concept rows are written, not counting.
      const kept = async () => {
        const driver = await openDriver(t.db);
        try {
          return await driver.all<{ version: string }>('SELECT version FROM concept_count_cache');
        } finally {
          await driver.close();
        }
      };
      assert.deepEqual(
        (await kept()).map((r) => r.version),
        ['v1'],
      );
      const later = await openStore(t.db);
      opened.push(later);
      const read = await later.conceptCounts('v1', cto, { outside: true });
      assert.deepEqual([read.listings, [...read.concepts]], [1, [['topic:c', 1]]]);
      await later.putConceptRows([{ id: three, version: 'v1', rows: [row('topic:d')] }]);
      assert.deepEqual(await kept(), []);
      const rewritten = await store.conceptCounts('v1', cto, { outside: true });
      assert.deepEqual([rewritten.listings, [...rewritten.concepts]], [1, [['topic:c', 1]]]);
      // Listing 1 is no nurse any more (its analysis was replaced with no role): all three are outside.
      const byLater = await later.conceptCounts(
        'v1',
        { role: 'nurse', analysisVersion: 'v1' },
        { outside: true },
      );
      assert.deepEqual(
        [byLater.listings, [...byLater.concepts]],
        [
          3,
          [
            ['topic:a', 1],
            ['topic:c', 1],
            ['topic:d', 1],
          ],
        ],
      );
      // Roles from titles, before any analysis of a version: the filter reads them.
      assert.deepEqual(
        (await collect(store.listings({ roleMissing: 'v2' }))).map((l) => l.id),
        [one, two, three],
      );
      await store.putRoles([
        { id: one, version: 'v2', role: 'nurse' },
        { id: two, version: 'v2', role: null },
      ]);
      assert.deepEqual(
        (await collect(store.listings({ roleMissing: 'v2' }))).map((l) => l.id),
        [three],
      );
      assert.deepEqual(
        (await collect(store.listings({ role: 'nurse', analysisVersion: 'v2' }))).map((l) => l.id),
        [one],
      );
      assert.deepEqual(
        (await collect(store.listings({ analysisMissing: 'v1' }))).map((l) => l.id),
        [],
      );
      assert.deepEqual(
        (await collect(store.listings({ analysisMissing: 'v2' }))).map((l) => l.id),
        [one, two, three],
      );
    });

    test('a store made before concept rows upgrades in place: roles come from its analyses, rows are marked missing', async () => {
      const { store, t } = await fresh();
      await writeHistory(store);
      await store.close();
      // Take the database back to schema 1, as the previous roleprint left it.
      const driver = await openDriver(t.db);
      await driver.exec(
        'DROP TABLE profile_views; DROP TABLE concept_count_cache; DROP INDEX listings_hash_prefix; DROP TABLE listing_concepts; DROP TABLE listing_roles; DROP INDEX analyses_concept_rows; ALTER TABLE analyses DROP COLUMN concept_rows; DELETE FROM schema_version WHERE version > 1',
      );
      await driver.close();
      const upgraded = await openStore(t.db);
      opened.push(upgraded);
      assert.equal(await upgraded.schemaVersion(), SCHEMA_VERSION);
      assert.deepEqual(
        (await collect(upgraded.listings({ role: 'cto', analysisVersion: 'v1' }))).map((l) => l.id),
        ['0000000000000003'],
      );
      assert.deepEqual(
        (await collect(upgraded.analyses('v1', { conceptRowsMissing: true }))).map((a) => a.id),
        ['0000000000000003'],
      );
      assert.equal((await upgraded.conceptCounts('v1')).listings, 0);
    });

    test('a store of schema 2 gains the indexes that look listings up by content hash prefix and by role', async () => {
      const { store, t } = await fresh();
      await store.close();
      const driver = await openDriver(t.db);
      await driver.exec(
        'DROP TABLE profile_views; DROP TABLE concept_count_cache; DROP INDEX listings_hash_prefix; DROP INDEX listing_roles_role_id; DELETE FROM schema_version WHERE version > 2',
      );
      await driver.close();
      const upgraded = await openStore(t.db);
      opened.push(upgraded);
      assert.equal(await upgraded.schemaVersion(), SCHEMA_VERSION);
      const check = await openDriver(t.db);
      try {
        const where = listingFilterSql(check, { contentHashIn: ['0123456789'] });
        const sql = `SELECT l.id FROM listings l WHERE ${where.sql}`;
        if (check.dialect === 'sqlite') {
          // The background's prefixes are looked up in it, not tested against every listing row.
          const plan = await check.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, where.params);
          assert.match(plan.map((r) => r.detail).join('\n'), /SEARCH l USING INDEX listings_hash_prefix/);
          // A role's page is a range of the role index from the page's cursor.
          const rolePlan = await check.all<{ detail: string }>(
            'EXPLAIN QUERY PLAN SELECT r.listing_id FROM listing_roles r WHERE r.role = ? AND r.version = ? AND r.listing_id > ? ORDER BY r.listing_id LIMIT 500',
            ['cto', 'v1', ''],
          );
          assert.match(
            rolePlan.map((r) => r.detail).join('\n'),
            /USING COVERING INDEX listing_roles_role_id \(role=\? AND version=\? AND listing_id>\?\)/,
          );
        } else {
          // An empty table is scanned whatever its indexes: that the index exists is what a migration can show.
          const rows = await check.all(
            "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('listings_hash_prefix', 'listing_roles_role_id')",
          );
          assert.equal(rows.length, 2);
        }
      } finally {
        await check.close();
      }
    });

    test("a store of schema 6 moves each profile's view to its own table, keeping it", async () => {
      const { store, t } = await fresh();
      await writeHistory(store);
      const id = '0000000000000003';
      await store.putProfileViews([{ id, version: 'v1', viewVersion: 'view-1', view: { text: 'Lead.' } }]);
      await store.close();
      // Back to schema 6, the view where that roleprint kept it: in the analysis's row.
      const driver = await openDriver(t.db);
      try {
        await driver.exec(
          'ALTER TABLE analyses ADD COLUMN profile_view TEXT; ALTER TABLE analyses ADD COLUMN view_version TEXT; DELETE FROM schema_version WHERE version > 6',
        );
        await driver.run(
          "UPDATE analyses SET profile_view = (SELECT view FROM profile_views WHERE listing_id = ?), view_version = 'view-1' WHERE listing_id = ? AND version = 'v1'",
          [id, id],
        );
        await driver.exec('DROP TABLE profile_views');
      } finally {
        await driver.close();
      }
      const upgraded = await openStore(t.db);
      opened.push(upgraded);
      assert.equal(await upgraded.schemaVersion(), SCHEMA_VERSION);
      const views = await collect(upgraded.profileViews('v1', 'view-1', { role: 'cto' }));
      assert.deepEqual(
        views.map((v) => [v.id, v.view]),
        [[id, { text: 'Lead.' }]],
      );
    });

    test('putAnalyses() replaces an analysis of the same version and analyses() lists one version', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const id = '0000000000000002';
      await store.putAnalyses([
        { id, version: 'v1', analysis: { role: roleMatch('vp-engineering') } },
        { id, version: 'v2', analysis: { role: null, note: 'ü' } },
      ]);
      await store.putAnalyses([{ id, version: 'v1', analysis: { role: roleMatch('cto') } }]);
      await assert.rejects(
        store.putAnalyses([{ id: 'not-stored', version: 'v1', analysis: {} }]),
        /^RoleprintError: Cannot write analyses to the database /,
      );
      assert.deepEqual(
        (await collect(store.analyses('v1'))).map((a) => [a.id.slice(-1), a.analysis.role?.role]),
        [
          ['2', 'cto'],
          ['3', 'cto'],
        ],
      );
      assert.deepEqual(await collect(store.analyses('v2', { role: 'cto' })), []);
      assert.deepEqual(await collect(store.analyses('v2')), [
        { id, version: 'v2', analysis: { role: null, note: 'ü' } },
      ]);
    });

    test('profileViews() reads a current view alone, and the text and analysis where it is missing or stale', async () => {
      const { store } = await fresh();
      await writeHistory(store); // listing 3 analyzed (v1, cto), without a view
      const id = '0000000000000002';
      const view = { text: 'Lead.', statements: [['responsibilities', null, 0, 5, null, null]] };
      await store.putAnalyses([
        { id, version: 'v1', analysis: { role: roleMatch('cto') }, view: { version: 'view-a', value: view } },
      ]);
      const head = { source: 'fixture/a.csv', company: 'Acme' };
      const read = (viewVersion: string, options = {}) =>
        collect(store.profileViews('v1', viewVersion, { role: 'cto' }, options));
      assert.deepEqual(await read('view-a'), [
        { id, ...head, postedAt: '2023-12-31', view },
        {
          id: '0000000000000003',
          ...head,
          postedAt: '2024-01',
          view: null,
          text: 'Build things 3.\nÅngström units 🚀',
          analysis: { role: roleMatch('cto'), skills: [] },
        },
      ]);
      assert.deepEqual(
        (await read('view-a', { staleOnly: true })).map((r) => r.id),
        ['0000000000000003'],
      );
      // A view of other profile code is read as missing; putProfileViews() replaces it.
      assert.deepEqual(
        (await read('view-b', { staleOnly: true })).map((r) => r.id),
        [`${id}`, '0000000000000003'],
      );
      await store.putProfileViews([
        { id, version: 'v1', viewVersion: 'view-b', view: { text: 'b' } },
        { id: '0000000000000003', version: 'v1', viewVersion: 'view-b', view: { text: 'c' } },
        { id: '0000000000000003', version: 'v9', viewVersion: 'view-b', view: { text: 'no such analysis' } },
      ]);
      assert.deepEqual(
        (await collect(store.profileViews('v1', 'view-b'))).map((r) => [r.id, r.view]),
        [
          [id, { text: 'b' }],
          ['0000000000000003', { text: 'c' }],
        ],
      );
      assert.deepEqual(await collect(store.profileViews('v2', 'view-b')), []);
    });

    test('dropOtherVersions() keeps one analyzer version: its analyses, roles and concept rows', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const id = '0000000000000002';
      const rows = [
        { concept: 'c1', kind: 'skill', need: null, section: 'requirements', score: 0.9, start: 0, end: 4 },
      ];
      await store.putAnalyses([
        { id, version: 'v1', analysis: { role: roleMatch('cto') }, concepts: rows },
        { id, version: 'v2', analysis: { role: roleMatch('cto') }, concepts: rows },
      ]);
      const before = await collect(store.analyses('v1'));
      assert.equal(await store.dropOtherVersions('v2'), before.length);
      assert.deepEqual(await collect(store.analyses('v1')), []);
      assert.deepEqual(await collect(store.analyses('v1', { role: 'cto' })), []);
      assert.equal((await store.conceptCounts('v1')).listings, 0);
      assert.deepEqual(
        (await collect(store.analyses('v2'))).map((a) => a.id),
        [id],
      );
      assert.equal((await store.conceptCounts('v2')).listings, 1);
      assert.equal(await store.dropOtherVersions('v2'), 0);
      const dump = (await collect(store.dump())).join('\n');
      assert.doesNotMatch(dump, /"version":"v1"/);
    });

    test('writeBatch() writes nothing when any row of the batch fails', async () => {
      const { store } = await fresh();
      await writeHistory(store);
      const before = await collect(store.dump());
      const again = listing(1, { source: 'fixture/b.jsonl', key: 'fixture/b.jsonl#1' });
      const fresh4 = listing(4);
      await assert.rejects(
        store.writeBatch({
          records: [accepted(fresh4), accepted(again)],
          listings: [
            { listing: fresh4, signature: [] },
            { listing: again, signature: [] },
          ],
        }),
        (err: unknown) => {
          assert.ok(err instanceof RoleprintError);
          assert.equal(err.code, 'STORE');
          assert.match(
            err.message,
            /^Cannot write a batch of records to the database .*; nothing of it was written\./,
          );
          return true;
        },
      );
      assert.deepEqual(await collect(store.dump()), before);
    });
  });
}

test('openStore() gives byte-identical dumps and listings on SQLite and PostgreSQL for the same writes', async () => {
  const dumps: string[][] = [];
  const listings: string[] = [];
  for (const backend of TEST_BACKENDS) {
    const t = await backend.create();
    try {
      const store = await openStore(t.db);
      await writeHistory(store);
      dumps.push(await collect(store.dump()));
      listings.push(JSON.stringify(await collect(store.listings({ analysisVersion: 'v1' }))));
      await store.close();
    } finally {
      await t.drop();
    }
  }
  assert.equal(dumps[0]?.length, 19, '7 schema versions + 3 listings + 7 records + 1 analysis + its role');
  assert.deepEqual(dumps[1], dumps[0]);
  assert.equal(listings[1], listings[0]);
});

test('openStore() refuses a file that is not a database, naming it and the fix', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-notdb-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'jobs.csv');
  writeFileSync(path, 'id,title\n1,Nurse\n');
  await assert.rejects(openStore(path), (err: unknown) => {
    assert.ok(err instanceof RoleprintError);
    assert.equal(err.code, 'STORE');
    assert.equal(
      err.message,
      `Cannot open ${path} as a SQLite database: file is not a database; pass --db with a new file name or an existing roleprint database, in a writable directory`,
    );
    return true;
  });
});

test('openStore() names the fix for an unsupported database URL', async () => {
  await assert.rejects(openStore('mysql://root@localhost/jobs'), (err: unknown) => {
    assert.ok(err instanceof RoleprintError);
    assert.equal(err.code, 'CONFIG');
    assert.match(err.message, /only a file path \(SQLite\) or a postgres:\/\/ URL is supported; pass --db/);
    return true;
  });
});

test('openStore() reports an unreachable PostgreSQL as a STORE error naming the URL without its password', async () => {
  await assert.rejects(openStore('postgres://postgres:secret@127.0.0.1:1/test'), (err: unknown) => {
    assert.ok(err instanceof RoleprintError);
    assert.equal(err.code, 'STORE');
    assert.match(
      err.message,
      /^Cannot connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test: /,
    );
    assert.doesNotMatch(err.message, /secret/);
    return true;
  });
});
