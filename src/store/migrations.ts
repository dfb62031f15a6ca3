/**
 * Versioned schema migrations, one list for both databases, recorded in `schema_version`.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { SqlDriver } from './sql-driver.ts';

/** One schema step; `sql` gets the dialect's text type so ordering is bytewise on both databases. */
export interface Migration {
  version: number;
  description: string;
  sql: (text: string) => string;
}

/** The length of the content hash prefixes the shipped background lists, which listings_hash_prefix indexes. */
export const HASH_PREFIX = 10;

/** Every migration in order; append, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'listings, records, analyses',
    sql: (T) => `
CREATE TABLE listings (
  id ${T} PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  key ${T} NOT NULL UNIQUE,
  source ${T} NOT NULL,
  record_key ${T} NOT NULL,
  locator ${T} NOT NULL,
  title ${T},
  titles ${T} NOT NULL,
  company ${T},
  location ${T},
  url ${T},
  posted_at ${T},
  remote INTEGER,
  salary ${T},
  meta ${T} NOT NULL,
  text ${T} NOT NULL,
  content_hash ${T} NOT NULL,
  signature ${T} NOT NULL,
  repost_count INTEGER NOT NULL DEFAULT 0,
  repost_dates ${T} NOT NULL DEFAULT '[]'
);
CREATE INDEX listings_source ON listings (source);
CREATE INDEX listings_posted_at ON listings (posted_at);
CREATE TABLE records (
  id ${T} PRIMARY KEY,
  source ${T} NOT NULL,
  record_key ${T},
  locator ${T} NOT NULL,
  status ${T} NOT NULL CHECK (status IN ('accepted', 'duplicate', 'rejected')),
  listing_id ${T},
  exact INTEGER,
  similarity DOUBLE PRECISION,
  reason ${T},
  posted_at ${T}
);
CREATE INDEX records_source ON records (source);
CREATE INDEX records_listing ON records (listing_id);
CREATE TABLE analyses (
  listing_id ${T} NOT NULL REFERENCES listings (id),
  version ${T} NOT NULL,
  role ${T},
  analysis ${T} NOT NULL,
  PRIMARY KEY (listing_id, version)
);
CREATE INDEX analyses_role ON analyses (role, version);
`,
  },
  {
    version: 2,
    description: 'roles from titles, one row per (listing, concept) said',
    // Roles of listings already analyzed come from their analyses; concept rows are written from a stored analysis the
    // first time the background is asked for (the counting rule needs the concept catalog, not SQL).
    sql: (T) => `
CREATE TABLE listing_roles (
  listing_id ${T} NOT NULL REFERENCES listings (id),
  version ${T} NOT NULL,
  role ${T},
  PRIMARY KEY (listing_id, version)
);
CREATE INDEX listing_roles_role ON listing_roles (role, version);
INSERT INTO listing_roles (listing_id, version, role) SELECT listing_id, version, role FROM analyses;
CREATE TABLE listing_concepts (
  listing_id ${T} NOT NULL REFERENCES listings (id),
  version ${T} NOT NULL,
  concept ${T} NOT NULL,
  kind ${T} NOT NULL,
  need ${T},
  section ${T} NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (listing_id, version, concept)
);
CREATE INDEX listing_concepts_concept ON listing_concepts (version, concept);
ALTER TABLE analyses ADD COLUMN concept_rows INTEGER;
CREATE INDEX analyses_concept_rows ON analyses (version, concept_rows);
`,
  },
  {
    version: 3,
    description: 'listings by content hash prefix',
    // The shipped background names its listings by the first 10 characters of their content hash (see
    // listingFilterSql's contentHashIn): looked up here, not found by reading every listing row, text and all.
    sql: () => `CREATE INDEX listings_hash_prefix ON listings (substr(content_hash, 1, ${HASH_PREFIX}));`,
  },
  {
    version: 4,
    description: "a role's listings in id order",
    // A profile reads a role's listings page by page from this index, a range scan from the page's cursor: through
    // (role, version) alone every page listed the whole role again (quadratic: 47 pages × 23,369 nurses at 100,000).
    sql: () => 'CREATE INDEX listing_roles_role_id ON listing_roles (role, version, listing_id);',
  },
  {
    version: 5,
    description: "the profile's view of each analysis",
    // A warm profile reads each listing's view (its statements, counted concept links and the lines they lie in), a
    // few kilobytes, instead of its text and whole analysis; the view's version names the code that cut it.
    sql: (T) => `
ALTER TABLE analyses ADD COLUMN profile_view ${T};
ALTER TABLE analyses ADD COLUMN view_version ${T};
`,
  },
  {
    version: 6,
    description: 'concept counts of a scope, kept between processes',
    // A report counts the concepts of the whole store (its scope) to know those outside its selection: seconds at
    // 100,000 listings, once per process. Kept here with the revision they were counted at (the analyses with
    // concept rows), a later process reads them back while the revision holds.
    sql: (T) => `
CREATE TABLE concept_count_cache (
  version ${T} NOT NULL,
  scope ${T} NOT NULL,
  revision INTEGER NOT NULL,
  counts ${T} NOT NULL,
  PRIMARY KEY (version, scope)
);
`,
  },
  {
    version: 7,
    description: "the profile's views in a table of their own",
    // A view stored after the analysis in its row was reached only through the analysis's overflow pages: reading a
    // role's views walked every analysis (tens of kilobytes each) to find the few kilobytes after it.
    sql: (T) => `
CREATE TABLE profile_views (
  listing_id ${T} NOT NULL REFERENCES listings (id),
  version ${T} NOT NULL,
  view_version ${T} NOT NULL,
  view ${T} NOT NULL,
  PRIMARY KEY (listing_id, version)
);
INSERT INTO profile_views (listing_id, version, view_version, view)
  SELECT listing_id, version, view_version, profile_view FROM analyses
  WHERE profile_view IS NOT NULL AND view_version IS NOT NULL;
ALTER TABLE analyses DROP COLUMN profile_view;
ALTER TABLE analyses DROP COLUMN view_version;
`,
  },
];

/** The schema version this roleprint writes and reads. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings the database to SCHEMA_VERSION in one transaction; refuses a database whose schema is newer.
 * @example
 * import { openSqliteDriver } from './sqlite-driver.ts';
 * assert.equal(await migrate(openSqliteDriver(':memory:'), ':memory:'), SCHEMA_VERSION);
 */
export async function migrate(
  driver: SqlDriver,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const text = driver.dialect === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT';
  return driver.transaction(async () => {
    // Two processes opening a fresh PostgreSQL schema at once must not both create the tables.
    if (driver.dialect === 'postgres')
      await driver.all('SELECT pg_advisory_xact_lock(hashtext(current_schema()))');
    await driver.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)');
    const rows = await driver.all<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
    const current = Number(rows[0]?.v ?? 0);
    if (current > latest) {
      throw new RoleprintError(
        'STORE',
        `Cannot open the database ${location}: its schema is version ${current}, newer than this roleprint supports (${latest}); upgrade roleprint, or pass --db with another database`,
      );
    }
    for (const m of migrations) {
      if (m.version <= current) continue;
      await driver.exec(m.sql(text));
      await driver.run('INSERT INTO schema_version (version) VALUES (?)', [m.version]);
    }
    return latest;
  });
}
