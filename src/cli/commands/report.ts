/**
 * `roleprint report`: the role profile of listings in files or in a store, as Markdown, JSON, HTML or CSV.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../../analyze/index.ts';
import { loadTaxonomy } from '../../analyze/skills/index.ts';
import { RoleprintError } from '../../errors.ts';
import type { DateRange, SkillGroupLookup } from '../../profile/index.ts';
import {
  analyzeStore,
  type BackgroundEntry,
  loadBackground,
  profileFromStore,
  REPORT_FORMATS,
  type ReportFormat,
  renderReport,
  type StoreProfileOptions,
} from '../../report/index.ts';
import { DEFAULT_DB, loadListings, openStore, type Store } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Options of `roleprint report` as commander parses them. */
interface ReportFlags {
  db?: string;
  role?: string;
  source?: string[];
  since?: string;
  until?: string;
  by: string;
  compare?: string;
  format?: string;
  out?: string;
  label?: string;
}

/**
 * Registers `roleprint report [PATH…]`.
 * @example
 * registerReport(program, (code) => { exitCode = code; });
 */
export function registerReport(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description(
      'Profile a role from listings: key skills by theme, core and unique responsibilities, trends, evidence',
    )
    .argument(
      '[paths...]',
      'listing files or folders to profile (read into a temporary store unless --db is given)',
    )
    .option(
      '--db <path-or-url>',
      `store to read, and to load PATHs into (default ${DEFAULT_DB} when no PATH is given)`,
    )
    .option('--role <slug>', 'only listings whose title normalizes to this role (see "roleprint roles")')
    .option('--source <name...>', 'only listings from these sources (e.g. tech-leadership/postings.jsonl)')
    .option('--since <date>', 'only listings posted on or after YYYY[-MM[-DD]]')
    .option('--until <date>', 'only listings posted on or before YYYY[-MM[-DD]]')
    .option('--by <period>', 'trend periods: quarter or year', 'year')
    .option('--compare <ranges>', 'compare two date ranges instead of periods: FROM..TO,FROM..TO')
    .option(
      '--format <format>',
      `output format: ${REPORT_FORMATS.join('|')} (default: from --out's extension, else md)`,
    )
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .option('--label <text>', 'name the listings in the title ("Tech leadership") instead of the role label')
    .addHelpText(
      'after',
      `
Examples:
  roleprint report ../shared/data/listings/tech-leadership --label "Tech leadership"
  roleprint report --db roleprint.db --role cto --format html --out cto.html
  roleprint report --db roleprint.db --role data-scientist --by quarter --format json`,
    )
    .action(async (paths: string[], flags: ReportFlags) => {
      const format = reportFormat(flags);
      const options = profileOptions(flags);
      const store = await openStore(flags.db ?? (paths.length > 0 ? ':memory:' : DEFAULT_DB));
      try {
        if (paths.length > 0) await loadListings(store, paths, {});
        const text = await reportFromStore(store, options, format);
        if (flags.out) {
          await writeFile(flags.out, text);
          process.stderr.write(`Wrote ${flags.out}\n`);
        } else process.stdout.write(text);
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

/**
 * Analyzes what the store lacks (cached per listing and analyzer version), profiles the selection and renders it.
 * @example
 * const md = await reportFromStore(store, { role: 'cto' }, 'md');
 */
export async function reportFromStore(
  store: Store,
  options: StoreProfileOptions,
  format: ReportFormat,
): Promise<string> {
  const background = await analyzeAll(store);
  const profile = await profileFromStore(store, options, {
    version: ANALYZER_VERSION,
    skillGroups: skillGroups(),
    background,
  });
  return renderReport(profile, format);
}

/**
 * Analyzes every listing the store holds without an analysis of the current ANALYZER_VERSION, with progress on stderr.
 * @example
 * await analyzeAll(store); // a second call analyzes nothing
 */
export async function analyzeAll(store: Store): Promise<BackgroundEntry[]> {
  const background = await loadBackground(store, ANALYZER_VERSION);
  const { analyzed, added } = await analyzeStore(
    store,
    { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()) },
    {
      analyzedIds: new Set(background.map((b) => b.id)),
      onProgress: (done) => process.stderr.write(`\ranalyzed ${done} listings…`),
    },
  );
  if (analyzed > 0)
    process.stderr.write(`\ranalyzed ${analyzed} listings (cached in the store for next time)\n`);
  return [...background, ...added];
}

/**
 * The taxonomy's ESCO group labels of a skill, broadest first: what themes are named after.
 * @example
 * assert.deepEqual(skillGroups()('roleprint:tool/react'), ['Web platform development software']);
 */
export function skillGroups(): SkillGroupLookup {
  const taxonomy = loadTaxonomy();
  return (uri) => {
    const path = taxonomy.groupPath(uri);
    return path.length > 0 ? path.map((g) => g.label) : null;
  };
}

function reportFormat(flags: ReportFlags): ReportFormat {
  const raw =
    flags.format ??
    (flags.out
      ? extname(flags.out)
          .slice(1)
          .replace(/^markdown$/, 'md')
      : 'md');
  if ((REPORT_FORMATS as readonly string[]).includes(raw)) return raw as ReportFormat;
  throw new RoleprintError(
    'USAGE',
    `Cannot write a report as "${raw}"${flags.format ? '' : ` (from --out ${flags.out})`}; pass --format ${REPORT_FORMATS.join('|')}`,
  );
}

function profileOptions(flags: ReportFlags): StoreProfileOptions {
  if (flags.by !== 'quarter' && flags.by !== 'year')
    throw new RoleprintError('USAGE', `Cannot group trends by "${flags.by}"; pass --by quarter or --by year`);
  const options: StoreProfileOptions = { by: flags.by };
  if (flags.role) options.role = flags.role;
  if (flags.source) options.sources = flags.source;
  for (const key of ['since', 'until'] as const) {
    const v = flags[key];
    if (v === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
      throw new RoleprintError(
        'USAGE',
        `Cannot read --${key} "${v}"; pass a date as YYYY, YYYY-MM or YYYY-MM-DD`,
      );
    options[key] = v;
  }
  if (flags.compare) options.ranges = parseRanges(flags.compare);
  if (flags.label) options.label = flags.label;
  return options;
}

/**
 * Parses `--compare 2023-01..2023-06,2024-01..2024-06` into two date ranges.
 * @example
 * assert.deepEqual(parseRanges('2023..2023,2024..2024'), [{ from: '2023', to: '2023' }, { from: '2024', to: '2024' }]);
 */
export function parseRanges(text: string): [DateRange, DateRange] {
  const parts = text.split(',').map((p) => p.trim().split('..'));
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  if (parts.length !== 2 || parts.some((p) => p.length !== 2 || !p.every((d) => date.test(d))))
    throw new RoleprintError(
      'USAGE',
      `Cannot read --compare "${text}"; pass two ranges as FROM..TO,FROM..TO with dates YYYY[-MM[-DD]], e.g. 2023-01..2023-06,2024-01..2024-06`,
    );
  const [[a, b], [c, d]] = parts as [[string, string], [string, string]];
  return [
    { from: a, to: b },
    { from: c, to: d },
  ];
}
