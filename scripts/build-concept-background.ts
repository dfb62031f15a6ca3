/**
 * `npm run build:background`: ingests, cleans, dedupes and analyzes every shared listing (a temporary in-memory
 * store), then writes data/background/concepts.json.gz: per concept, the listings, employers and listings per role
 * that say it by the profile's own rule (countedLinks: the same cuts and sections), for concepts with ≥ 3 listings,
 * each role's O*NET-SOC code, and each listing's content-hash prefix (so a store of the same listings does not count
 * them twice). Only counts, codes and hashes are stored, never listing text. Usage: node --import tsx scripts/build-concept-background.ts [--shared ../shared]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createAnalyzer, defaultComponents } from '../src/analyze/index.ts';
import { ingestListings } from '../src/app/index.ts';
import { countedLinks } from '../src/profile/index.ts';
import { openStore } from '../src/store/index.ts';
import { DEFAULT_BACKGROUND_PATH } from '../src/taxonomy/concepts/load-concept-background.ts';
import { type ConceptBackgroundFile, loadConcepts } from '../src/taxonomy/index.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    out: { type: 'string', default: DEFAULT_BACKGROUND_PATH },
    'min-listings': { type: 'string', default: '3' },
  },
});
const t0 = Date.now();
const log = (s: string): void => {
  process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);
};
const lookup = loadConcepts();

const store = await openStore(':memory:');
const summary = await ingestListings(store, [join(values.shared, 'data/listings')], {});
log(`ingested: ${JSON.stringify(summary.total)}`);
const analyze = createAnalyzer(await defaultComponents());
log('analyzer loaded');

const roles = new Map<string, number>();
const roleCodes = new Map<string, string>();
const employers = new Set<string>();
const hashes = new Set<string>();
const perConcept = new Map<
  string,
  { listings: number; employers: Set<string>; roles: Map<string, number> }
>();
let listings = 0;
for await (const listing of store.listings()) {
  const a = analyze(listing);
  listings++;
  hashes.add(listing.contentHash.slice(0, 10));
  const employer = listing.company?.trim().toLowerCase() || null;
  if (employer) employers.add(employer);
  const role = a.role?.role ?? null;
  if (role) roles.set(role, (roles.get(role) ?? 0) + 1);
  if (role && a.role?.onetSoc && !roleCodes.has(role)) roleCodes.set(role, a.role.onetSoc);
  const ids = new Set(countedLinks(a, lookup).map((l) => l.id));
  for (const id of ids) {
    let c = perConcept.get(id);
    if (!c) {
      c = { listings: 0, employers: new Set(), roles: new Map() };
      perConcept.set(id, c);
    }
    c.listings++;
    if (employer) c.employers.add(employer);
    if (role) c.roles.set(role, (c.roles.get(role) ?? 0) + 1);
  }
  if (listings % 2000 === 0) log(`analyzed ${listings} listings`);
}
await store.close();

const sorted = <T>(m: Map<string, T>): [string, T][] => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out: ConceptBackgroundFile = {
  version: 1,
  listings,
  employers: employers.size,
  roles: Object.fromEntries(sorted(roles)),
  roleCodes: Object.fromEntries(sorted(roleCodes)),
  concepts: Object.fromEntries(
    sorted(perConcept)
      .filter(([, c]) => c.listings >= Number(values['min-listings']))
      .map(([id, c]) => [
        id,
        { listings: c.listings, employers: c.employers.size, roles: Object.fromEntries(sorted(c.roles)) },
      ]),
  ),
  contentHashes: [...hashes].sort(),
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, gzipSync(JSON.stringify(out), { level: 9 }));
log(
  `wrote ${values.out}: ${listings} listings, ${employers.size} employers, ${Object.keys(out.concepts).length} concepts`,
);
