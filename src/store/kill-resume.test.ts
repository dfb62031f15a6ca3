import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from './index.ts';
import { TEST_BACKENDS } from './test-backends.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const LISTINGS = '../shared/data/listings';
// A real multi-file subset of 4,399 records (nine batches of 500): long enough to be killed between batches.
const SUBSET = [
  `${LISTINGS}/ethical-tech-jobs-2020`,
  `${LISTINGS}/hn-whoishiring-2026`,
  `${LISTINGS}/indeed-datascientist-2019`,
  `${LISTINGS}/linkedin-2023-2024`,
  `${LISTINGS}/tech-leadership`,
];
const TOTAL = 4399;

function ingest(db: string): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string }>;
} {
  const child = spawn(process.execPath, [BIN, 'ingest', ...SUBSET, '--db', db, '--json', '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => {
      if (code !== null && code !== 0 && code !== 3) process.stderr.write(stderr);
      resolve({ code, signal, stdout });
    }),
  );
  return { child, done };
}

/** Records committed so far, read through a second connection while the ingest writes (0 until the schema exists). */
async function committed(db: string): Promise<number> {
  let store: Store | undefined;
  try {
    store = await openStore(db);
    const counts = await store.recordCounts();
    return Object.values(counts).reduce((n, c) => n + c.read, 0);
  } catch {
    return 0;
  } finally {
    await store?.close();
  }
}

async function dump(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const lines: string[] = [];
    for await (const line of store.dump()) lines.push(line);
    return lines;
  } finally {
    await store.close();
  }
}

for (const backend of TEST_BACKENDS) {
  test(`roleprint ingest killed with SIGKILL midway and run again ends with the same ${backend.name} database as an uninterrupted run`, async () => {
    const killed = await backend.create();
    const whole = await backend.create();
    try {
      const run = ingest(killed.db);
      let seen = 0;
      for (let i = 0; i < 1200 && seen < 1000; i++) {
        await sleep(50);
        seen = await committed(killed.db);
        if (run.child.exitCode !== null) break;
      }
      run.child.kill('SIGKILL');
      const first = await run.done;
      assert.equal(first.signal, 'SIGKILL', 'the first run was killed before it finished');
      const partial = await committed(killed.db);
      assert.ok(
        partial >= 1000 && partial < TOTAL,
        `killed midway: ${partial} of ${TOTAL} records committed`,
      );

      const resumed = await ingest(killed.db).done;
      const uninterrupted = await ingest(whole.db).done;
      assert.equal(resumed.code, uninterrupted.code);
      const summary = JSON.parse(resumed.stdout);
      assert.equal(summary.total.read, TOTAL);
      assert.deepEqual(summary, JSON.parse(uninterrupted.stdout));
      const [a, b] = [await dump(killed.db), await dump(whole.db)];
      const at = a.findIndex((line, i) => line !== b[i]);
      assert.equal(
        at,
        -1,
        `resumed and uninterrupted databases differ at dump line ${at}:\n  resumed:       ${a[at]?.slice(0, 300)}\n  uninterrupted: ${b[at]?.slice(0, 300)}`,
      );
      assert.equal(a.length, b.length);
    } finally {
      await killed.drop();
      await whole.drop();
    }
  });
}
