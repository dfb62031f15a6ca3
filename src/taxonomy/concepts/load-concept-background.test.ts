import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loadConceptBackground } from './load-concept-background.ts';

test('loadConceptBackground() reads the shipped background of the shared corpus', () => {
  const bg = loadConceptBackground();
  assert.equal(bg.version, 1);
  assert.ok(bg.listings > 10_000, String(bg.listings));
  const [id, counts] = Object.entries(bg.concepts)[0] ?? [];
  assert.ok(id && counts && counts.listings >= 3 && counts.employers <= counts.listings);
});

test('loadConceptBackground() gives an empty background for a missing file and rejects another version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bg-'));
  assert.deepEqual(loadConceptBackground(join(dir, 'none.json.gz')), {
    version: 1,
    listings: 0,
    employers: 0,
    roles: {},
    concepts: {},
  });
  const bad = join(dir, 'v2.json.gz');
  writeFileSync(bad, gzipSync(JSON.stringify({ version: 2 })));
  assert.throws(() => loadConceptBackground(bad), /version 2, expected 1/);
});
