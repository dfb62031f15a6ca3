/**
 * The demo use case: the whole pipeline on the bundled real sample (529 YC "Work at a Startup" listings of NYC AI
 * start-ups, MIT licensed), ending in the report of the sample's most common role.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { ANALYZER_VERSION } from '../analyze/index.ts';
import { RoleprintError } from '../errors.ts';
import { type ReportFormat, renderReport } from '../report/index.ts';
import type { Store } from '../store/index.ts';
import { type AnalyzeAllOptions, analyzeAll } from './analyze-all.ts';
import { ingestListings } from './ingest-listings.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore } from './profile-from-store.ts';

/** The bundled sample, relative to this file (works from a fresh clone; never reads ../shared). */
export const DEMO_SAMPLE = fileURLToPath(
  new URL('../../data/demo/yc-waas-nyc-2026/jobs_raw.csv.gz', import.meta.url),
);

/**
 * Loads the sample into the store, analyzes it, and returns the report of the chosen (or most common) role, followed
 * for Markdown by a short note on what just ran and what to try next.
 * @example
 * import { openStore } from '../store/index.ts';
 * const md = await runDemo(await openStore(':memory:'), { format: 'md' });
 * assert.match(md, /^# What \d+ real-world /);
 */
export async function runDemo(
  store: Store,
  options: { role?: string | undefined; format: ReportFormat },
  analyzeOptions: AnalyzeAllOptions = {},
): Promise<string> {
  await ingestListings(store, [DEMO_SAMPLE], {});
  await analyzeAll(store, analyzeOptions);
  const roles = await roleCounts(store);
  const role = options.role ?? roles[0]?.role;
  if (!role)
    throw new RoleprintError(
      'DATA',
      `Cannot run the demo: no listing in ${DEMO_SAMPLE} normalized to a role`,
    );
  const profile = await profileFromStore(
    store,
    { role, by: 'quarter' },
    { version: ANALYZER_VERSION, ...profileDeps() },
  );
  const report = renderReport(profile, options.format);
  if (options.format !== 'md') return report;
  const total = (await store.countsBySource()).reduce((n, s) => n + s.listings, 0);
  const others = roles
    .filter((r) => r.role !== role)
    .slice(0, 6)
    .map((r) => `${r.role} (${r.count})`)
    .join(', ');
  return `${report}
---

This was \`roleprint demo\`: ${total} real listings from the bundled YC "Work at a Startup" sample of NYC AI start-ups
(MIT licence, (c) 2026 Rohit Gawli), read, cleaned, analyzed and profiled for ${options.role ? 'the role you chose' : 'its most common role'}, ${role}.
Other roles in the sample: ${others || 'none'}.
Try: \`roleprint demo --role ${roles.find((r) => r.role !== role)?.role ?? role}\`, \`roleprint demo --format html > demo.html\`,
or your own listings: \`roleprint report PATH… --role ROLE --format md|json|html|csv --out FILE\`.
`;
}

// Roles in the store by listing count (ties by slug), from the current analyses.
async function roleCounts(store: Store): Promise<{ role: string; count: number }[]> {
  const counts = new Map<string, number>();
  for await (const a of store.analyses(ANALYZER_VERSION)) {
    const role = a.analysis.role?.role;
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([role, count]) => ({ role, count }))
    .sort((a, b) => b.count - a.count || (a.role < b.role ? -1 : 1));
}
