/**
 * `roleprint demo`: the whole pipeline on the bundled real sample (529 YC "Work at a Startup" listings of NYC AI
 * start-ups, MIT licensed), ending in the report of the sample's most common role.
 * @module
 */
import type { Command } from 'commander';
import { runDemo } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/index.ts';
import { openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { analyzeProgress } from '../progress.ts';

/**
 * Registers `roleprint demo`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerDemo(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['demo']);
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
    .addHelpText(
      'after',
      `
Examples:
  roleprint demo                                  # the profile of the sample's most common role, as Markdown
  roleprint demo --format html > demo.html
  roleprint demo --db demo.db && roleprint roles --db demo.db   # keep the store, then look at its roles`,
    )
    .action(async (flags: { db?: string; role?: string; format: string }) => {
      if (!(REPORT_FORMATS as readonly string[]).includes(flags.format))
        throw new RoleprintError(
          'USAGE',
          `Cannot write the demo as "${flags.format}"; pass --format ${REPORT_FORMATS.join('|')}`,
        );
      const store = await openStore(flags.db ?? ':memory:');
      try {
        process.stdout.write(
          await runDemo(
            store,
            { role: flags.role, format: flags.format as ReportFormat },
            analyzeProgress(process.stderr),
          ),
        );
        setExitCode(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}
