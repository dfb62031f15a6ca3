import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collect, FIXTURES } from './testing/collect.ts';

test('readGreenhouse() maps the job-board API shape and keeps `content` as HTML-escaped HTML', async () => {
  const { listings, events } = await collect([`${FIXTURES}greenhouse-jobs.json`]);
  assert.equal(events[0]?.type === 'file' && events[0].format, 'greenhouse');
  const [director, data] = listings;
  assert.deepEqual(
    director && [
      director.key,
      director.title,
      director.location,
      director.url,
      director.postedAt,
      director.format,
    ],
    [
      'ingest/greenhouse-jobs.json#4012345',
      'Director of Platform Engineering',
      'Berlin, Germany',
      'https://boards.greenhouse.io/examplecorp/jobs/4012345',
      '2024-03-05',
      'html',
    ],
  );
  assert.ok(director?.description.startsWith('&lt;h2&gt;About the role&lt;/h2&gt;'));
  assert.deepEqual(director?.meta, {
    departments: 'Engineering',
    offices: 'Berlin',
    'Employment Type': 'Full-time',
    requisition_id: 'ENG-118',
  });
  assert.equal(data?.location, 'Remote - US');
});
