/**
 * `npm run bench -- report`: what a user waits for, as whole `roleprint report` processes (start-up, model loads and
 * all): the first report on a 200-listing file (generated from the real listings, bench/generate-corpus.ts), and on a
 * fresh store of every shared listing the first and the warm `report --role` of a small and a large role. The store's
 * ingest is not timed (see the ingest part). dist/ is compiled first, as `npm install` does.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CORPUS, generateCorpus } from './generate-corpus.ts';

const CLI = join(import.meta.dirname, '..', 'bin', 'roleprint.js');

/** Runs the CLI once; its wall time in ms and its peak RSS in MB (from /usr/bin/time when present). */
function timed(args: string[]): { ms: number; rssMb: number | null } {
  const time = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = time
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`roleprint ${args.join(' ')} failed: ${r.stderr}`);
  const kb = time ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  return { ms, rssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
}

function line(what: string, runs: { ms: number; rssMb: number | null }[]): string {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = Math.max(...runs.map((r) => r.rssMb ?? 0));
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  return `${what}: median ${Math.round(median)} ms of ${ms.length} (${ms.map((t) => Math.round(t)).join(', ')} ms), peak RSS ${rss} MB\n`;
}

/**
 * Prints the first-report and warm-report timings.
 * @example
 * await benchReport();
 */
export async function benchReport(): Promise<void> {
  const dir = join(import.meta.dirname, '..', '.bench');
  mkdirSync(dir, { recursive: true });
  // As installed: the CLI runs the compiled dist/ (npm install builds it), not the sources through tsx.
  const build = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-dist.mjs')], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const file = join(dir, 'report-200-seed1.jsonl');
  if (!existsSync(file)) await generateCorpus({ out: file, count: 200, seed: '1' });
  const out = join(dir, 'report-out.md');
  const first = [1, 2, 3].map(() => timed(['report', file, '--out', out]));
  process.stdout.write(line('first report on a 200-listing file (every listing analyzed)', first));

  const db = join(dir, 'report-fresh.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.lock`]) rmSync(f, { force: true });
  const ingest = spawnSync(process.execPath, [CLI, 'ingest', DEFAULT_CORPUS, '--db', db], {
    encoding: 'utf8',
  });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  for (const role of ['cto', 'registered-nurse']) {
    const cold = timed(['report', '--role', role, '--db', db, '--out', out]);
    process.stdout.write(line(`first report --role ${role} on a fresh store of the shared corpus`, [cold]));
    const warm = [1, 2, 3].map(() => timed(['report', '--role', role, '--db', db, '--out', out]));
    process.stdout.write(line(`warm report --role ${role}`, warm));
  }
}
