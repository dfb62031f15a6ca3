/**
 * Issue 12, "Crashes": inputs and situations that used to end in a stack trace or lose records.
 * Fixtures are generated in temp dirs (each a few lines); every run checks read = accepted + duplicates + rejected.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestListings } from '../../src/app/index.ts';
import { htmlToText } from '../../src/clean/index.ts';
import { findJobPostings } from '../../src/ingest/jsonld.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { TEST_BACKENDS } from '../../src/store/test-backends.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const TECH = fileURLToPath(
  new URL('../../../shared/data/listings/tech-leadership/postings.jsonl', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'roleprint-crashes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Counts {
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

function roleprint(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function roleprintAsync(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function assertBalanced(c: Counts): void {
  assert.equal(c.read, c.accepted + c.duplicates + c.rejected, JSON.stringify(c));
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function dumpOf(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const rows: string[] = [];
    for await (const row of store.dump()) rows.push(row);
    return rows;
  } finally {
    await store.close();
  }
}

const DEEP_HTML = `${'<b>'.repeat(5000)}deep text${'</b>'.repeat(5000)}`;

test('htmlToText() reads HTML nested 5,000 tags deep without overflowing the stack (issue 12)', () => {
  assert.equal(
    htmlToText(`<p>Lead the team</p>${DEEP_HTML}<ul><li>Hire</li></ul>`),
    'Lead the team\ndeep text\n- Hire',
  );
});

test('ingest keeps every row of a CSV holding one listing nested 5,000 tags deep (issue 12)', () => {
  const rows = ['id,title,description'];
  for (let i = 1; i <= 5; i++)
    rows.push(`${i},Engineer ${i},"Build service ${i} with Postgres and Kafka streams"`);
  rows.push(`6,Deep,"<p>${DEEP_HTML}</p>"`);
  for (let i = 7; i <= 9; i++)
    rows.push(`${i},Analyst ${i},"Model dataset ${i} with Python and dbt pipelines"`);
  const csv = file('deep/html.csv', `${rows.join('\n')}\n`);
  const r = roleprint('ingest', csv, '--db', join(dir, 'deep-html.db'), '--json');
  assert.equal(r.code, 0, r.stderr);
  const total = JSON.parse(r.stdout).total as Counts;
  assert.deepEqual(total, { read: 9, accepted: 9, duplicates: 0, rejected: 0 });
});

test('findJobPostings() walks JSON arrays nested 100,000 deep without recursion (issue 12)', () => {
  let v: unknown = { '@type': 'JobPosting', title: 'CTO' };
  for (let i = 0; i < 100_000; i++) v = [v];
  assert.equal(findJobPostings(v).length, 1);
  assert.equal(
    findJobPostings([
      { '@graph': [{ '@type': 'JobPosting', title: 'A' }] },
      { '@type': 'JobPosting', title: 'B' },
    ])
      .map((p) => p.title)
      .join(),
    'A,B',
  );
});

test('a JSONL line of 100,000 nested brackets is one rejection and the lines after it are read (issue 12)', () => {
  const good = (i: number) =>
    JSON.stringify({
      id: `g${i}`,
      title: `Role ${i}`,
      description: `Listing ${i} text about Terraform module ${i}`,
    });
  const lines = [good(1), `${'['.repeat(100_000)}${']'.repeat(100_000)}`, good(2), good(3), good(4)];
  const jsonl = file('deep/brackets.jsonl', `${lines.join('\n')}\n`);
  const rejections = join(dir, 'deep-rejections.jsonl');
  const r = roleprint(
    'ingest',
    jsonl,
    '--db',
    join(dir, 'deep-json.db'),
    '--json',
    '--rejections',
    rejections,
    '--strict',
  );
  assert.equal(r.code, 3, r.stderr);
  const total = JSON.parse(r.stdout).total as Counts;
  assertBalanced(total);
  assert.deepEqual(total, { read: 5, accepted: 4, duplicates: 0, rejected: 1 });
  const rejection = JSON.parse(readFileSync(rejections, 'utf8'));
  assert.equal(rejection.locator, 'line 2');
  assert.equal(
    rejection.reason,
    'JSON nested deeper than 128 levels (at character 128; set ROLEPRINT_MAX_JSON_DEPTH to change it); not a listing record',
  );
});

test('a JSON-LD page whose script nests 100,000 deep is a rejection of that script, not a crash (issue 12)', () => {
  const page = file(
    'deep/page.html',
    `<html><script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>` +
      '<script type="application/ld+json">{"@type":"JobPosting","title":"CTO","description":"Lead engineering."}</script></html>',
  );
  const r = roleprint(
    'ingest',
    page,
    '--format',
    'jsonld',
    '--db',
    join(dir, 'deep-page.db'),
    '--json',
    '--strict',
  );
  assert.equal(r.code, 3, r.stderr);
  const total = JSON.parse(r.stdout).total as Counts;
  assert.deepEqual(total, { read: 2, accepted: 1, duplicates: 0, rejected: 1 });
});

const ODD_IDS = [
  { id: 'a\ud800', title: 'Lone surrogate', description: 'Plan capacity for the storage fleet.' },
  { id: 'b\u0000', title: 'NUL byte', description: 'Write the incident review guide.' },
  { id: 'b', title: 'Plain b', description: 'Run the hiring loop for data engineers.' },
  { id: 'c', title: 'Plain c', description: 'Own the budget of the platform group.' },
];

test('ids with a lone surrogate or a NUL byte: a rerun adds nothing and exits 0 (issue 12)', () => {
  const jsonl = file('ids/odd.jsonl', `${ODD_IDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const db = join(dir, 'odd-ids.db');
  const first = roleprint('ingest', jsonl, '--db', db, '--json');
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.deepEqual(summary.total, { read: 4, accepted: 4, duplicates: 0, rejected: 0 });
  const again = roleprint('ingest', jsonl, '--db', db, '--json');
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), summary);
});

for (const backend of TEST_BACKENDS) {
  test(`${backend.name}: odd ids resumed after a cut-short run end as an uninterrupted run (issue 12)`, async () => {
    const whole = await backend.create();
    const resumed = await backend.create();
    const path = join(dir, `resume-${backend.name}`, 'odd.jsonl');
    mkdirSync(join(path, '..'), { recursive: true });
    try {
      writeFileSync(path, `${ODD_IDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const run = async (db: string) => {
        const store: Store = await openStore(db);
        try {
          return await ingestListings(store, [path], { batchSize: 1 });
        } finally {
          await store.close();
        }
      };
      const summary = await run(whole.db);
      // A run killed after two records is, for the store, a run over the first two lines.
      writeFileSync(
        path,
        `${ODD_IDS.slice(0, 2)
          .map((r) => JSON.stringify(r))
          .join('\n')}\n`,
      );
      await run(resumed.db);
      writeFileSync(path, `${ODD_IDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const after = await run(resumed.db);
      assertBalanced(after.total);
      assert.deepEqual(after, summary);
      assert.deepEqual(await dumpOf(resumed.db), await dumpOf(whole.db));
    } finally {
      await whole.drop();
      await resumed.drop();
    }
  });
}

test('roleprint roles --json into a closed pipe exits 0 without a stack trace (EPIPE, issue 12)', async () => {
  const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const p = spawn(process.execPath, [BIN, 'roles', TECH, '--json'], { cwd: dir });
    p.stdout.destroy(); // the reader went away, as `| head` does
    let stderr = '';
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => done({ code, stderr }));
  });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
});

test('report --out into a missing folder or onto a folder fails at once with exit 2, naming the path (issue 12)', () => {
  mkdirSync(join(dir, 'some-dir'), { recursive: true });
  const started = Date.now();
  const missing = roleprint('report', TECH, '--out', 'missing-dir/x.md');
  assert.equal(missing.code, 2);
  assert.equal(
    missing.stderr,
    'roleprint: Cannot write --out missing-dir/x.md: the folder missing-dir does not exist; create it first (mkdir -p missing-dir)\n',
  );
  const folder = roleprint('report', TECH, '--out', 'some-dir');
  assert.equal(folder.code, 2);
  assert.equal(
    folder.stderr,
    'roleprint: Cannot write --out some-dir: it is a folder; give a file name inside it, e.g. --out some-dir/report.md\n',
  );
  // Checked before the listings are read and analysed (which takes several seconds).
  assert.ok(Date.now() - started < 8000);
});

for (const backend of TEST_BACKENDS) {
  test(`${backend.name}: two ingests into one store at once both finish, as if run one after the other (issue 12)`, async () => {
    const lines = readFileSync(TECH, 'utf8').trim().split('\n');
    // Overlapping halves in two sources: the overlap is a repost in whichever run comes second.
    const a = file(`concurrent-${backend.name}/a/postings.jsonl`, `${lines.slice(0, 60).join('\n')}\n`);
    const b = file(`concurrent-${backend.name}/b/postings.jsonl`, `${lines.slice(46).join('\n')}\n`);
    const together = await backend.create();
    const ab = await backend.create();
    const ba = await backend.create();
    try {
      const [ra, rb] = await Promise.all([
        roleprintAsync('ingest', a, '--db', together.db, '--json'),
        roleprintAsync('ingest', b, '--db', together.db, '--json'),
      ]);
      assert.equal(ra.code, 0, ra.stderr);
      assert.equal(rb.code, 0, rb.stderr);
      assertBalanced(JSON.parse(ra.stdout).total);
      assertBalanced(JSON.parse(rb.stdout).total);
      for (const [db, first, second] of [
        [ab.db, a, b],
        [ba.db, b, a],
      ] as const) {
        assert.equal(roleprint('ingest', first, '--db', db).code, 0);
        assert.equal(roleprint('ingest', second, '--db', db).code, 0);
      }
      const got = await dumpOf(together.db);
      const serial = [await dumpOf(ab.db), await dumpOf(ba.db)];
      assert.equal(got.filter((row) => row.startsWith('["listings"')).length, 116);
      assert.ok(
        serial.some((s) => JSON.stringify(s) === JSON.stringify(got)),
        'the store equals one of the two serial orders',
      );
    } finally {
      await together.drop();
      await ab.drop();
      await ba.drop();
    }
  });
}

for (const backend of TEST_BACKENDS) {
  test(`${backend.name}: two ingests interleaving batch by batch end as if run one after the other (issue 12)`, async () => {
    const lines = readFileSync(TECH, 'utf8').trim().split('\n');
    const a = file(`interleaved-${backend.name}/a/postings.jsonl`, `${lines.slice(0, 30).join('\n')}\n`);
    const b = file(`interleaved-${backend.name}/b/postings.jsonl`, `${lines.slice(20, 50).join('\n')}\n`);
    const together = await backend.create();
    const ab = await backend.create();
    const ba = await backend.create();
    const run = async (db: string, path: string) => {
      const store = await openStore(db);
      try {
        return await ingestListings(store, [path], { batchSize: 1 });
      } finally {
        await store.close();
      }
    };
    try {
      // Two connections in one process, one record per transaction: without a writer lock their batches interleave.
      // Both are opened (and the schema migrated) first: a SQLite connection waits synchronously on a locked file.
      const first = await openStore(together.db);
      const second = await openStore(together.db);
      const [ra, rb] = await Promise.all([
        ingestListings(first, [a], { batchSize: 1 }).finally(() => first.close()),
        ingestListings(second, [b], { batchSize: 1 }).finally(() => second.close()),
      ]);
      assertBalanced(ra.total);
      assertBalanced(rb.total);
      assert.equal(ra.total.duplicates + rb.total.duplicates, 10, 'the 10 shared records are reposts once');
      await run(ab.db, a);
      await run(ab.db, b);
      await run(ba.db, b);
      await run(ba.db, a);
      const got = JSON.stringify(await dumpOf(together.db));
      assert.ok(
        got === JSON.stringify(await dumpOf(ab.db)) || got === JSON.stringify(await dumpOf(ba.db)),
        'the store equals one of the two serial orders',
      );
    } finally {
      await together.drop();
      await ab.drop();
      await ba.drop();
    }
  });
}
