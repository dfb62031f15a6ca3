import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../errors.ts';
import { FORMATS, readInputs } from './index.ts';
import { collect, FIXTURES, LISTINGS } from './testing/collect.ts';

// Record counts per file, checked independently with Python's csv/json modules (CSV data rows, HN `jobs`
// per run, NHS lines). Rejected: rows whose description is blank in the file itself.
const EXPECTED: Record<string, { format: string; read: number; rejected: string[] }> = {
  'ethical-tech-jobs-2020/ectj_postings.csv': { format: 'csv', read: 278, rejected: ['row 274'] },
  'ethical-tech-jobs-2020/postings.csv': { format: 'csv', read: 393, rejected: ['row 164', 'row 167'] },
  'hn-whoishiring-2026/raw_2026-01-01.json': { format: 'hn', read: 264, rejected: [] },
  'hn-whoishiring-2026/raw_2026-02-01.json': { format: 'hn', read: 441, rejected: [] },
  'hn-whoishiring-2026/raw_2026-03-15.json': { format: 'hn', read: 343, rejected: [] },
  'hn-whoishiring-2026/raw_2026-04-17.json': { format: 'hn', read: 370, rejected: [] },
  'hn-whoishiring-2026/raw_2026-04-28.json': { format: 'hn', read: 371, rejected: [] },
  'hn-whoishiring-2026/raw_2026-05-03.json': { format: 'hn', read: 220, rejected: [] },
  'hn-whoishiring-2026/raw_2026-05-05.json': { format: 'hn', read: 292, rejected: [] },
  'indeed-datascientist-2019/postings.csv': { format: 'csv', read: 547, rejected: [] },
  'linkedin-2023-2024/mubashirsidiki_postings.csv': { format: 'csv', read: 499, rejected: [] },
  'linkedin-2023-2024/parishinde_postings.csv': { format: 'csv', read: 165, rejected: [] },
  'linkedin-2023-2024/stat545_owl64901_postings.csv': { format: 'csv', read: 100, rejected: [] },
  'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz': { format: 'jsonld', read: 14842, rejected: [] },
  'tech-leadership/postings.jsonl': { format: 'jsonl', read: 116, rejected: [] },
  'yc-waas-nyc-2026/jobs_raw.csv': { format: 'csv', read: 529, rejected: ['row 493'] },
};

test('readInputs() reads the whole shared corpus: 19,770 records, counts per file, unique keys, docs skipped', async () => {
  const perFile = new Map<string, { format: string; read: number; rejected: string[]; keys: Set<string> }>();
  const skipped: string[] = [];
  const order: string[] = [];
  let current: { format: string; read: number; rejected: string[]; keys: Set<string> } | null = null;
  let lastBytes = 0;
  for await (const e of readInputs([LISTINGS])) {
    if (e.type === 'skipped') skipped.push(e.file.path.slice(LISTINGS.length));
    else if (e.type === 'file') {
      current = { format: e.format, read: 0, rejected: [], keys: new Set() };
      perFile.set(e.source, current);
      order.push(e.source);
      lastBytes = 0;
    } else if (e.type === 'item' && current) {
      current.read++;
      assert.ok(e.bytesRead >= lastBytes, 'bytesRead never goes back');
      lastBytes = e.bytesRead;
      if (e.item.kind === 'rejected') current.rejected.push(e.item.rejection.locator);
      else {
        assert.equal(current.keys.has(e.item.listing.key), false, `duplicate key ${e.item.listing.key}`);
        current.keys.add(e.item.listing.key);
      }
    }
  }
  assert.deepEqual(order, Object.keys(EXPECTED));
  for (const [source, want] of Object.entries(EXPECTED)) {
    const got = perFile.get(source);
    assert.deepEqual(got && { format: got.format, read: got.read, rejected: got.rejected }, want, source);
  }
  const total = [...perFile.values()].reduce((n, f) => n + f.read, 0);
  assert.equal(total, 19770);
  assert.deepEqual(skipped.sort(), [
    'ethical-tech-jobs-2020/SOURCE.md',
    'hn-whoishiring-2026/SOURCE.md',
    'indeed-datascientist-2019/SOURCE.md',
    'linkedin-2023-2024/SOURCE.md',
    'nhs-jobs-2020/SOURCE.md',
    'tech-leadership/SOURCE.md',
    'yc-waas-nyc-2026/SOURCE.md',
  ]);
});

