/**
 * Issue 12, "No limits": a field, a description or a decompressed file past its limit is rejected with the limit
 * named and the variable that changes it; the rest of the file is kept. Fixtures are generated in a temp dir.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BIN = fileURLToPath(new URL('../../bin/roleprint.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'roleprint-limits-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Counts {
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

function ingest(file: string, env: Record<string, string> = {}) {
  const rejections = join(dir, `rejections-${Math.random().toString(36).slice(2)}.jsonl`);
  const db = join(dir, `${Math.random().toString(36).slice(2)}.db`);
  const r = spawnSync(
    process.execPath,
    [BIN, 'ingest', file, '--db', db, '--json', '--rejections', rejections, '--strict'],
    {
      encoding: 'utf8',
      cwd: dir,
      timeout: 60_000,
      env: { ...process.env, ...env },
    },
  );
  assert.notEqual(r.stdout, '', r.stderr);
  const total = (JSON.parse(r.stdout) as { total: Counts }).total;
  assert.equal(total.read, total.accepted + total.duplicates + total.rejected);
  const reasons = readFileSync(rejections, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { reason: string }).reason);
  return { code: r.status, total, reasons };
}

const record = (i: number, extra: Record<string, string> = {}) =>
  JSON.stringify({
    id: String(i),
    title: 'Data Engineer',
    description: `Build pipelines for team ${i}.`,
    ...extra,
  });

test('a 100,000-character title rejects that record only, naming the limit', () => {
  const file = join(dir, 'long-title.jsonl');
  writeFileSync(file, [record(1), record(2, { title: 'T'.repeat(100_000) }), record(3)].join('\n'));
  const { code, total, reasons } = ingest(file);
  assert.equal(code, 3);
  assert.deepEqual([total.read, total.accepted, total.rejected], [3, 2, 1]);
  assert.match(
    reasons[0] ?? '',
    /title is 100,000 characters, over the limit of 2,000 \(set ROLEPRINT_MAX_FIELD_CHARS/,
  );
});

test('a description over the limit is rejected; the limit is configurable', () => {
  const file = join(dir, 'long-description.jsonl');
  writeFileSync(file, [record(1), record(2, { description: 'word '.repeat(300) })].join('\n'));
  const { total, reasons } = ingest(file, { ROLEPRINT_MAX_DESCRIPTION_CHARS: '1000' });
  assert.deepEqual([total.accepted, total.rejected], [1, 1]);
  assert.match(reasons[0] ?? '', /description is 1,500 characters, over the limit of 1,000/);
});

test('a gzip file that inflates past the size limit stops with the reason, not with memory exhausted', () => {
  const file = join(dir, 'big.jsonl.gz');
  const lines = Array.from({ length: 40_000 }, (_, i) => record(i));
  writeFileSync(file, gzipSync(lines.join('\n')));
  const { total, reasons } = ingest(file, { ROLEPRINT_MAX_DECOMPRESSED_MB: '1' });
  assert.ok(total.rejected >= 1);
  assert.ok(
    reasons.some((r) => /decompresses to more than 1 MB \(set ROLEPRINT_MAX_DECOMPRESSED_MB/.test(r)),
    reasons.join('\n'),
  );
});

test('records past the per-file limit are one rejection that says the rest was not read', () => {
  const file = join(dir, 'many.jsonl');
  writeFileSync(file, [1, 2, 3, 4, 5, 6].map((i) => record(i)).join('\n'));
  const { code, total, reasons } = ingest(file, { ROLEPRINT_MAX_RECORDS_PER_FILE: '4' });
  assert.equal(code, 3);
  assert.deepEqual(total, { read: 5, accepted: 4, duplicates: 0, rejected: 1 });
  assert.deepEqual(reasons, [
    'the file holds more than 4 records; the rest of it was not read (split the file, or set ROLEPRINT_MAX_RECORDS_PER_FILE to change the limit)',
  ]);
  // Under the default limit the same file is read whole.
  assert.deepEqual(ingest(file).total, { read: 6, accepted: 6, duplicates: 0, rejected: 0 });
});

test('the JSON nesting limit is configurable, and its rejection names the variable', () => {
  const file = join(dir, 'nested.jsonl');
  const nested = JSON.stringify({
    id: '2',
    title: 'Data Engineer',
    description: 'Deep.',
    meta: [[[[['x']]]]],
  });
  writeFileSync(file, [record(1), nested, record(3)].join('\n'));
  assert.deepEqual(ingest(file).total, { read: 3, accepted: 3, duplicates: 0, rejected: 0 });
  const { total, reasons } = ingest(file, { ROLEPRINT_MAX_JSON_DEPTH: '4' });
  assert.deepEqual(total, { read: 3, accepted: 2, duplicates: 0, rejected: 1 });
  assert.match(
    reasons[0] ?? '',
    /^JSON nested deeper than 4 levels \(at character \d+; set ROLEPRINT_MAX_JSON_DEPTH to change it\)/,
  );
});
