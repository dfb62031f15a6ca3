/**
 * Load benchmark for issue 9: `roleprint serve` over the warm store of the profile bench (every shared listing,
 * analyzed), 50 concurrent clients reading role profiles for 10 s with autocannon, traffic to 127.0.0.1 only.
 * Prints the cold build time per profile, then requests/s, p50/p99 latency and the server's RSS.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ANALYZER_VERSION } from '../src/analyze/index.ts';

const BIN = fileURLToPath(new URL('../bin/roleprint.js', import.meta.url));

/** Reads a /proc status field of a process in MB (Linux), or NaN. */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

// Starts the server and resolves with its URL once the store is analyzed.
function startServe(db: string): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    let url = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      url ||= /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err)?.[1] ?? '';
      if (url && /store ready/.test(err)) resolve({ child, url, readyMs: performance.now() - t0 });
    });
    child.once('exit', (code) => reject(new Error(`roleprint serve exited with ${code}: ${err}`)));
  });
}

/**
 * Runs the load benchmark (needs the warm store `npm run bench -- profile` builds).
 * @example
 * await benchServe(); // "50 clients, 10 s: 4321 req/s, p50 9 ms, p99 31 ms …"
 */
export async function benchServe(): Promise<void> {
  const dir = process.env.ROLEPRINT_BENCH_DIR ?? '/tmp/roleprint-bench';
  const db = join(dir, `profile-${ANALYZER_VERSION}.db`);
  if (!existsSync(db)) {
    process.stdout.write(`serve: skipped (no warm store ${db}; run "npm run bench -- profile" first)\n`);
    return;
  }
  const { child, url, readyMs } = await startServe(db);
  try {
    process.stdout.write(
      `server ready in ${Math.round(readyMs)} ms (start-up, store check), RSS ${procMb(child.pid as number, 'VmRSS').toFixed(0)} MB\n`,
    );
    const roles = (await (await fetch(`${url}/api/roles?limit=6`)).json()) as {
      listings: number;
      roles: { role: string | null; listings: number }[];
    };
    const chosen = roles.roles.filter((r) => r.role !== null).slice(0, 6);
    const paths = chosen.flatMap((r) =>
      ['json', 'md', 'html'].map((f) => `/api/profile?role=${r.role}&format=${f}`),
    );
    for (const r of chosen) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/profile?role=${r.role}&format=json`);
      await res.arrayBuffer();
      process.stdout.write(
        `cold profile ${r.role} (${r.listings} listings): ${Math.round(performance.now() - t0)} ms (${res.status})\n`,
      );
    }
    const result = await autocannon({
      url,
      connections: 50,
      duration: 10,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    const rss = procMb(child.pid as number, 'VmRSS');
    const peak = procMb(child.pid as number, 'VmHWM');
    process.stdout.write(
      `50 clients, 10 s, ${paths.length} profile URLs (${chosen.length} roles x json/md/html) of a store of ${roles.listings} listings: ${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${result.non2xx} non-2xx, ${result.errors} errors; server RSS ${rss.toFixed(0)} MB (peak ${peak.toFixed(0)} MB)\n`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}