test('readInputs() yields file, items and file-end per file, in sorted path order', async () => {
  const { events } = await collect([`${FIXTURES}folder`]);
  assert.deepEqual(
    events.map((e) =>
      e.type === 'item'
        ? `item:${e.item.kind}`
        : e.type === 'skipped'
          ? `skipped:${e.file.reason}`
          : `${e.type}:${e.source}`,
    ),
    [
      'skipped:documentation file',
      'file:folder/cto.md',
      'item:listing',
      'file-end:folder/cto.md',
      'skipped:unknown file type ".bak"',
      'file:folder/page.html',
      'item:listing',
      'file-end:folder/page.html',
      'file:folder/plain.txt',
      'item:listing',
      'file-end:folder/plain.txt',
    ],
  );
});

test('readInputs() throws an INPUT error naming a missing path', async () => {
  await assert.rejects(collect(['/no/such/listings.csv']), (e: unknown) => {
    assert.ok(e instanceof RoleprintError);
    assert.equal(e.code, 'INPUT');
    assert.match(e.message, /\/no\/such\/listings\.csv/);
    return true;
  });
});

test('readInputs() throws an INPUT error for an unknown --format, listing the accepted ones', async () => {
  await assert.rejects(collect([`${FIXTURES}array.json`], { format: 'xml' as never }), (e: unknown) => {
    assert.ok(e instanceof RoleprintError);
    assert.equal(e.code, 'INPUT');
    assert.match(
      e.message,
      /Unknown format "xml"; pass --format csv\|tsv\|json\|jsonl\|jsonld\|greenhouse\|lever\|hn\|text/,
    );
    return true;
  });
});

test('readInputs() refuses a named file whose format cannot be told, and --format overrides', async () => {
  const path = `${FIXTURES}folder/notes.xlsx.txt.bak`;
  await assert.rejects(
    collect([path]),
    /Cannot tell the format of .*notes\.xlsx\.txt\.bak from its name; pass --format/,
  );
  const { listings } = await collect([path], { format: 'text' });
  assert.equal(listings.length, 1);
  assert.equal(listings[0]?.description, 'not a listing\n');
});

test('FORMATS lists the --format names', () => {
  assert.deepEqual(
    [...FORMATS],
    ['csv', 'tsv', 'json', 'jsonl', 'jsonld', 'greenhouse', 'lever', 'hn', 'text'],
  );
});

test('readInputs() turns a binary file into one whole-file rejection', async () => {
  const { rejections, listings } = await collect([`${FIXTURES}binary.csv`]);
  assert.equal(listings.length, 0);
  assert.deepEqual(rejections, [
    {
      source: 'ingest/binary.csv',
      locator: 'file',
      recordKey: null,
      reason: 'binary file (NUL bytes near the start): not a listing format; remove it from the inputs',
    },
  ]);
});

test('readInputs() is deterministic: two runs over the same inputs yield identical events', async () => {
  const paths = [FIXTURES, `${LISTINGS}tech-leadership`, `${LISTINGS}linkedin-2023-2024`];
  const a = await collect(paths);
  const b = await collect(paths);
  assert.equal(JSON.stringify(a.events), JSON.stringify(b.events));
  // Fixture listings: array 3, bad-element 2, bom 2, broken 4, folder 3, greenhouse 2, jsonl 2, utf8 3, jsonld 2,
  // lever 2, tsv 2, unclosed 3.
  assert.equal(a.listings.length, 30 + 116 + 764);
});
