import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collect, FIXTURES } from './testing/collect.ts';

test('readLever() joins description, lists and closing into one HTML description', async () => {
  const { listings, events } = await collect([`${FIXTURES}lever-postings.json`]);
  assert.equal(events[0]?.type === 'file' && events[0].format, 'lever');
  const [vp, designer] = listings;
  assert.deepEqual(
    vp && [
      vp.recordKey,
      vp.title,
      vp.location,
      vp.postedAt,
      vp.remote,
      vp.salary,
      vp.meta.team,
      vp.meta.commitment,
    ],
    [
      '5f1c2a9e-0d4b-4c51-9a7e-1b2c3d4e5f60',
      'VP of Engineering',
      'Toronto',
      '2024-03-01',
      false,
      'CAD 220000–260000 per-year-salary',
      'Infrastructure',
      'Full-time',
    ],
  );
  assert.equal(
    vp?.description,
    [
      '<div>Exampleco is hiring a VP of Engineering to run a 40-person organisation.</div>',
      '<h3>What you will do</h3><ul><li>Own the engineering strategy</li><li>Partner with product on the roadmap</li></ul>',
      '<h3>What you bring</h3><ul><li>10+ years building software</li><li>Experience leading managers</li></ul>',
      '<div>We offer a learning budget and flexible hours.</div>',
    ].join('\n'),
  );
  assert.equal(designer?.description, '<p>Help us redesign onboarding.</p>');
  assert.equal(designer?.remote, true);
});
