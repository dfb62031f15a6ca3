/**
 * bench/generate-corpus.ts: same seed → same bytes, descriptions made only of real sentences, and the output ingests.
 * Uses two small shared sources so the real corpus loads in a second or two.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type GeneratedRecord, generateCorpus, loadRealCorpus } from '../../bench/generate-corpus.ts';
import { ingestListings } from '../../src/app/index.ts';
import { openStore } from '../../src/store/index.ts';

const SHARED = fileURLToPath(new URL('../../../shared/data/listings/', import.meta.url));
const CORPUS = [join(SHARED, 'tech-leadership'), join(SHARED, 'indeed-datascientist-2019')];
const dir = mkdtempSync(join(tmpdir(), 'roleprint-generate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const a = join(dir, 'a.jsonl');
const b = join(dir, 'b.jsonl');

test('the same seed gives byte-identical output, another seed another', async () => {
  const sa = await generateCorpus({ out: a, count: 200, seed: '7', corpus: CORPUS });
  const sb = await generateCorpus({ out: b, count: 200, seed: '7', corpus: CORPUS });
  assert.equal(sa.written, 200);
  assert.equal(sa.bytes, sb.bytes);
  assert.ok(readFileSync(a).equals(readFileSync(b)));
  const c = join(dir, 'c.jsonl');
  await generateCorpus({ out: c, count: 200, seed: '8', corpus: CORPUS });
  assert.ok(!readFileSync(a).equals(readFileSync(c)));
});

test('records have unique ids, the generated mark, and only real sentences in their descriptions', async () => {
  const records = readFileSync(a, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as GeneratedRecord);
  assert.equal(new Set(records.map((r) => r.id)).size, 200);
  assert.ok(records.every((r) => r.origin === 'generated' && r.title && r.description));
  const real = await loadRealCorpus(CORPUS);
  const paragraphs = new Set(real.groups.flatMap((g) => g.members.flatMap((m) => m.paragraphs)));
  const realText = [...paragraphs].join('\n');
  const titles = new Set(real.groups.flatMap((g) => g.members.map((m) => m.title)));
  // Every 10th record: each line is a real paragraph, or a real paragraph's sentences reordered.
  for (const r of records.filter((_, i) => i % 10 === 0)) {
    assert.ok(titles.has(r.title), r.title);
    for (const line of r.description.split('\n')) {
      if (paragraphs.has(line)) continue;
      for (const sentence of line.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u))
        assert.ok(realText.includes(sentence), `${r.id}: not in a real listing: ${sentence.slice(0, 80)}`);
    }
  }
});

test('roleprint ingest accepts the generated listings', async () => {
  const store = await openStore(join(dir, 'x.db'));
  try {
    const summary = await ingestListings(store, [a]);
    const t = summary.total;
    assert.equal(t.read, 200);
    assert.equal(t.read, t.accepted + t.duplicates + t.rejected);
    assert.equal(t.rejected, 0);
    assert.ok(t.accepted >= 180, `accepted ${t.accepted} of 200 (duplicates ${t.duplicates})`);
  } finally {
    await store.close();
  }
});
