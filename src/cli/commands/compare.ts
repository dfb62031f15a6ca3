/**
 * `roleprint compare`: two or more selections (roles, sources, periods or paths) side by side, as Markdown, JSON,
 * HTML or CSV.
 * @module
 */
import type { Command } from 'commander';
import { compareSelections, parseCompareRequest, parseReportFormat } from '../../app/index.ts';
import { REPORT_FORMATS, type ReportFormat, renderComparison } from '../../report/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { checkOutPath } from '../check-out-path.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeProgress } from '../progress.ts';
import { wantedFormat, writeOutput } from '../write-output.ts';

/** Options of `roleprint compare` as commander parses them. */
interface CompareFlags {
  db?: string;
  role?: string[];
  source?: string[];
  period?: string[];
  label?: string[];
  format?: string;
  out?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * Registers `roleprint compare [PATH…]`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerCompare(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['compare']);
 */
export function registerCompare(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('compare')
    .description(
      'Compare two or more selections side by side: lines shared by all, lines distinctive to each (difference, interval, corrected test), a headline',
    )
    .argument(
      '[paths...]',
      'listing files or folders, each one selection (read into a temporary store unless --db)',
    )
    .option(
      '--db <path-or-url>',
      `store to read, and to load PATHs into (default ${DEFAULT_DB} when no PATH is given)`,
    )
    .option(
      '--role <slug>',
      'a role to compare (repeat: --role cto --role vp-engineering); once: a common filter',
      collect,
    )
    .option('--source <name>', 'a source to compare (repeat); once: a common filter', collect)
    .option('--period <from..to>', 'a period FROM..TO to compare (repeat); once: a common filter', collect)
    .option('--label <text>', 'name the selections in order (repeat, one per selection)', collect)
    .option(
      '--format <format>',
      `output format: ${REPORT_FORMATS.join('|')} (default: from --out's extension, else md)`,
    )
    .option('--out <file>', 'write the comparison to FILE instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  roleprint compare ../shared/data/listings/tech-leadership ../shared/data/listings/indeed-datascientist-2019
  roleprint compare --db roleprint.db --role cto --role data-scientist --format html --out compare.html
  roleprint compare --db roleprint.db --role data-scientist --period 2019..2020 --period 2024..2025
  roleprint compare --db roleprint.db --source tech-leadership/postings.jsonl --source linkedin-2023-2024/mubashirsidiki_postings.csv`,
    )
    .action(async (paths: string[], flags: CompareFlags) => {
      if (flags.out) await checkOutPath(flags.out);
      const format = compareFormat(flags);
      const selections = parseCompareRequest({
        roles: flags.role,
        sources: flags.source,
        periods: flags.period,
        paths,
        labels: flags.label,
      });
      const store = await openStore(flags.db ?? (paths.length > 0 ? ':memory:' : DEFAULT_DB));
      try {
        const comparison = await compareSelections(store, selections, {
          analyze: analyzeProgress(process.stderr),
        });
        const text = renderComparison(comparison, format);
        await writeOutput(text, flags.out);
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

function compareFormat(flags: CompareFlags): ReportFormat {
  const { raw, origin } = wantedFormat(flags);
  return parseReportFormat(raw, undefined, origin);
}
