import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collect, FIXTURES } from './testing/collect.ts';
import { skipReason, walkInputs } from './walk-inputs.ts';

test('skipReason() skips documentation, hidden and unknown files', () => {
  assert.equal(skipReason('README.md'), 'documentation file');
  assert.equal(skipReason('SOURCE.md'), 'documentation file');
  assert.equal(skipReason('LICENSE'), 'documentation file');
  assert.equal(skipReason('NOTICE.txt'), 'documentation file');
  assert.equal(skipReason('.DS_Store'), 'hidden file');
  assert.equal(skipReason('data.xlsx'), 'unknown file type ".xlsx"');
  assert.equal(skipReason('jobs.jsonl.gz'), null);
  assert.equal(skipReason('readme-parser.csv'), null);
});

test('walkInputs() walks a directory in code-point order, listing skipped files', async () => {
  const seen: string[] = [];
  for await (const e of walkInputs([`${FIXTURES}folder`]))
    seen.push(
      e.kind === 'file' ? e.path.slice(FIXTURES.length) : `skip ${e.file.path.slice(FIXTURES.length)}`,
    );
  assert.deepEqual(seen, [
    'skip folder/README.md',
    'folder/cto.md',
    'skip folder/notes.xlsx.txt.bak',
    'folder/page.html',
    'folder/plain.txt',
  ]);
});

test('walkInputs() checks every path before yielding anything', async () => {
  await assert.rejects(
    collect([`${FIXTURES}folder`, `${FIXTURES}missing.csv`]),
    /missing\.csv: no such file or directory/,
  );
});

test('walkInputs() reads a file reachable twice only once', async () => {
  const seen: string[] = [];
  for await (const e of walkInputs([`${FIXTURES}folder/cto.md`, `${FIXTURES}folder`]))
    seen.push(
      e.kind === 'file'
        ? e.path.slice(FIXTURES.length)
        : `skip ${e.file.path.slice(FIXTURES.length)} (${e.file.reason})`,
    );
  assert.deepEqual(seen, [
    'folder/cto.md',
    'skip folder/README.md (documentation file)',
    'skip folder/cto.md (already listed)',
    'skip folder/notes.xlsx.txt.bak (unknown file type ".bak")',
    'folder/page.html',
    'folder/plain.txt',
  ]);
});
