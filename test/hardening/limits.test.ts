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
