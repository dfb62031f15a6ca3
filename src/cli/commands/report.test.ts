import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseRanges } from '../../app/index.ts';
import { main } from '../main.ts';

const TECH = fileURLToPath(new URL('../../../../shared/data/listings/tech-leadership', import.meta.url));

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(args), stderr };
  } finally {
    process.stderr.write = write;
  }
}

test('roleprint report writes CSV to --out for the tech-leadership listings, one row per item', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'roleprint-report-')), 'tl.csv');
  const { code } = await run(['report', TECH, '--out', out]);
  assert.equal(code, 0);
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
  assert.equal(
    rows[0],
    'section,kind,text,count,n,share,ci_low,ci_high,members,concepts,employers,lift,from_period,from_share,to_period,to_share,p,q,listing_ids',
  );
  assert.ok(rows.some((r) => r.startsWith('skills,skill,')));
  assert.ok(rows.some((r) => r.startsWith('responsibilities,duty,')));
  assert.ok(rows.slice(1).every((r) => /,116,/.test(r) || r.startsWith('trend-')));
});

test("roleprint report PATH --db STORE profiles the PATH, with the store's other listings as background", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'roleprint-report-db-'));
  const db = join(dir, 's.db');
  const out = join(dir, 'tl.json');
  const folder = fileURLToPath(new URL('../../../test/fixtures/ingest/folder', import.meta.url));
  assert.equal((await run(['ingest', folder, '--db', db])).code, 0);
  assert.equal((await run(['report', TECH, '--db', db, '--out', out])).code, 0);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(report.listings.count, 116);
  assert.deepEqual(
    report.listings.sources.map((s: { source: string }) => s.source),
    ['tech-leadership/postings.jsonl'],
  );
  assert.ok(report.listings.others >= 2, "the store's other listings are the background");
});

test('roleprint report rejects an unknown --format with the usage exit code', async () => {
  const { code, stderr } = await run(['report', TECH, '--format', 'pdf']);
  assert.equal(code, 2);
  assert.match(stderr, /Cannot write a report as "pdf"; pass --format md\|json\|html\|csv/);
});

test('roleprint report rejects --by month and a bad --since', async () => {
  assert.equal((await run(['report', TECH, '--by', 'month'])).code, 2);
  const { code, stderr } = await run(['report', TECH, '--since', 'last year']);
  assert.equal(code, 2);
  assert.match(stderr, /Cannot read --since "last year"/);
});

test('roleprint report names the selection when no listing matches', async () => {
  const { code, stderr } = await run(['report', TECH, '--role', 'astronaut']);
  assert.equal(code, 2);
  assert.match(stderr, /no listings in :memory: match role "astronaut"; run "roleprint roles"/);
});

test('parseRanges() reads two ranges and refuses anything else', () => {
  assert.deepEqual(parseRanges('2024-01..2024-06,2024-07..2024-12'), [
    { from: '2024-01', to: '2024-06' },
    { from: '2024-07', to: '2024-12' },
  ]);
  assert.throws(() => parseRanges('2024'), /Cannot read --compare "2024"/);
});
