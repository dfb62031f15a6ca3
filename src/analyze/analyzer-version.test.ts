import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzerVersion, writeAnalyzerStamp } from './analyzer-version.ts';

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

test('analyzerVersion() trusts a stamp only while no input changed size or modification time', () => {
  const root = mkdtempSync(join(tmpdir(), 'rp-version-'));
  mkdirSync(join(root, 'data/roles'), { recursive: true });
  const file = join(root, 'data/roles/titles.json');
  writeFileSync(file, '{}');
  const stamp = join(root, 'ANALYZER_STAMP.json');
  writeAnalyzerStamp(root, stamp);
  const v1 = analyzerVersion(root);
  assert.equal(analyzerVersion(root, stamp), v1);
  // A forged stamp shows it is read: the same fingerprint answers whatever version it names...
  const forged = { ...JSON.parse(readFileSync(stamp, 'utf8')), version: 'analyze-000000000000' };
  writeFileSync(stamp, JSON.stringify(forged));
  assert.equal(analyzerVersion(root, stamp), 'analyze-000000000000');
  // ...and a changed input is hashed again, whatever the stamp says.
  writeFileSync(file, '{"x":1}');
  utimesSync(file, new Date(0), new Date(0));
  assert.equal(analyzerVersion(root, stamp), analyzerVersion(root, join(root, 'missing.json')));
  assert.notEqual(analyzerVersion(root, stamp), v1);
});
