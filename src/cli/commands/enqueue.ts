/**
 * `roleprint enqueue analyze|ingest --db postgres://…`: put work on the store's job queue for `roleprint worker`.
 * @module
 */
import type { Command } from 'commander';
import {
  DEFAULT_BATCH,
  DEFAULT_LEASE_SECONDS,
  type EnqueueResult,
  enqueueAnalyze,
  enqueueIngest,
} from '../../app/index.ts';
import { DEFAULT_DB } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { number } from './worker.ts';

/** Options of `roleprint enqueue …` as commander parses them. */
interface EnqueueFlags {
  db: string;
  lease?: string;
  batch?: string;
  json?: boolean;
}

const EXAMPLES = `
Examples:
  roleprint enqueue ingest exports/ more.csv.gz --db postgres://postgres@127.0.0.1:5432/roleprint
  roleprint enqueue analyze --db postgres://postgres@127.0.0.1:5432/roleprint --batch 100
  roleprint worker --db postgres://postgres@127.0.0.1:5432/roleprint --until-idle`;

/**
 * Registers `roleprint enqueue analyze` and `roleprint enqueue ingest PATH…`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerEnqueue(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['enqueue']);
 */
export function registerEnqueue(program: Command, setExitCode: (code: number) => void): void {
  const enqueue = program
    .command('enqueue')
    .description('Queue ingest or analyze jobs in a PostgreSQL store, for "roleprint worker" to run')
    .addHelpText(
      'after',
      `
Enqueuing the same work twice queues it once: a path or listing that an unfinished job holds is left out.
${EXAMPLES}`,
    );
  const report = (result: EnqueueResult, flags: EnqueueFlags) => {
    if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(`${formatEnqueue(result)}\n`);
    setExitCode(EXIT.OK);
  };
  enqueue
    .command('analyze')
    .description(
      'Queue every listing of the store without an analysis of the current analyzer, in batches (one job each)',
    )
    .option('--db <url>', 'postgres:// URL of the store (its ?schema= too)', DEFAULT_DB)
    .option('--batch <n>', 'listings per job', String(DEFAULT_BATCH))
    .option(
      '--lease <seconds>',
      'how long a worker may hold a job before it counts as dead and the job is retried elsewhere',
      String(DEFAULT_LEASE_SECONDS.analyze),
    )
    .option('--json', 'print {queue, jobs, items, alreadyQueued, revived} as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: EnqueueFlags) => {
      const batchSize = number('--batch', flags.batch ?? '', 1, 100_000, true);
      const leaseSeconds = number('--lease', flags.lease ?? '', 1, 86_399, true);
      report(await enqueueAnalyze(flags.db, { batchSize, leaseSeconds }), flags);
    });
  enqueue
    .command('ingest')
    .description('Queue one ingest job per path; workers read the path themselves, so use a shared mount')
    .argument('<paths...>', 'files or directories to ingest')
    .option('--db <url>', 'postgres:// URL of the store (its ?schema= too)', DEFAULT_DB)
    .option(
      '--lease <seconds>',
      'how long a worker may hold a job before it counts as dead and the job is retried elsewhere',
      String(DEFAULT_LEASE_SECONDS.ingest),
    )
    .option('--json', 'print {queue, jobs, items, alreadyQueued, revived} as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: EnqueueFlags) => {
      const leaseSeconds = number('--lease', flags.lease ?? '', 1, 86_399, true);
      report(await enqueueIngest(flags.db, paths, { leaseSeconds }), flags);
    });
}

/**
 * The one-line summary of an enqueue.
 * @example
 * assert.equal(formatEnqueue({ queue: 'ingest', jobs: 1, items: 1, alreadyQueued: 0, revived: 0 }), 'queued 1 ingest job(s) for 1 path(s)');
 */
export function formatEnqueue(r: EnqueueResult): string {
  const unit = r.queue === 'analyze' ? 'listing(s)' : 'path(s)';
  const parts = [`queued ${r.jobs} ${r.queue} job(s) for ${r.items} ${unit}`];
  if (r.alreadyQueued > 0) parts.push(`${r.alreadyQueued} ${unit} already queued`);
  if (r.revived > 0) parts.push(`${r.revived} failed job(s) queued again`);
  return parts.join('; ');
}
