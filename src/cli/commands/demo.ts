/**
 * `roleprint demo`: the whole pipeline on the bundled real sample (529 YC "Work at a Startup" listings of NYC AI
 * start-ups, MIT licensed), ending in the report of the sample's most common role.
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ANALYZER_VERSION } from '../../analyze/index.ts';
import { RoleprintError } from '../../errors.ts';
import { profileFromStore, REPORT_FORMATS, type ReportFormat, renderReport } from '../../report/index.ts';
import { loadListings, openStore, type Store } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeAll, skillGroups } from './report.ts';

/** The bundled sample, relative to this file (works from a fresh clone; never reads ../shared). */
export const DEMO_SAMPLE = fileURLToPath(
  new URL('../../../data/demo/yc-waas-nyc-2026/jobs_raw.csv.gz', import.meta.url),
);

/**
 * Registers `roleprint demo`.
 * @example
 * registerDemo(program, (code) => { exitCode = code; });
 */
export function registerDemo(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('demo')
    .description(
      'Run the whole pipeline on a bundled real sample (529 YC start-up listings) and print a role profile',
    )
    .option('--db <path-or-url>', 'keep the demo store here (default: in memory)')
    .option('--role <slug>', 'profile this role instead of the most common one')
    .option('--format <format>', `output format: ${REPORT_FORMATS.join('|')}`, 'md')
    .action(async (flags: { db?: string; role?: string; format: string }) => {
      if (!(REPORT_FORMATS as readonly string[]).includes(flags.format))
        throw new RoleprintError(
          'USAGE',
          `Cannot write the demo as "${flags.format}"; pass --format ${REPORT_FORMATS.join('|')}`,
        );
      const store = await openStore(flags.db ?? ':memory:');
      try {
        process.stdout.write(
          await runDemo(store, { role: flags.role, format: flags.format as ReportFormat }),
        );
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

/**
 * Loads the sample into the store, analyzes it, and returns the report of the chosen (or most common) role, followed
 * for Markdown by a short note on what just ran and what to try next.
 * @example
 * const md = await runDemo(await openStore(':memory:'), { format: 'md' });
 * assert.match(md, /^# Key skills/);
 */
export async function runDemo(
  store: Store,
  options: { role?: string | undefined; format: ReportFormat },
): Promise<string> {
  await loadListings(store, [DEMO_SAMPLE], {});
  const background = await analyzeAll(store);
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
    { version: ANALYZER_VERSION, skillGroups: skillGroups(), background },
  );
  const report = renderReport(profile, options.format);
  if (options.format !== 'md') return report;
  const total = background.length;
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
