/**
 * The Store, written once over a SqlDriver; `openStore()` picks the driver.
 * @module
 */
import { createHash } from 'node:crypto';
import { RoleprintError } from '../errors.ts';
import { listingFilterSql } from './listing-filter-sql.ts';
import type { SqlDriver } from './sql-driver.ts';
import type {
  AnalysisInput,
  ConceptCounts,
  ConceptRowsInput,
  DateRange,
  ListingFilter,
  ProfileViewInput,
  RoleInput,
  SourceCounts,
  Store,
  StoredDedupeEntry,
  StoredListing,
  StoredProfileView,
  StoredRecord,
  WriteBatch,
} from './store.ts';
import {
  LISTING_COLUMNS,
  LISTING_READ_COLUMNS,
  listingFromRow,
  listingRow,
  profileViewFromRow,
  RECORD_COLUMNS,
  recordFromRow,
  recordRow,
  storableText,
} from './store-rows.ts';

/** Writes a listing's view of one analysis version, replacing an older cut. */
const UPSERT_VIEW =
  'INSERT INTO profile_views (listing_id, version, view_version, view) VALUES (?, ?, ?, ?) ' +
  'ON CONFLICT (listing_id, version) DO UPDATE SET view_version = excluded.view_version, view = excluded.view';

/** Rows fetched per page when streaming. */
const PAGE = 500;

/** Every table with its primary key, in dump order. */
const TABLES: readonly { name: string; key: readonly string[] }[] = [
  { name: 'schema_version', key: ['version'] },
  { name: 'listings', key: ['id'] },
  { name: 'records', key: ['id'] },
  { name: 'analyses', key: ['listing_id', 'version'] },
  { name: 'listing_roles', key: ['listing_id', 'version'] },
  { name: 'listing_concepts', key: ['listing_id', 'version', 'concept'] },
  { name: 'profile_views', key: ['listing_id', 'version'] },
];

const CONCEPT_COLUMNS = [
  'listing_id',
  'version',
  'concept',
  'kind',
  'need',
  'section',
  'score',
  'start_offset',
  'end_offset',
] as const;

/**
 * A Store on an already migrated SqlDriver.
 * @example
 * import { migrate } from './migrations.ts';
 * import { openSqliteDriver } from './sqlite-driver.ts';
 * const driver = openSqliteDriver(':memory:');
 * await migrate(driver, ':memory:');
 * const store = createSqlStore(driver, ':memory:');
 * assert.equal(store.backend, 'sqlite');
 * await store.close();
 */
