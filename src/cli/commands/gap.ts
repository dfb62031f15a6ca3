/**
 * `roleprint gap`: a résumé against a role's profile, line by line, as Markdown, JSON or HTML.
 * @module
 */
import type { Command } from 'commander';
import { gapResume, ingestListings, parseProfileRequest, requireAccepted } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { GAP_FORMATS, type GapFormat, renderGap } from '../../report/index.ts';
import { pickResume, readResumes } from '../../resume/index.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeProgress } from '../progress.ts';
import { wantedFormat, writeOutput } from '../write-output.ts';

/** Options of `roleprint gap` as commander parses them. */
interface GapFlags {
  db?: string;
  role?: string;
  source?: string[];
  since?: string;
  until?: string;
  label?: string;
  id?: string;
  asOf?: string;
  format?: string;
  out?: string;
}

/** `YYYY-MM`, as --as-of takes it. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Registers `roleprint gap RESUME [PATH…]`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerGap(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['gap']);
 */
export function registerGap(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('gap')
    .description(
      "Measure a résumé against a role's profile: each line covered, near or missing, a fit score and what would raise it",
    )
    .argument(
      '<resume>',
      'résumé file: .pdf, .docx, .md, .txt, JSON Resume .json, or .csv/.jsonl of many (with --id)',
    )
    .argument(
      '[paths...]',
      'listing files or folders to profile (read into a temporary store unless --db is given)',
    )
    .option(
      '--db <path-or-url>',
      `store to read, and to load PATHs into (default ${DEFAULT_DB} when no PATH is given)`,
    )
    .option(
      '--role <slug>',
      'profile the listings whose title normalizes to this role (see "roleprint roles")',
    )
    .option('--source <name...>', 'only listings from these sources')
    .option('--since <date>', 'only listings posted on or after YYYY[-MM[-DD]]')
    .option('--until <date>', 'only listings posted on or before YYYY[-MM[-DD]]')
    .option('--label <text>', 'name the listings in the title instead of the role label')
    .option('--id <id>', 'the résumé to use when RESUME holds several (CSV, JSONL)')
    .option('--as-of <YYYY-MM>', 'the month "present" means in the résumé\'s dates (default: this month)')
    .option(
      '--format <format>',
      `output format: ${GAP_FORMATS.join('|')} (default: from --out's extension, else md)`,
    )
    .option('--out <file>', 'write the report to FILE instead of standard output')
    .addHelpText(
      'after',
      `
A line is covered when a résumé sentence is linked to one of its concepts (that sentence is shown), near when the
résumé shows a related concept (same ESCO group or O*NET activity family, broader or narrower, close in meaning) or
says it only weakly, missing otherwise. The résumé is read locally and never stored.

Examples:
  roleprint gap cv.pdf --db roleprint.db --role data-scientist
  roleprint gap cv.docx ../shared/data/listings/indeed-datascientist-2019 --format html --out gap.html
  roleprint gap resumes.jsonl --id 505348eb3054 --db roleprint.db --role data-scientist --format json`,
    )
    .action(async (resumePath: string, paths: string[], flags: GapFlags) => {
      const format = gapFormat(flags);
      if (flags.asOf !== undefined && !MONTH_PATTERN.test(flags.asOf))
        throw new RoleprintError('USAGE', `Cannot read --as-of "${flags.asOf}"; pass a month as YYYY-MM`);
      const selection = parseProfileRequest({ ...flags, sources: flags.source });
      const raw = pickResume(await readResumes(resumePath), flags.id);
      const store = await openStore(flags.db ?? (paths.length > 0 ? ':memory:' : DEFAULT_DB));
      try {
        if (paths.length > 0) {
          const summary = await ingestListings(store, paths, {});
          if (!flags.db) requireAccepted(summary, `measure against ${paths.join(', ')}`);
        }
        const report = await gapResume(store, raw, selection, {
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
          analyze: analyzeProgress(process.stderr),
        });
        const text = renderGap(report, format);
        await writeOutput(text, flags.out);
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}

function gapFormat(flags: GapFlags): GapFormat {
  const { raw, origin } = wantedFormat(flags);
  if ((GAP_FORMATS as readonly string[]).includes(raw)) return raw as GapFormat;
  throw new RoleprintError(
    'USAGE',
    `Cannot write a gap report as "${raw}"${origin}; pass --format ${GAP_FORMATS.join('|')}`,
  );
}
