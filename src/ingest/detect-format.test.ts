import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat, innerExtension } from './detect-format.ts';

test('detectFormat() picks the reader from the name and the JSON shape', () => {
  assert.equal(detectFormat('a.csv', ''), 'csv');
  assert.equal(detectFormat('a.TSV', ''), 'tsv');
  assert.equal(detectFormat('a.jsonl', '{"id":1,"title":"x"}\n'), 'jsonl');
  assert.equal(
    detectFormat('nhs.jsonl.gz', '{"@context": "http://schema.org", "@type": "JobPosting"}'),
    'jsonld',
  );
  assert.equal(
    detectFormat(
      'raw.json',
      '{"schema_version": "1.0", "jobs": [{"id": 1, "source": "who_is_hiring", "by": "x"',
    ),
    'hn',
  );
  assert.equal(detectFormat('gh.json', '{"jobs": [{"absolute_url": "https://x"'), 'greenhouse');
  assert.equal(detectFormat('lever.json', '[{"id": "a", "hostedUrl": "https://jobs.lever.co/x"'), 'lever');
  assert.equal(detectFormat('ld.json', '{"@context": "https://schema.org", "@graph": []}'), 'jsonld');
  assert.equal(detectFormat('plain.json', '[{"title": "x"}]'), 'json');
  assert.equal(detectFormat('lines.json', '{"title": "x"}\n{"title": "y"}\n'), 'jsonl');
  assert.equal(
    detectFormat('page.html', '<script type="application/ld+json">{"@type": "JobPosting"}</script>'),
    'jsonld',
  );
  assert.equal(detectFormat('page.htm', '<p>Hi</p>'), 'text');
  assert.equal(detectFormat('cto.md', ''), 'text');
  assert.equal(detectFormat('data.xlsx', ''), null);
});

test('innerExtension() looks through .gz', () => {
  assert.equal(innerExtension('jobs.JSONL.gz'), '.jsonl');
  assert.equal(innerExtension('README'), '');
});
