import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openSource, sourceName } from './open-source.ts';
import { collect } from './testing/collect.ts';

test('openSource() gunzips by magic bytes whatever the name, and counts compressed bytes read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-open-'));
  try {
    const path = join(dir, 'jobs.csv'); // gzip content without a .gz name
    const gz = gzipSync('id,title,description\n1,Engineer,Builds things\n');
    await writeFile(path, gz);
    const src = await openSource(path);
    assert.equal(src.gzip, true);
    let text = '';
    for await (const chunk of src.text()) text += chunk;
    assert.equal(text, 'id,title,description\n1,Engineer,Builds things\n');
    assert.equal(src.bytesRead(), gz.length);
    const { listings } = await collect([path]);
    assert.deepEqual(
      listings.map((l) => l.description),
      ['Builds things'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('openSource() decodes UTF-16 with a BOM', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-open-'));
  try {
    const path = join(dir, 'jobs.csv');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('id,title,description\n1,Ingénieur,Crée\n', 'utf16le'),
      ]),
    );
    const { listings } = await collect([path]);
    assert.deepEqual(
      listings.map((l) => [l.title, l.description]),
      [['Ingénieur', 'Crée']],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('readInputs() turns a corrupt gzip into a rejection, keeping the records read before it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-open-'));
  try {
    const path = join(dir, 'jobs.jsonl.gz');
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ id: i, title: 'T', description: `row ${i} ${'x'.repeat(i % 97)}` }),
    );
    const gz = gzipSync(`${lines.join('\n')}\n`);
    await writeFile(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const { listings, rejections } = await collect([path]);
    assert.ok(listings.length > 0 && listings.length < 5000, `kept ${listings.length}`);
    assert.equal(rejections.length, 1);
    assert.equal(rejections[0]?.locator, 'file');
    assert.match(
      rejections[0]?.reason ?? '',
      /^file could not be read to the end \(.*\); records before this point were kept$/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('sourceName() is the last two path segments', () => {
  assert.equal(
    sourceName('/a/b/nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz'),
    'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz',
  );
});

test('openSource() decides the encoding at the first non-ASCII chunk when the first MiB is pure ASCII', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-open-'));
  try {
    const rows = Array.from({ length: 30000 }, (_, i) => `${i},Engineer,Plain ASCII row number ${i}`).join(
      '\n',
    );
    const path = join(dir, 'late.csv');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from(`id,title,description\n${rows}\n`),
        Buffer.from('30000,Caf\xe9 Manager,It\x92s late\n', 'latin1'),
      ]),
    );
    const src = await openSource(path);
    const { listings, rejections } = await collect([path]);
    for await (const _ of src.text());
    assert.equal(src.encoding, 'windows-1252');
    assert.equal(rejections.length, 0);
    assert.deepEqual(
      [listings.length, listings.at(-1)?.title, listings.at(-1)?.description],
      [30001, 'Café Manager', 'It’s late'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('openSource() reads a Windows-1252 character as the last byte of a file or of a chunk, not as a cut UTF-8 one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-open-'));
  try {
    // A short file: the whole file is the head, and its only non-ASCII byte ends it.
    const small = join(dir, 'small.txt');
    await writeFile(small, Buffer.from('Barista wanted at our caf\xe9', 'latin1'));
    const s = await openSource(small);
    let text = '';
    for await (const t of s.text()) text += t;
    assert.deepEqual(
      [text, s.encoding, s.invalid.length],
      ['Barista wanted at our caf\xe9', 'windows-1252', 0],
    );
    // A long ASCII head, then a file ending in the same byte: decided at the end, by the deferred decoder.
    const long = join(dir, 'long.txt');
    await writeFile(
      long,
      Buffer.concat([Buffer.from('a'.repeat(2 * 1024 * 1024)), Buffer.from(' caf\xe9', 'latin1')]),
    );
    const l = await openSource(long);
    text = '';
    for await (const t of l.text()) text += t;
    assert.deepEqual([text.slice(-5), l.encoding, l.invalid.length], [' caf\xe9', 'windows-1252', 0]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
