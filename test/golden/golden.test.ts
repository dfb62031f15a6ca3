/**
 * End-to-end golden reports: real listings in, committed reports out, compared byte for byte (which also proves the
 * output is deterministic). Regenerate with UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../../src/cli/commands/demo.ts';
import { reportFromStore } from '../../src/cli/commands/report.ts';
import { loadListings, openStore } from '../../src/store/index.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/data/listings/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compare(name: string, actual: string): void {
  const path = join(HERE, name);
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) assert.fail(`${name} did not exist; wrote it. Review it, commit it and run again.`);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    assert.fail(
      `${name} differs from the golden file at line ${line + 1}:\n  golden: ${e[line]}\n  actual: ${a[line]}\nRun UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden if the change is intended.`,
    );
  }
}

test('roleprint report over all tech-leadership listings matches the golden Markdown and JSON', async () => {
  const store = await openStore(':memory:');
  try {
    await loadListings(store, [join(SHARED, 'tech-leadership')], {});
    const options = { label: 'tech leadership', by: 'year' as const };
    compare('tech-leadership.md', await reportFromStore(store, options, 'md'));
    compare('tech-leadership.json', await reportFromStore(store, options, 'json'));
  } finally {
    await store.close();
  }
});

test('roleprint demo over the bundled sample matches the golden report', async () => {
  const store = await openStore(':memory:');
  try {
    compare('demo.md', await runDemo(store, { format: 'md' }));
  } finally {
    await store.close();
  }
});

test('roleprint report gives the same bytes from a cold and a warm store', async () => {
  const store = await openStore(':memory:');
  try {
    await loadListings(store, [join(SHARED, 'tech-leadership')], {});
    const cold = await reportFromStore(store, { by: 'quarter' }, 'html');
    const warm = await reportFromStore(store, { by: 'quarter' }, 'html');
    assert.equal(warm, cold);
  } finally {
    await store.close();
  }
});
