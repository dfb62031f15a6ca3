import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatSummary, parseColumns } from './ingest.ts';

const BIN = fileURLToPath(new URL('../../../bin/roleprint.js', import.meta.url));
const LISTINGS = '../shared/data/listings';
const dir = mkdtempSync(join(tmpdir(), 'roleprint-ingest-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function roleprint(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('roleprint ingest --json prints read/accepted/duplicates/rejected per source and exits 3 when records were rejected', () => {
  const db = join(dir, 'json.db');
  const rejections = join(dir, 'rejections.jsonl');
  // ethical-tech-jobs-2020/postings.csv rows 164 and 167 have an empty Text column.
  const r = roleprint(
    'ingest',
    `${LISTINGS}/ethical-tech-jobs-2020/postings.csv`,
    '--db',
    db,
    '--json',
    '--rejections',
    rejections,
    '--strict',
  );
  assert.equal(r.code, 3);
  assert.equal(r.stderr, '', 'no progress bar when stderr is piped');
  const summary = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(summary), ['sources', 'total', 'skipped']);
  const counts = summary.sources['ethical-tech-jobs-2020/postings.csv'];
  assert.deepEqual(Object.keys(counts), ['read', 'accepted', 'duplicates', 'rejected']);
  assert.equal(counts.read, 393);
  assert.equal(counts.rejected, 2);
  assert.equal(counts.read, counts.accepted + counts.duplicates + counts.rejected);
  assert.deepEqual(summary.total, counts);
  assert.deepEqual(
    readFileSync(rejections, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const j = JSON.parse(line);
        return [j.source, j.locator, j.reason];
      }),
    [
      ['ethical-tech-jobs-2020/postings.csv', 'row 164', 'empty description'],
      ['ethical-tech-jobs-2020/postings.csv', 'row 167', 'empty description'],
    ],
  );
  // Again into the same store: nothing added, the same accounting.
  // Without --strict the same rejections are a warning: exit 0, the same accounting.
  const again = roleprint('ingest', `${LISTINGS}/ethical-tech-jobs-2020/postings.csv`, '--db', db, '--json');
  assert.equal(again.code, 0);
  assert.deepEqual(JSON.parse(again.stdout), summary);
});

test('roleprint ingest prints a table per source with totals and exits 0 when nothing was rejected', () => {
  const r = roleprint('ingest', `${LISTINGS}/tech-leadership`, '--db', join(dir, 'table.db'));
  assert.equal(r.code, 0);
  const lines = r.stdout.split('\n');
  assert.match(lines[0] ?? '', /^source +read +accepted +duplicates +rejected$/);
  assert.match(r.stdout, /^tech-leadership\/postings\.jsonl +116 +\d+ +\d+ +0$/m);
  assert.match(r.stdout, /^total +116 +\d+ +\d+ +0$/m);
  assert.match(r.stdout, new RegExp(`^stored in ${join(dir, 'table.db')}$`, 'm'));
  assert.match(
    r.stdout,
    /skipped 1 file\(s\):\n {2}\.\.\/shared\/data\/listings\/tech-leadership\/SOURCE\.md \(documentation file\)/,
  );
  assert.doesNotMatch(r.stdout, /new/);
  // A rerun keeps the same accounting and says it added nothing.
  const again = roleprint('ingest', `${LISTINGS}/tech-leadership`, '--db', join(dir, 'table.db'));
  assert.match(again.stdout, /^total +116 +\d+ +\d+ +0$/m);
  assert.match(again.stdout, /^0 new: all 116 record\(s\) were already in the store$/m);
});

test('roleprint ingest rejects bad flags with exit code 2 and says what to pass', () => {
  const column = roleprint(
    'ingest',
    `${LISTINGS}/tech-leadership`,
    '--column',
    'salary=pay',
    '--db',
    join(dir, 'x.db'),
  );
  assert.equal(column.code, 2);
  assert.match(
    column.stderr,
    /Cannot use --column "salary=pay": expected FIELD=COLUMN with FIELD one of title, description/,
  );
  const format = roleprint(
    'ingest',
    `${LISTINGS}/tech-leadership`,
    '--format',
    'xml',
    '--db',
    join(dir, 'x.db'),
  );
  assert.equal(format.code, 2);
  assert.match(format.stderr, /Unknown --format "xml"; pass --format csv\|tsv\|json/);
});

test('roleprint ingest of a missing path exits 1 naming the path', () => {
  const r = roleprint('ingest', 'no/such/jobs.csv', '--db', join(dir, 'missing.db'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^roleprint: Cannot read no\/such\/jobs\.csv: no such file or directory/);
});

test('roleprint ingest --help shows examples and the exit codes', () => {
  const r = roleprint('ingest', '--help');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Examples:\n {2}roleprint ingest \.\.\/shared\/data\/listings\n/);
  assert.match(
    r.stdout,
    /Exit codes: 0 all records accepted or duplicates, 3 finished but some records were rejected/,
  );
});

test('parseColumns() maps field=column pairs and formatSummary() aligns the table', () => {
  assert.deepEqual(parseColumns(['title=job_title', 'description = body']), {
    title: 'job_title',
    description: 'body',
  });
  assert.equal(
    formatSummary({
      sources: { 'a/b.csv': { read: 12, accepted: 9, duplicates: 2, rejected: 1 } },
      total: { read: 12, accepted: 9, duplicates: 2, rejected: 1 },
      skipped: [],
    }),
    [
      'source   read  accepted  duplicates  rejected',
      '-------  ----  --------  ----------  --------',
      'a/b.csv    12         9           2         1',
      '-------  ----  --------  ----------  --------',
      'total      12         9           2         1',
      '',
      '1 record(s) rejected; pass --rejections FILE to list them with reasons',
      '',
    ].join('\n'),
  );
});
