/**
 * `roleprint worker --db postgres://…`: take ingest and analyze jobs from the store's job queue (PostgreSQL only),
 * one line per job start and end on stdout.
 * @module
 */
import type { Command } from 'commander';
import { runWorker, type WorkerEvent } from '../../app/index.ts';
import { RoleprintError } from '../../errors.ts';
import { DEFAULT_DB } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Options of `roleprint worker` as commander parses them. */
interface WorkerFlags {
  db: string;
  concurrency: string;
  untilIdle?: boolean;
  poll: string;
  sweep: string;
  grace: string;
}

/**
 * Registers `roleprint worker`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerWorker(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['worker']);
 */
export function registerWorker(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('worker')
    .description(
      'Take ingest and analyze jobs from the job queue of a PostgreSQL store; run one per core or per machine',
    )
    .option(
      '--db <url>',
      'postgres:// URL of the store (its ?schema= too); the queue lives beside it',
      DEFAULT_DB,
    )
    .option(
      '--concurrency <n>',
      'jobs of each kind at once; above 1, analysis runs on that many threads (about 400 MB each)',
      '1',
    )
    .option(
      '--until-idle',
      'exit 0 once no job is pending, waiting for a retry or running (for scripts and tests)',
    )
    .option('--poll <seconds>', 'how often an idle worker looks for a new job (at least 0.5)', '2')
    .option(
      '--sweep <seconds>',
      'how often jobs whose worker died (lease expired) are put back in the queue; one worker does it per interval',
      '15',
    )
    .option(
      '--grace <seconds>',
      'on SIGTERM/SIGINT, how long the running job may take before it is given back to the queue',
      '60',
    )
    .addHelpText(
      'after',
      `
Jobs are queued with "roleprint enqueue". Start as many workers as you like, on as many machines as can reach
the database: each job runs on one worker at a time. A job held by a worker that dies goes back to the queue
when its lease expires (enqueue --lease) and is retried, up to 3 more times; every write is an idempotent
upsert, so the store ends the same. Ingest jobs run one at a time, in the order enqueued; their paths must be
readable at the same place on every worker machine.

Each job prints "start <queue> <job id> attempt <n> (<items>)" and "done …" or "failed …" on stdout.
SIGTERM or SIGINT: stop taking jobs and finish the running one (a second signal quits at once).

Exit codes: 0 stopped (idle, or by a signal), 1 a job failed its last attempt here, or an error (no server,
            database failure), 2 bad flags (a SQLite --db included).

Examples:
  roleprint enqueue ingest exports/ --db postgres://postgres@127.0.0.1:5432/roleprint
  roleprint worker --db postgres://postgres@127.0.0.1:5432/roleprint
  roleprint enqueue analyze --db postgres://postgres@127.0.0.1:5432/roleprint
  roleprint worker --db postgres://postgres@127.0.0.1:5432/roleprint --until-idle --concurrency 2`,
    )
    .action(async (flags: WorkerFlags) => {
      const concurrency = number('--concurrency', flags.concurrency, 1, 64, true);
      const pollSeconds = number('--poll', flags.poll, 0.5, 600);
      const sweepSeconds = number('--sweep', flags.sweep, 1, 3600);
      const graceSeconds = number('--grace', flags.grace, 1, 86_400);
      const stop = new AbortController();
      let signals = 0;
      const onSignal = () => {
        if (++signals > 1) {
          process.stderr.write(
            'roleprint: quitting; the running job goes back to the queue when its lease expires\n',
          );
          process.exit(EXIT.ERROR);
        }
        process.stderr.write('roleprint: stopping: finishing the running job (signal again to quit now)\n');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const summary = await runWorker(flags.db, {
          concurrency,
          untilIdle: flags.untilIdle === true,
          pollSeconds,
          sweepSeconds,
          graceSeconds,
          signal: stop.signal,
          onEvent: (e) => process.stdout.write(`${formatEvent(e)}\n`),
        });
        process.stdout.write(`stopped: ${summary.done} job(s) done, ${summary.failed} failed attempt(s)\n`);
        if (summary.gaveUp > 0)
          throw new RoleprintError(
            'STORE',
            `${summary.gaveUp} job(s) failed their last attempt on this worker (see the "failed" lines for why); fix the cause, then run roleprint enqueue again to queue them anew`,
          );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      setExitCode(EXIT.OK);
    });
}

/**
 * One log line per worker event.
 * @example
 * assert.equal(formatEvent({ type: 'start', queue: 'analyze', job: 'j1', attempt: 1, items: 25 }), 'start analyze j1 attempt 1 (25 listings)');
 */
export function formatEvent(e: WorkerEvent): string {
  switch (e.type) {
    case 'ready':
      return `ready: taking jobs from queue schema ${e.jobSchema} (analyzer ${e.version}, concurrency ${e.concurrency}, pid ${process.pid})`;
    case 'start':
      return `start ${e.queue} ${e.job} attempt ${e.attempt} (${e.queue === 'analyze' ? `${e.items} listings` : '1 path'})`;
    case 'done':
      return `done ${e.queue} ${e.job} attempt ${e.attempt} in ${e.seconds.toFixed(1)} s ${JSON.stringify(e.result)}`;
    case 'failed':
      return `failed ${e.queue} ${e.job} attempt ${e.attempt} after ${e.seconds.toFixed(1)} s${e.last ? ' (the last one)' : ''}: ${e.error}`;
    case 'stopping':
      return e.reason === 'idle' ? 'idle: no job pending or running' : 'stopping on a signal';
  }
}

/** Parses a numeric flag within [min, max] (whole when asked). */
export function number(flag: string, value: string, min: number, max: number, whole = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n)))
    throw new RoleprintError(
      'USAGE',
      `Cannot use ${flag} ${value}: pass a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    );
  return n;
}
