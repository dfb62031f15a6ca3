/**
 * The `roleprint` command line: builds the program from one module per command and maps errors to exit codes.
 * @module
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { RoleprintError } from '../errors.ts';
import { exitQuietlyOnBrokenPipe } from './broken-pipe.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEnqueue } from './commands/enqueue.ts';
import { registerEval } from './commands/eval.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFit } from './commands/fit.ts';
import { registerGap } from './commands/gap.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerPipeline } from './commands/pipeline.ts';
import { registerReport } from './commands/report.ts';
import { registerRoles } from './commands/roles.ts';
import { registerServe } from './commands/serve.ts';
import { registerWorker } from './commands/worker.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';

/** A command module adds one subcommand; its action returns the exit code. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;

const COMMANDS: RegisterCommand[] = [
  registerDemo,
  registerIngest,
  registerExtract,
  registerEval,
  registerRoles,
  registerReport,
  registerCompare,
  registerGap,
  registerFit,
  registerPipeline,
  registerServe,
  registerEnqueue,
  registerWorker,
];

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError(`"${value}" is not a number of threads from 1 to 64.`);
  return n;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and resolves to the exit code.
 * @example
 * assert.equal(await main(['--version']), 0);
 */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  let code: number = EXIT.OK;
  const program = new Command('roleprint')
    .description('Distill real job listings into an evidence-backed role profile.')
    .version(await version())
    .option(
      '--jobs <n>',
      'worker threads for cleaning (ingest) and analysis (default: ROLEPRINT_JOBS, else one per core, at most 8)',
      parseJobs,
    )
    .option(
      '--strict',
      'exit 3 when any input record was rejected (default: exit 0; the rejections are in the summary either way)',
    )
    .exitOverride()
    .showHelpAfterError('(run with --help for usage and examples)');
  // One setting read by every use case that analyzes (src/app/thread-pool.ts defaultJobs), before its action runs.
  program.hook('preAction', (root) => {
    const jobs = root.opts().jobs as number | undefined;
    if (jobs !== undefined) process.env.ROLEPRINT_JOBS = String(jobs);
  });
  for (const register of COMMANDS)
    register(program, (c) => {
      code = c;
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    // Rejected records are a warning unless asked otherwise: 4 bad rows of 19,770 should not break `set -e` scripts.
    if (code === EXIT.REJECTED && program.opts().strict !== true) return EXIT.OK;
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    const message =
      err instanceof RoleprintError
        ? err.message
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err);
    process.stderr.write(`roleprint: ${message}\n`);
    return exitCodeFor(err);
  }
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
