import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzerVersion } from './analyzer-version.ts';

test('analyzerVersion() is stable for the same files and changes when a data file changes', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-version-'));
  mkdirSync(join(root, 'src/analyze'), { recursive: true });
  mkdirSync(join(root, 'data/roles'), { recursive: true });
  writeFileSync(join(root, 'src/analyze/a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'src/analyze/a.test.ts'), 'ignored');
  writeFileSync(join(root, 'data/roles/titles.json'), '{}');
  const v1 = analyzerVersion(root);
  assert.match(v1, /^analyze-[0-9a-f]{12}$/);
  assert.equal(analyzerVersion(root), v1);
  writeFileSync(join(root, 'src/analyze/a.test.ts'), 'still ignored');
  assert.equal(analyzerVersion(root), v1);
  writeFileSync(join(root, 'data/roles/titles.json'), '{"x":1}');
  assert.notEqual(analyzerVersion(root), v1);
});
