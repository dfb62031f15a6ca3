import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collect, FIXTURES, LISTINGS } from './testing/collect.ts';

test('readJsonl() rejects an invalid JSON line by line number and keeps the lines around it', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}invalid-json.jsonl`]);
  assert.deepEqual(
    listings.map((l) => [l.key, l.locator, l.title]),
    [
      ['ingest/invalid-json.jsonl#a', 'line 1', 'Engineer'],
      ['ingest/invalid-json.jsonl#c', 'line 3', 'Analyst'],
    ],
  );
  assert.deepEqual(rejections, [
    {
      source: 'ingest/invalid-json.jsonl',
      locator: 'line 2',
      recordKey: null,
      reason: "invalid JSON: Expected ',' or '}' after property value in JSON at position 61",
    },
    { source: 'ingest/invalid-json.jsonl', locator: 'line 5', recordKey: 'd', reason: 'empty description' },
  ]);
});

test('readJsonl() maps tech-leadership records and keeps title_family in meta', async () => {
  const { listings } = await collect([`${LISTINGS}tech-leadership/postings.jsonl`]);
  assert.equal(listings.length, 116);
  const first = listings[0];
  assert.deepEqual(
    first && [
      first.key,
      first.title,
      first.company,
      first.location,
      first.postedAt,
      first.meta.title_family,
      first.meta.source_repo,
    ],
    [
      'tech-leadership/postings.jsonl#44854931d07053d4',
      'Chief Technology Officer',
      'ChainGPT',
      'Remote',
      '2024-06-10',
      'CTO',
      'ChainGPT-org/docs',
    ],
  );
  const families = new Map<string, number>();
  for (const l of listings)
    families.set(l.meta.title_family ?? '', (families.get(l.meta.title_family ?? '') ?? 0) + 1);
  assert.equal(families.has(''), false, 'every record keeps its title_family');
});

test('readJsonDocument() reads a JSON array, maps job_title/body, and suffixes a repeated id in order', async () => {
  const { listings } = await collect([`${FIXTURES}array.json`]);
  assert.deepEqual(
    listings.map((l) => [l.key, l.locator, l.title, l.description, l.postedAt, l.location]),
    [
      [
        'ingest/array.json#101',
        'record 1',
        'Platform Engineer',
        'Keeps Kubernetes healthy.',
        '2024-01-15',
        'Remote',
      ],
      [
        'ingest/array.json#102',
        'record 2',
        'Platform Engineer',
        'Second opening, same id.',
        '2024-01-16',
        null,
      ],
      ['ingest/array.json#101~2', 'record 3', 'Platform Engineer', 'Repost of 101.', null, null],
    ],
  );
  assert.deepEqual(listings[0]?.meta, { team: 'Infra' });
});

test('readJsonDocument() applies a column override per record, without failing on records that lack it', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}array.json`], {
    columns: { location: 'team' },
  });
  assert.deepEqual(
    listings.map((l) => l.location),
    ['Infra', null, null],
  );
  assert.equal(rejections.length, 0);
});

test('readJsonl() rejects only the lines holding invalid UTF-8 bytes, naming the byte offset', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-jsonl-'));
  try {
    const path = join(dir, 'bad.jsonl');
    const good = (id: number, text: string) =>
      Buffer.from(`${JSON.stringify({ id, title: 'T', description: text })}\n`);
    const parts = [
      good(1, 'São Paulo — café'),
      Buffer.concat([
        Buffer.from('{"id": 2, "title": "T", "description": "bad '),
        Buffer.from([0xff]),
        Buffer.from('"}\n'),
      ]),
      good(3, 'Ångström'),
    ];
    await writeFile(path, Buffer.concat(parts));
    const { listings, rejections } = await collect([path]);
    assert.deepEqual(
      listings.map((l) => [l.recordKey, l.description]),
      [
        ['1', 'São Paulo — café'],
        ['3', 'Ångström'],
      ],
    );
    const offset = (parts[0]?.length ?? 0) + '{"id": 2, "title": "T", "description": "bad '.length;
    assert.deepEqual(
      rejections.map((r) => [r.locator, r.reason]),
      [['line 2', `invalid UTF-8 byte at byte offset ${offset}`]],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
