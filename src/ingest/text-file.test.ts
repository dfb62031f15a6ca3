import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collect, FIXTURES } from './testing/collect.ts';
import { parseFrontMatter } from './text-file.ts';

test('readTextFile() reads one listing per file, front matter first, title from the page otherwise', async () => {
  const { listings } = await collect([`${FIXTURES}folder`]);
  assert.deepEqual(
    listings.map((l) => [l.key, l.title, l.company, l.location, l.postedAt, l.format]),
    [
      [
        'folder/cto.md#cto.md',
        'Chief Technology Officer',
        'Example Robotics',
        'Austin, TX',
        '2024-09-02',
        'markdown',
      ],
      ['folder/page.html#page.html', 'Site Reliability Engineer', null, null, null, 'html'],
      ['folder/plain.txt#plain.txt', null, null, null, null, 'text'],
    ],
  );
  assert.ok(listings[0]?.description.startsWith('## About the role'));
  assert.deepEqual(listings[0]?.meta, { seniority: 'executive' });
});

test('parseFrontMatter() leaves a document without front matter whole', () => {
  assert.deepEqual(parseFrontMatter('No front matter\n---\n'), { data: {}, body: 'No front matter\n---\n' });
});
