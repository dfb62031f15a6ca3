/**
 * `roleprint report`: the role profile of listings in files or in a store, as Markdown, JSON, HTML or CSV.
 * @module
 */
import type { Command } from 'commander';
import {
  acceptedSources,
  ingestListings,
  mixedRolesNote,
  parseProfileRequest,
  parseReportFormat,
  reportFromStore,
  requireAccepted,
} from '../../app/index.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { checkOutPath } from '../check-out-path.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeProgress } from '../progress.ts';
import { wantedFormat, writeOutput } from '../write-output.ts';

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
 * import { Command } from 'commander';
 * const program = new Command();
 * registerReport(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['report']);
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
      if (flags.out) await checkOutPath(flags.out);
      const format = reportFormat(flags);
      const options = parseProfileRequest({ ...flags, sources: flags.source, compare: flags.compare });
      // Reading a store that is not there is an error; only PATHs are loaded into a (temporary or --db) store.
      const store = await openStore(flags.db ?? (paths.length > 0 ? ':memory:' : DEFAULT_DB), {
        create: paths.length > 0,
      });
      try {
        if (paths.length > 0) {
          const summary = await ingestListings(store, paths, {});
          requireAccepted(summary, `build a report from ${paths.join(', ')}`);
          // PATHs name what to profile; a --db store's other listings are the background, as in compare.
          if (flags.db) options.sources ??= acceptedSources(summary);
        }
        const text = await reportFromStore(store, options, format, analyzeProgress(process.stderr));
        await writeOutput(text, flags.out);
        // A report over several roles is allowed (a team's own export), but never silently.
        const mixed = flags.label ? null : await mixedRolesNote(store, options);
        if (mixed) process.stderr.write(`${mixed}\n`);
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

function reportFormat(flags: ReportFlags): ReportFormat {
  const { raw, origin } = wantedFormat(flags);
  return parseReportFormat(raw, undefined, origin);
}