export function createSqlStore(driver: SqlDriver, location: string): Store {
  const listingColumns = LISTING_READ_COLUMNS.map((c) => `l.${c}`).join(', ');

  // A role's listings with their analyses, driven from listing_roles' (role, version, listing_id) index: each page a
  // range from its cursor, so reading a role of n listings is linear in n, not n² / PAGE. Same rows, same order.
  async function* roleListings(
    role: string,
    version: string,
    filter: ListingFilter,
  ): AsyncGenerator<StoredListing> {
    const { role: _role, ...rest } = filter;
    const where = listingFilterSql(driver, rest);
    const sql =
      `SELECT ${listingColumns}, an.analysis AS analysis FROM listing_roles r JOIN listings l ON l.id = r.listing_id ` +
      'LEFT JOIN analyses an ON an.listing_id = l.id AND an.version = ? ' +
      `WHERE r.role = ? AND r.version = ? AND ${where.sql} AND r.listing_id > ? ORDER BY r.listing_id LIMIT ?`;
    yield* pages<StoredListing>(
      (after) => driver.all(sql, [version, role, version, ...where.params, after, PAGE]),
      (row) => String(row.id),
      listingFromRow,
    );
  }

  async function* pages<T>(
    fetch: (after: string) => Promise<Record<string, unknown>[]>,
    keyOf: (row: Record<string, unknown>) => string,
    map: (row: Record<string, unknown>) => T,
  ): AsyncGenerator<T> {
    let after = '';
    for (;;) {
      const rows = await fetch(after);
      for (const row of rows) yield map(row);
      if (rows.length < PAGE) return;
      after = keyOf(rows[rows.length - 1] as Record<string, unknown>);
    }
  }

  // One transaction; a database failure becomes a STORE error naming the database (nothing of it was written).
  async function writing(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await driver.transaction(fn);
    } catch (err) {
      if (err instanceof RoleprintError) throw err;
      throw new RoleprintError(
        'STORE',
        `Cannot write ${what} to the database ${location}: ${(err as Error).message}; nothing of it was written. Check that the database is reachable and writable and that no other roleprint writes to it at the same time`,
        { cause: err },
      );
    }
  }

  async function upsertRoles(items: readonly RoleInput[]): Promise<void> {
    const upsert =
      'INSERT INTO listing_roles (listing_id, version, role) VALUES (?, ?, ?) ' +
      'ON CONFLICT (listing_id, version) DO UPDATE SET role = excluded.role';
    for (const item of items) await driver.run(upsert, [item.id, item.version, item.role]);
  }

  const scopeCache = new Map<string, { revision: number; counts: ConceptCounts }>();
  // Inside the caller's transaction: a listing's rows of one version are replaced as a whole, and the counts kept of
  // that version (here and for later processes) go with them.
  async function replaceConceptRows(items: readonly ConceptRowsInput[]): Promise<void> {
    scopeCache.clear();
    for (const version of new Set(items.map((i) => i.version)))
      await driver.run('DELETE FROM concept_count_cache WHERE version = ?', [version]);
    for (const item of items)
      await driver.run('DELETE FROM listing_concepts WHERE listing_id = ? AND version = ?', [
        item.id,
        item.version,
      ]);
    const rows = items.flatMap((item) =>
      item.rows.map((r) => [
        item.id,
        item.version,
        r.concept,
        r.kind,
        r.need,
        r.section,
        r.score,
        r.start,
        r.end,
      ]),
    );
    if (rows.length > 0) await driver.insertMany('listing_concepts', CONCEPT_COLUMNS, rows);
  }

  async function scopeCounts(version: string, scope: ListingFilter): Promise<ConceptCounts> {
    const key = createHash('sha256')
      .update(JSON.stringify([version, scope]))
      .digest('hex');
    const [row] = await driver.all<{ n: unknown }>(
      'SELECT COUNT(*) AS n FROM analyses WHERE version = ? AND concept_rows IS NOT NULL',
      [version],
    );
    const revision = Number(row?.n ?? 0);
    const hit = scopeCache.get(key);
    if (hit && hit.revision === revision) return hit.counts;
    let counts = await keptCounts(version, key, revision);
    if (!counts) {
      counts = await countScope(version, scope);
      await keepCounts(version, key, revision, counts);
    }
    // A few scopes at most (the shipped background's listings left out, or none).
    if (scopeCache.size >= 8) scopeCache.clear();
    scopeCache.set(key, { revision, counts });
    return counts;
  }

  // The scope's counts an earlier process kept at this revision, or null.
  async function keptCounts(version: string, key: string, revision: number): Promise<ConceptCounts | null> {
    const [kept] = await driver.all<{ revision: unknown; counts: unknown }>(
      'SELECT revision, counts FROM concept_count_cache WHERE version = ? AND scope = ?',
      [version, key],
    );
    if (!kept || Number(kept.revision) !== revision) return null;
    const { listings, concepts } = JSON.parse(String(kept.counts)) as {
      listings: number;
      concepts: [string, number][];
    };
    return { listings, concepts: new Map(concepts) };
  }

  // Kept for later processes; a store another process is writing to just leaves them uncounted for the next one.
  async function keepCounts(version: string, key: string, revision: number, counts: ConceptCounts) {
    const value = JSON.stringify({ listings: counts.listings, concepts: [...counts.concepts] });
    await writing('the concept counts of the store', async () => {
      await driver.run(
        'INSERT INTO concept_count_cache (version, scope, revision, counts) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (version, scope) DO UPDATE SET revision = excluded.revision, counts = excluded.counts',
        [version, key, revision, value],
      );
    }).catch(() => {});
  }

  // A scope leaving listings out by content hash. Where those are the few, it is counted as the rest of the store less
  // them, both looked up by index (NOT IN reads every listing row, then the concept rows of nearly all: seconds at
  // 100,000 listings); where they are most of the store (the shipped background's own corpus), the rest is the few.
  async function countScope(version: string, scope: ListingFilter): Promise<ConceptCounts> {
    const { contentHashNotIn, ...rest } = scope;
    if (!contentHashNotIn || contentHashNotIn.length === 0) return countConcepts(version, scope);
    const inList = { ...rest, contentHashIn: contentHashNotIn };
    if ((await listingCount(inList)) * 2 > (await listingCount(rest))) return countConcepts(version, scope);
    return subtract(await countConcepts(version, rest), await countConcepts(version, inList));
  }

  async function listingCount(filter: ListingFilter): Promise<number> {
    const where = listingFilterSql(driver, filter);
    const [row] = await driver.all<{ n: unknown }>(
      `SELECT COUNT(*) AS n FROM listings l WHERE ${where.sql}`,
      where.params,
    );
    return Number(row?.n ?? 0);
  }

  async function countConcepts(version: string, filter: ListingFilter): Promise<ConceptCounts> {
    let listed: { n: unknown }[];
    let rows: { concept: string; n: unknown }[];
    if (Object.keys(filter).length === 0) {
      // The whole store: both counts read an index only.
      listed = await driver.all(
        'SELECT COUNT(*) AS n FROM analyses WHERE version = ? AND concept_rows IS NOT NULL',
        [version],
      );
      rows = await driver.all(
        'SELECT concept, COUNT(*) AS n FROM listing_concepts WHERE version = ? GROUP BY concept',
        [version],
      );
    } else {
      // The selected listings first, then their rows by primary key (SQLite keeps a CROSS JOIN's order).
      const where = listingFilterSql(driver, filter);
      const selected = `(SELECT l.id AS id FROM listings l WHERE ${where.sql}) s CROSS JOIN`;
      listed = await driver.all(
        `SELECT COUNT(*) AS n FROM ${selected} analyses a WHERE a.listing_id = s.id AND a.version = ? AND a.concept_rows IS NOT NULL`,
        [...where.params, version],
      );
      rows = await driver.all(
        `SELECT c.concept AS concept, COUNT(*) AS n FROM ${selected} listing_concepts c ` +
          'WHERE c.listing_id = s.id AND c.version = ? GROUP BY c.concept',
        [...where.params, version],
      );
    }
    const concepts = new Map<string, number>();
    for (const r of rows.sort((a, b) => compareText(a.concept, b.concept)))
      concepts.set(r.concept, Number(r.n));
    return { listings: Number(listed[0]?.n ?? 0), concepts };
  }

  return {
    backend: driver.dialect,
    location,

    async schemaVersion() {
      const rows = await driver.all<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
      return Number(rows[0]?.v ?? 0);
    },

    async recordStatuses(ids) {
      const found = new Map<string, StoredRecord>();
      if (ids.length === 0) return found;
      const c = driver.inList('id', ids.map(storableText));
      const rows = await driver.all(`SELECT ${RECORD_COLUMNS.join(', ')} FROM records WHERE ${c.sql}`, [
        c.param,
      ]);
      const byStored = new Map<string, StoredRecord>();
      for (const row of rows) {
        const record = recordFromRow(row);
        byStored.set(record.id, record);
      }
      // Keyed by the id asked for: a stored id is normalised (storableText), the caller's may not be.
      for (const id of ids) {
        const record = byStored.get(storableText(id));
        if (record) found.set(id, record);
      }
      return found;
    },

    async *dedupeEntries(): AsyncGenerator<StoredDedupeEntry> {
      let after = 0;
      for (;;) {
        const rows = await driver.all<Record<string, unknown>>(
          'SELECT seq, id, company, title, content_hash, signature FROM listings WHERE seq > ? ORDER BY seq LIMIT ?',
          [after, PAGE],
        );
        for (const row of rows) {
          yield {
            id: String(row.id),
            company: row.company == null ? null : String(row.company),
            title: row.title == null ? null : String(row.title),
            contentHash: String(row.content_hash),
            signature: JSON.parse(String(row.signature)) as number[],
          };
        }
        if (rows.length < PAGE) return;
        after = Number(rows[rows.length - 1]?.seq);
      }
    },

    lockWrites: () => driver.lockWriter(),

    async writeBatch(batch: WriteBatch) {
      await writing('a batch of records', async () => {
        const top = await driver.all<{ s: number | null }>('SELECT MAX(seq) AS s FROM listings');
        const first = Number(top[0]?.s ?? 0) + 1;
        await driver.insertMany(
          'listings',
          ['seq', ...LISTING_COLUMNS],
          batch.listings.map((l, i) => [first + i, ...listingRow(l)]),
        );
        await driver.insertMany('records', RECORD_COLUMNS, batch.records.map(recordRow));
        const canonicals = [
          ...new Set(batch.records.filter((r) => r.status === 'duplicate').map((r) => r.listingId as string)),
        ].sort();
        if (canonicals.length === 0) return;
        // Recomputed from the records table rather than incremented, so a rerun can never count a repost twice.
        const c = driver.inList('listing_id', canonicals);
        const rows = await driver.all<{ listing_id: string; posted_at: string | null }>(
          `SELECT listing_id, posted_at FROM records WHERE status = 'duplicate' AND ${c.sql}`,
          [c.param],
        );
        const reposts = new Map<string, { count: number; dates: string[] }>();
        for (const row of rows) {
          const entry = reposts.get(row.listing_id) ?? { count: 0, dates: [] };
          entry.count++;
          if (row.posted_at != null) entry.dates.push(row.posted_at);
          reposts.set(row.listing_id, entry);
        }
        for (const id of canonicals) {
          const entry = reposts.get(id) ?? { count: 0, dates: [] };
          entry.dates.sort(compareText);
          await driver.run('UPDATE listings SET repost_count = ?, repost_dates = ? WHERE id = ?', [
            entry.count,
            JSON.stringify(entry.dates),
            id,
          ]);
        }
      });
    },

    async putAnalyses(items: AnalysisInput[]) {
      if (items.length === 0) return;
      const upsert =
        'INSERT INTO analyses (listing_id, version, role, analysis, concept_rows) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (listing_id, version) DO UPDATE SET role = excluded.role, analysis = excluded.analysis, ' +
        'concept_rows = excluded.concept_rows';
      // The analysis's role is written twice: indexed beside it, and as the listing's role of that version.
      const roles: RoleInput[] = items.map((i) => ({
        id: i.id,
        version: i.version,
        role: typeof i.analysis.role?.role === 'string' ? i.analysis.role.role : null,
      }));
      await writing('analyses', async () => {
        for (const [n, item] of items.entries()) {
          await driver.run(upsert, [
            item.id,
            item.version,
            (roles[n] as RoleInput).role,
            storableText(JSON.stringify(item.analysis)),
            item.concepts ? item.concepts.length : null,
          ]);
          // A view is of the analysis written with it: an older one goes with the analysis it was cut from.
          if (item.view)
            await driver.run(UPSERT_VIEW, [
              item.id,
              item.version,
              item.view.version,
              storableText(JSON.stringify(item.view.value)),
            ]);
          else
            await driver.run('DELETE FROM profile_views WHERE listing_id = ? AND version = ?', [
              item.id,
              item.version,
            ]);
        }
        await upsertRoles(roles);
        await replaceConceptRows(items.flatMap((i) => (i.concepts ? [{ ...i, rows: i.concepts }] : [])));
      });
    },

    async putRoles(items: RoleInput[]) {
      if (items.length > 0) await writing('roles', () => upsertRoles(items));
    },

    async putConceptRows(items: ConceptRowsInput[]) {
      if (items.length === 0) return;
      await writing('concept rows', async () => {
        await replaceConceptRows(items);
        for (const item of items)
          await driver.run('UPDATE analyses SET concept_rows = ? WHERE listing_id = ? AND version = ?', [
            item.rows.length,
            item.id,
            item.version,
          ]);
      });
    },

    async putProfileViews(items: ProfileViewInput[]) {
      if (items.length === 0) return;
      await writing("the profile's views", async () => {
        for (const item of items)
          await driver.run(UPSERT_VIEW, [
            item.id,
            item.version,
            item.viewVersion,
            storableText(JSON.stringify(item.view)),
          ]);
      });
    },

    async dropOtherVersions(version: string) {
      // Roles are written for every listing before any analysis, so stale roles go with or before stale analyses.
      const [row] = await driver.all<{ analyses: number | string; roles: number | string }>(
        'SELECT (SELECT count(*) FROM analyses WHERE version <> ?) AS analyses, ' +
          '(SELECT count(*) FROM listing_roles WHERE version <> ?) AS roles',
        [version, version],
      );
      const n = Number(row?.analyses ?? 0);
      if (n === 0 && Number(row?.roles ?? 0) === 0) return 0;
      scopeCache.clear();
      await writing('the removal of older analyses', async () => {
        for (const table of [
          'listing_concepts',
          'profile_views',
          'analyses',
          'listing_roles',
          'concept_count_cache',
        ])
          await driver.run(`DELETE FROM ${table} WHERE version <> ?`, [version]);
      });
      return n;
    },

    async conceptCounts(
      version: string,
      filter: ListingFilter = {},
      options: { outside?: boolean; scope?: ListingFilter } = {},
    ) {
      const scope = options.scope ?? {};
      if (!options.outside) return countConcepts(version, { ...scope, ...filter });
      // The scope minus the inside: a selection is small next to the store. The scope's count is kept until this
      // store writes concept rows, or the version's analyses with concept rows are no longer as many (another
      // process analyzed more; what it rewrites of one version is the same rows): at 100,000 listings it costs
      // seconds, the check milliseconds. An empty scope (a store of the corpus the shipped background already
      // counts) leaves nothing outside, whatever the selection: its count is not needed.
      const all = await scopeCounts(version, scope);
      if (all.listings === 0) return { listings: 0, concepts: new Map() };
      return subtract(all, await countConcepts(version, { ...scope, ...filter }));
    },

    async *listings(filter: ListingFilter = {}) {
      if (filter.role !== undefined && filter.analysisVersion !== undefined) {
        yield* roleListings(filter.role, filter.analysisVersion, filter);
        return;
      }
      const where = listingFilterSql(driver, filter);
      const withAnalysis = filter.analysisVersion !== undefined;
      const join = withAnalysis ? ' LEFT JOIN analyses an ON an.listing_id = l.id AND an.version = ?' : '';
      const sql =
        `SELECT ${listingColumns}${withAnalysis ? ', an.analysis AS analysis' : ''} FROM listings l${join} ` +
        `WHERE ${where.sql} AND l.id > ? ORDER BY l.id LIMIT ?`;
      const head = withAnalysis ? [filter.analysisVersion] : [];
      yield* pages<StoredListing>(
        (after) => driver.all(sql, [...head, ...where.params, after, PAGE]),
        (row) => String(row.id),
        listingFromRow,
      );
    },

    async *analyses(version: string, filter: ListingFilter = {}) {
      // Analyses without concept rows are found from analyses_concept_rows itself: every report asks, and on a warm
      // store there are none (the listing filter's form tests each analysis of the version in turn).
      const { conceptRowsMissing, ...rest } = filter;
      const where = listingFilterSql(driver, { ...rest, analysisVersion: version });
      const missing = conceptRowsMissing ? ' AND an.concept_rows IS NULL' : '';
      const sql =
        'SELECT an.listing_id, an.version, an.analysis FROM analyses an JOIN listings l ON l.id = an.listing_id ' +
        `WHERE an.version = ?${missing} AND ${where.sql} AND l.id > ? ORDER BY l.id LIMIT ?`;
      yield* pages<AnalysisInput>(
        (after) => driver.all(sql, [version, ...where.params, after, PAGE]),
        (row) => String(row.listing_id),
        (row) => ({
          id: String(row.listing_id),
          version: String(row.version),
          analysis: JSON.parse(String(row.analysis)),
        }),
      );
    },

    async *profileViews(
      version: string,
      viewVersion: string,
      filter: ListingFilter = {},
      options: { staleOnly?: boolean } = {},
    ) {
      const { role, analysisVersion: _v, ...rest } = filter;
      const where = listingFilterSql(driver, rest);
      // A current view is read alone; the text and analysis (tens of kilobytes) only where it is missing or stale.
      const fresh = 'pv.view_version = ?';
      const columns =
        `l.id, l.source, l.company, l.posted_at, CASE WHEN ${fresh} THEN pv.view END AS profile_view, ` +
        `CASE WHEN ${fresh} THEN NULL ELSE l.text END AS text, ` +
        `CASE WHEN ${fresh} THEN NULL ELSE an.analysis END AS analysis`;
      const views =
        'LEFT JOIN profile_views pv ON pv.listing_id = an.listing_id AND pv.version = an.version ';
      const stale = options.staleOnly ? ' AND (pv.view_version IS NULL OR pv.view_version <> ?)' : '';
      const tail = options.staleOnly ? [viewVersion] : [];
      // A role is read from its (role, version, listing_id) index, as roleListings does.
      const sql =
        role !== undefined
          ? `SELECT ${columns} FROM listing_roles r JOIN listings l ON l.id = r.listing_id ` +
            `JOIN analyses an ON an.listing_id = l.id AND an.version = ? ${views}` +
            `WHERE r.role = ? AND r.version = ? AND ${where.sql}${stale} AND r.listing_id > ? ORDER BY r.listing_id LIMIT ?`
          : `SELECT ${columns} FROM listings l JOIN analyses an ON an.listing_id = l.id AND an.version = ? ${views}` +
            `WHERE ${where.sql}${stale} AND l.id > ? ORDER BY l.id LIMIT ?`;
      const head = role !== undefined ? [version, role, version] : [version];
      yield* pages<StoredProfileView>(
        (after) =>
          driver.all(sql, [
            viewVersion,
            viewVersion,
            viewVersion,
            ...head,
            ...where.params,
            ...tail,
            after,
            PAGE,
          ]),
        (row) => String(row.id),
        profileViewFromRow,
      );
    },

    async *records(sources?: string[]) {
      const c = sources ? driver.inList('source', sources) : { sql: '1 = 1', param: undefined };
      const head = sources ? [c.param] : [];
      const sql = `SELECT ${RECORD_COLUMNS.join(', ')} FROM records WHERE ${c.sql} AND id > ? ORDER BY id LIMIT ?`;
      yield* pages<StoredRecord>(
        (after) => driver.all(sql, [...head, after, PAGE]),
        (row) => String(row.id),
        recordFromRow,
      );
    },

    async countsBySource(filter: ListingFilter = {}) {
      const where = listingFilterSql(driver, filter);
      const rows = await driver.all<{ source: string; n: unknown }>(
        `SELECT l.source AS source, COUNT(*) AS n FROM listings l WHERE ${where.sql} GROUP BY l.source`,
        where.params,
      );
      return rows
        .map((r) => ({ source: String(r.source), listings: Number(r.n) }))
        .sort((a, b) => compareText(a.source, b.source));
    },

    async recordCounts(sources?: string[]) {
      const c = sources ? driver.inList('source', sources) : { sql: '1 = 1', param: undefined };
      const rows = await driver.all<{ source: string; status: string; n: unknown }>(
        `SELECT source, status, COUNT(*) AS n FROM records WHERE ${c.sql} GROUP BY source, status`,
        sources ? [c.param] : [],
      );
      const counts = new Map<string, SourceCounts>();
      for (const row of rows) {
        const entry = counts.get(row.source) ?? { read: 0, accepted: 0, duplicates: 0, rejected: 0 };
        const n = Number(row.n);
        entry.read += n;
        if (row.status === 'accepted') entry.accepted += n;
        else if (row.status === 'duplicate') entry.duplicates += n;
        else entry.rejected += n;
        counts.set(row.source, entry);
      }
      const out: Record<string, SourceCounts> = {};
      for (const source of [...counts.keys()].sort(compareText))
        out[source] = counts.get(source) as SourceCounts;
      return out;
    },

    async dateRange(filter: ListingFilter = {}): Promise<DateRange> {
      const where = listingFilterSql(driver, filter);
      const rows = await driver.all<{ min: string | null; max: string | null }>(
        `SELECT MIN(l.posted_at) AS min, MAX(l.posted_at) AS max FROM listings l WHERE ${where.sql}`,
        where.params,
      );
      return { min: rows[0]?.min ?? null, max: rows[0]?.max ?? null };
    },

    async *dump(): AsyncGenerator<string> {
      for (const table of TABLES) {
        const cols = table.key.join(', ');
        const sql = (first: boolean) =>
          `SELECT * FROM ${table.name}${first ? '' : ` WHERE (${cols}) > (${table.key.map(() => '?').join(', ')})`} ORDER BY ${cols} LIMIT ${PAGE}`;
        let after: unknown[] | null = null;
        for (;;) {
          const rows: Record<string, unknown>[] = await driver.all(sql(after === null), after ?? []);
          for (const row of rows) yield JSON.stringify([table.name, canonicalRow(row)]);
          if (rows.length < PAGE) break;
          const last = rows[rows.length - 1] as Record<string, unknown>;
          after = table.key.map((k) => last[k]);
        }
      }
    },

    close: () => driver.close(),
  };
}

/** Columns sorted by name and numbers as numbers, so both databases dump the same bytes. */
function canonicalRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row).sort()) {
    const value = row[key];
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  }
  return out;
}

/** Code-unit order, locale-independent (the databases order text bytewise too). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The counts of `all` less those of `part`, a subset of its listings (concepts left at zero dropped). */
function subtract(all: ConceptCounts, part: ConceptCounts): ConceptCounts {
  const concepts = new Map<string, number>();
  for (const [c, n] of all.concepts) {
    const left = n - (part.concepts.get(c) ?? 0);
    if (left > 0) concepts.set(c, left);
  }
  return { listings: all.listings - part.listings, concepts };
}
