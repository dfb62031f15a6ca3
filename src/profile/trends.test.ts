import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureListing } from './testing.ts';
import { computeTrends, periodOf } from './trends.ts';

test('periodOf() labels years and quarters', () => {
  assert.equal(periodOf('2024-05-02', 'quarter'), '2024-Q2');
  assert.equal(periodOf('2024-12', 'quarter'), '2024-Q4');
  assert.equal(periodOf('2019-01-31', 'year'), '2019');
});

// 20 listings in 2020-Q3, 30 in 2020-Q4, one stray in 2026-Q3; the item is in 2 of the first and 20 of the second.
function listings(source = (_i: number) => 'nhs/jobs.jsonl') {
  return Array.from({ length: 51 }, (_, i) => {
    const date = i < 20 ? '2020-08-01' : i < 50 ? '2020-11-01' : '2026-07-01';
    return fixtureListing(`l${String(i).padStart(2, '0')}`, [date, 'nurse', source(i)], []);
  });
}
const item = { text: 'Speak Welsh', listings: [0, 1, ...Array.from({ length: 20 }, (_, i) => 20 + i)] };

test('computeTrends() compares the two latest periods with enough listings, ignoring a stray later one', () => {
  const t = computeTrends(listings(), [item], { by: 'quarter' });
  assert.deepEqual(t?.compared, {
    from: { period: '2020-Q3', count: 20 },
    to: { period: '2020-Q4', count: 30 },
  });
  assert.deepEqual(
    t?.rising.map((r) => [r.text, r.from.count, r.to.count, r.p]),
    [['Speak Welsh', 2, 20, 0.000077]],
  );
  assert.equal(t?.note, null);
});

test('computeTrends() warns when the two periods come from different sources', () => {
  const t = computeTrends(
    listings((i) => (i < 20 ? 'old-board/a.csv' : 'new-board/b.csv')),
    [item],
    { by: 'quarter' },
  );
  assert.match(
    t?.note ?? '',
    /^The two periods come mostly from different sources \(old-board against new-board\)/,
  );
});

test('computeTrends() compares two explicit ranges and returns null when a side is too small', () => {
  const t = computeTrends(listings(), [item], {
    ranges: [
      { from: '2020-07', to: '2020-09' },
      { from: '2020-10', to: '2020-12' },
    ],
  });
  assert.equal(t?.by, 'range');
  assert.equal(t?.rising[0]?.to.count, 20);
  assert.equal(computeTrends(listings().slice(0, 25), [item], { by: 'quarter' }), null);
});
