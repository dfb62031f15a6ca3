/**
 * Issue 12, "Silent loss": inputs whose records used to be dropped without a word (read undercounted).
 * Small fixtures are generated in temp dirs; real shared files are used where the real file is the point.
 * Every run checks read = accepted + duplicates + rejected.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/index.ts';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const ETHICAL = fileURLToPath(
  new URL('../../../shared/data/listings/ethical-tech-jobs-2020/postings.csv', import.meta.url),
);
const TECH = fileURLToPath(
  new URL('../../../shared/data/listings/tech-leadership/postings.jsonl', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'roleprint-loss-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Counts {
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}
interface Summary {
  sources: Record<string, Counts>;
  total: Counts;
  skipped: { path: string; reason: string }[];
}

function ingest(...args: string[]): {
  code: number | null;
  summary: Summary;
  stderr: string;
  rejections: Record<string, string>[];
} {
  const rejections = join(dir, `rejections-${Math.random().toString(36).slice(2)}.jsonl`);
  const db = join(dir, `${Math.random().toString(36).slice(2)}.db`);
  const r = spawnSync(
    process.execPath,
    [BIN, 'ingest', ...args, '--db', db, '--json', '--rejections', rejections, '--strict'],
    {
      encoding: 'utf8',
      cwd: dir,
      timeout: 60_000,
    },
  );
  assert.notEqual(r.stdout, '', r.stderr);
  const summary = JSON.parse(r.stdout) as Summary;
  assert.equal(
    summary.total.read,
    summary.total.accepted + summary.total.duplicates + summary.total.rejected,
  );
  for (const c of Object.values(summary.sources))
    assert.equal(c.read, c.accepted + c.duplicates + c.rejected);
  const text = readFileSync(rejections, 'utf8').trim();
  return {
    code: r.status,
    summary,
    stderr: r.stderr,
    rejections: text ? text.split('\n').map((l) => JSON.parse(l)) : [],
  };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const SMALL_CSV =
  'id,title,description\n' +
  '1,Ward Nurse,"Care for patients on a busy surgical ward,\nwith daily handovers and medication rounds."\n' +
  '2,Head Chef,Cook seasonal menus for the café and train the kitchen brigade on food safety.\n' +
  '3,Data Engineer,Build batch pipelines in Python and dbt and own the warehouse models.\n';

test('a CSV with lone-CR line endings is read row by row (issue 12)', () => {
  const csv = file('cr/small.csv', SMALL_CSV.replaceAll('\n', '\r'));
  const r = ingest(csv);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.summary.total, { read: 3, accepted: 3, duplicates: 0, rejected: 0 });
});

test('the real ethical-tech CSV with its line breaks turned into lone CRs reads as the original (issue 12)', () => {
  const original = ingest(ETHICAL);
  const text = readFileSync(ETHICAL, 'utf8').replaceAll('\r\n', '\r').replaceAll('\n', '\r');
  const cr = ingest(file('ethical-tech-jobs-2020/postings.csv', text));
  assert.equal(original.summary.total.read, 393);
  assert.deepEqual(cr.summary.total, original.summary.total);
});

test('a symlinked folder, and a folder holding only one, are read once; a loop is listed as skipped (issue 12)', () => {
  file('linked/real/jobs.csv', SMALL_CSV);
  mkdirSync(join(dir, 'linked/outer'), { recursive: true });
  symlinkSync('../real', join(dir, 'linked/outer/jobs-link'));
  symlinkSync('..', join(dir, 'linked/real/loop'));
  symlinkSync('linked/real', join(dir, 'link-to-real'));
  const outer = ingest('linked/outer');
  assert.deepEqual(outer.summary.total, { read: 3, accepted: 3, duplicates: 0, rejected: 0 });
  assert.deepEqual(Object.keys(outer.summary.sources), ['jobs-link/jobs.csv']);
  assert.deepEqual(outer.summary.skipped, [
    {
      path: 'linked/outer/jobs-link/loop/outer',
      reason: 'folder already read as linked/outer (symlink loop or second link)',
    },
    {
      path: 'linked/outer/jobs-link/loop/real',
      reason: 'folder already read as linked/outer/jobs-link (symlink loop or second link)',
    },
  ]);
  const linked = ingest('link-to-real');
  assert.equal(linked.summary.total.read, 3);
  assert.equal(linked.summary.total.accepted, 3);
});

test('a FIFO is refused with a clear rejection instead of blocking (issue 12)', () => {
  const fifo = join(dir, 'pipe/jobs.csv');
  mkdirSync(join(dir, 'pipe'), { recursive: true });
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) return; // no mkfifo here
  const r = ingest(fifo);
  assert.equal(r.code, 3);
  assert.deepEqual(r.summary.total, { read: 1, accepted: 0, duplicates: 0, rejected: 1 });
  assert.equal(
    r.rejections[0]?.reason,
    'cannot open: not a regular file (a FIFO (named pipe)); roleprint reads only regular files',
  );
  file('pipe/real.csv', SMALL_CSV);
  const folder = ingest('pipe');
  assert.equal(folder.summary.total.read, 3);
  assert.deepEqual(folder.summary.skipped, [
    { path: 'pipe/jobs.csv', reason: 'not a regular file: a FIFO (named pipe)' },
  ]);
});

test('UTF-16 without a BOM (little- and big-endian) is detected and read (issue 12)', () => {
  const le = Buffer.from(SMALL_CSV, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [name, bytes] of [
    ['utf16/le.csv', le],
    ['utf16/be.csv', be],
  ] as const) {
    const r = ingest(file(name, bytes));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.summary.total, { read: 3, accepted: 3, duplicates: 0, rejected: 0 }, name);
  }
  // The real file, re-encoded: the same accounting as the UTF-8 original.
  const real = ingest(file('utf16/postings.csv', Buffer.from(readFileSync(ETHICAL, 'utf8'), 'utf16le')));
  assert.deepEqual(real.summary.total, ingest(ETHICAL).summary.total);
});

test('one NUL byte in the first 8 KB no longer rejects the whole file (issue 12)', async () => {
  const csv = file('nul/jobs.csv', SMALL_CSV.replace('busy surgical', 'busy\u0000 surgical'));
  const r = ingest(csv);
  assert.equal(r.code, 0, JSON.stringify(r.rejections));
  assert.deepEqual(r.summary.total, { read: 3, accepted: 3, duplicates: 0, rejected: 0 });
});

test('--format text on a PDF is a rejection "PDF is not a listing format", and a .pdf path says so (issue 12)', () => {
  const pdf = file('pdf/doc.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nSenior engineer wanted\n');
  const r = ingest(pdf, '--format', 'text');
  assert.equal(r.code, 3);
  assert.deepEqual(r.summary.total, { read: 1, accepted: 0, duplicates: 0, rejected: 1 });
  assert.equal(
    r.rejections[0]?.reason,
    'PDF is not a listing format; export the listings as CSV, JSON or text (e.g. pdftotext) and read that file',
  );
  const named = spawnSync(process.execPath, [BIN, 'ingest', pdf, '--db', join(dir, 'pdf.db')], {
    encoding: 'utf8',
  });
  assert.equal(named.status, 1);
  assert.doesNotMatch(named.stderr, /--format/);
  assert.match(named.stderr, /PDF is not a listing format/);
});

test('a JSONL line of 100,000 nested brackets costs that line only; the real records after it are read (issue 12)', async () => {
  const lines = readFileSync(TECH, 'utf8').trim().split('\n');
  const jsonl = file(
    'nested/postings.jsonl',
    [lines[0], `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ...lines.slice(1, 8)].join('\n'),
  );
  let listings = 0;
  let rejected = 0;
  for await (const e of readInputs([jsonl]))
    if (e.type === 'item') e.item.kind === 'listing' ? listings++ : rejected++;
  assert.deepEqual({ listings, rejected }, { listings: 8, rejected: 1 });
});

test('extract rejects a malformed JSON line with a clear error instead of reading it as text (issue 12)', () => {
  const r = spawnSync(process.execPath, [BIN, 'extract', '--strict'], {
    encoding: 'utf8',
    input: '{"id":"1","text":"Experience with Postgres"\n{"id":"2","text":"Kubernetes and Terraform"}\n',
  });
  assert.equal(r.status, 3);
  const out = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    out.map((d) => d.id),
    ['2'],
  );
  assert.match(
    r.stderr,
    /^roleprint extract: line 1: rejected: invalid JSON \(.+\); expected a JSON object with a string "text", e\.g\. \{"id":"1","text":"…"\}\n/,
  );
});

test('a CSV with 150 quotes that never close keeps every good row, rejects each broken one, and is read once (issue 12)', () => {
  // Before: after 100 restarts the rest of the file was one rejection ("too many broken rows"), and each restart
  // re-opened and re-read the file from the start.
  const rows = ['id,title,description'];
  for (let i = 1; i <= 300; i++)
    rows.push(
      i % 2 === 0
        ? `${i},Data Engineer ${i},"Builds pipelines, team ${i}."`
        : `${i},Analyst ${i},"never closes`,
    );
  const file = join(dir, 'many-broken.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  const { summary, rejections } = ingest(file);
  assert.deepEqual(summary.total, { read: 300, accepted: 150, duplicates: 0, rejected: 150 });
  assert.ok(
    rejections.every((r) => /^broken quoting: .*; reading resumes on line \d+$/.test(r.reason ?? '')),
  );
  assert.ok(!rejections.some((r) => /too many broken rows/.test(r.reason ?? '')));
});
