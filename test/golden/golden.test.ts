/**
 * End-to-end golden reports: real listings in, committed reports out, compared byte for byte (which also proves the
 * output is deterministic). Regenerate with UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden.
 *
 * The demo sample is MIT-licensed, so its report is committed as text in every format. Several tech-leadership
 * sources state no licence ("do not redistribute these texts in the project"), and a report quotes them verbatim, so
 * those goldens are committed as SHA-256 and length, plus reviewable digests without quotes: the Markdown report's
 * headings, headline and lines (analyst wording, counts, shares), and the whole JSON report less its quotes, so a
 * change can be read as a diff. On a hash difference the
 * actual report is written to the temp directory to read.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestListings, reportFromStore, runDemo } from '../../src/app/index.ts';
import { openStore } from '../../src/store/index.ts';

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

// The golden of a report whose text may not be committed: "sha256 <hex>\nbytes <n>\n".
function compareHash(name: string, actual: string): void {
  const path = join(HERE, `${name}.sha256`);
  const digest = `sha256 ${createHash('sha256').update(actual).digest('hex')}\nbytes ${Buffer.byteLength(actual)}\n`;
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, digest);
    if (!UPDATE)
      assert.fail(
        `${name}.sha256 did not exist; wrote it. Review the report, commit the hash and run again.`,
      );
    return;
  }
  if (readFileSync(path, 'utf8') !== digest) {
    const out = join(mkdtempSync(join(tmpdir(), 'roleprint-golden-')), name);
    writeFileSync(out, actual);
    assert.fail(
      `${name} differs from its golden hash; the actual report is in ${out}. Run UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden if the change is intended.`,
    );
  }
}

/**
 * The Markdown report up to its evidence section, without quoted listing text: what a reviewer reads in a diff.
 * @example
 * assert.equal(digest('# T\n- a: 50% [E1]\n> quote\n## Evidence\n> more\n'), '# T\n- a: 50% [E1]\n');
 */
function digest(md: string): string {
  const body = md.split('\n## Evidence')[0] ?? '';
  return `${body
    .split('\n')
    .filter((l) => !l.startsWith('>'))
    .join('\n')
    .trimEnd()}\n`;
}

/**
 * The JSON report without quoted listing text: every field, count, share, interval, concept and listing id stays.
 * @example
 * assert.equal(jsonDigest('{"evidence":[{"listingId":"a","quote":"q"}]}'), '{\n  "evidence": [\n    {\n      "listingId": "a"\n    }\n  ]\n}\n');
 */
function jsonDigest(json: string): string {
  return `${JSON.stringify(
    JSON.parse(json, (key, value) => (key === 'quote' ? undefined : value)),
    null,
    2,
  )}\n`;
}

test('jsonDigest() drops the quotes and keeps everything else', () => {
  assert.equal(
    jsonDigest('{"n":3,"evidence":[{"listingId":"a","quote":"q"}]}'),
    '{\n  "n": 3,\n  "evidence": [\n    {\n      "listingId": "a"\n    }\n  ]\n}\n',
  );
});

test('digest() keeps headings and lines and drops quotes and the evidence section', () => {
  assert.equal(digest('# T\n- a: 50% [E1]\n> quote\n## Evidence\n> more\n'), '# T\n- a: 50% [E1]\n');
});

test('roleprint report over all tech-leadership listings matches the golden Markdown and JSON', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [join(SHARED, 'tech-leadership')], {});
    const options = { label: 'tech leadership', by: 'year' as const };
    const md = await reportFromStore(store, options, 'md');
    compare('tech-leadership.digest.md', digest(md));
    compareHash('tech-leadership.md', md);
    const json = await reportFromStore(store, options, 'json');
    compare('tech-leadership.digest.json', jsonDigest(json));
    compareHash('tech-leadership.json', json);
  } finally {
    await store.close();
  }
});

test('roleprint demo over the bundled sample matches the golden report in every format', async () => {
  const store = await openStore(':memory:');
  try {
    // The first call ingests and analyzes; the others read the warm store.
    for (const format of ['md', 'json', 'html', 'csv'] as const)
      compare(`demo.${format}`, await runDemo(store, { format }));
  } finally {
    await store.close();
  }
});

test('roleprint report gives the same bytes from a cold and a warm store', async () => {
  const store = await openStore(':memory:');
  try {
    await ingestListings(store, [join(SHARED, 'tech-leadership')], {});
    const cold = await reportFromStore(store, { by: 'quarter' }, 'html');
    const warm = await reportFromStore(store, { by: 'quarter' }, 'html');
    assert.equal(warm, cold);
  } finally {
    await store.close();
  }
});
