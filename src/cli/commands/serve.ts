/**
 * `roleprint serve`: the HTTP API (OpenAPI at /openapi.json, docs at /docs) over a store.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { RoleprintError } from '../../errors.ts';
import { DEFAULT_DB, openStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';

/** Options of `roleprint serve` as commander parses them. */
interface ServeFlags {
  db: string;
  host: string;
  port: string;
  token?: string;
  maxUploadMb: string;
  demo?: boolean;
}

/** Where `serve --demo` keeps its store between runs (re-ingesting the sample adds nothing; analyses are cached). */
export const DEMO_DB = join(tmpdir(), 'roleprint-demo', 'demo.db');

/**
 * Registers `roleprint serve`.
 * @example
 * import { Command } from 'commander';
 * const program = new Command();
 * registerServe(program, (code) => { process.exitCode = code; });
 * assert.deepEqual(program.commands.map((c) => c.name()), ['serve']);
 */
export function registerServe(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('serve')
    .description('Serve the HTTP API over a store: sources, roles, profiles, skill extraction, uploads')
    .option('--db <path-or-url>', 'SQLite file or postgres:// URL to serve', DEFAULT_DB)
    .option(
      '--host <address>',
      'address to listen on (off loopback every request needs the token)',
      '127.0.0.1',
    )
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8787')
    .option(
      '--token <token>',
      'bearer token for uploads, and for reads off loopback (default: $ROLEPRINT_TOKEN)',
    )
    .option('--max-upload-mb <n>', 'largest upload accepted, in MiB', '64')
    .option(
      '--demo',
      `serve the bundled real sample (529 YC start-up listings), kept in ${DEMO_DB} unless --db is given`,
    )
    .addHelpText(
      'after',
      `
Writes (POST /api/ingest) need "Authorization: Bearer <token>"; without a token the server is read-only.
The OpenAPI 3.1 document is at /openapi.json, interactive docs at /docs. Stop with Ctrl-C.

The dashboard is at / (built by npm install, or npm run build:web).

Examples:
  roleprint serve --demo
  roleprint serve --db roleprint.db
  ROLEPRINT_TOKEN=$(openssl rand -hex 16) roleprint serve --db roleprint.db --port 8080
  curl 'http://127.0.0.1:8787/api/profile?role=cto&format=md'`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const port = wholeNumber('--port', flags.port, 65535);
      const maxUploadMb = wholeNumber('--max-upload-mb', flags.maxUploadMb, 4096);
      const token = flags.token ?? process.env.ROLEPRINT_TOKEN ?? undefined;
      // Loaded here, so other commands do not pay for the HTTP stack at start-up.
      const { startServer, webBuilt } = await import('../../server/index.ts');
      let db = flags.db;
      if (flags.demo && command.getOptionValueSource('db') !== 'cli') {
        mkdirSync(join(tmpdir(), 'roleprint-demo'), { recursive: true });
        db = DEMO_DB;
      }
      const store = await openStore(db);
      if (flags.demo) {
        try {
          const { DEMO_SAMPLE, ingestListings } = await import('../../app/index.ts');
          process.stderr.write(`roleprint: loading the demo sample into ${store.location}…\n`);
          const summary = await ingestListings(store, [DEMO_SAMPLE]);
          process.stderr.write(
            `roleprint: demo store holds the sample (${summary.total.accepted} new listings this run)\n`,
          );
        } catch (err) {
          await store.close();
          throw err;
        }
      }
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          store,
          host: flags.host,
          port,
          token: token || undefined,
          maxUploadBytes: maxUploadMb * 1024 * 1024,
          version: program.version() ?? '0.0.0',
          onAnalyzed: (done) => process.stderr.write(`\ranalyzed ${done} listings…`),
        });
      } catch (err) {
        await store.close();
        throw err;
      }
      if (!(await webBuilt()))
        process.stderr.write(
          'roleprint: the dashboard is not built (run npm run build:web); / says so, the API works\n',
        );
      process.stderr.write(
        `roleprint serving ${store.location} at ${server.url}/ (dashboard there, docs ${server.url}/docs, OpenAPI ${server.url}/openapi.json)${token ? '' : '; read-only: set ROLEPRINT_TOKEN or --token to allow uploads'}\n`,
      );
      // Analyze what the store lacks now, so the first profile request does not wait for it.
      const t0 = performance.now();
      server.cache
        .warm({ onProgress: (done) => process.stderr.write(`\ranalyzed ${done} listings…`) })
        .then(() => process.stderr.write(`store ready in ${Math.round(performance.now() - t0)} ms\n`))
        .catch((err: unknown) => process.stderr.write(`roleprint: ${(err as Error).message}\n`));
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.stderr.write('roleprint: stopping\n');
      await server.close();
      await server.jobs.idle();
      await store.close();
      setExitCode(EXIT.OK);
    });
}

function wholeNumber(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RoleprintError('USAGE', `Cannot use ${flag} ${value}: pass a whole number from 0 to ${max}`);
  return n;
}
