import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeDate } from './normalize-date.ts';

test('normalizeDate() reads the spellings in the shared sources', () => {
  assert.equal(normalizeDate('1713397508000.0'), '2024-04-17'); // LinkedIn epoch ms
  assert.equal(normalizeDate('1.71138E+12'), '2024-03-25'); // spreadsheet-rounded epoch ms
  assert.equal(normalizeDate(1767377545), '2026-01-02'); // HN unix seconds
  assert.equal(normalizeDate('2018-12-27T10:50:17+0000'), '2018-12-27'); // NHS datePosted
  assert.equal(normalizeDate('7/30/2020'), '2020-07-30'); // Date_Queried
  assert.equal(normalizeDate('2026-07-08T02:43:34Z'), '2026-07-08');
  assert.equal(normalizeDate('2024-05'), '2024-05');
  assert.equal(normalizeDate('March 3, 2024'), '2024-03-03');
  assert.equal(normalizeDate('1.71331E+12'), '2024-04'); // ±5e6 ms: 2024-04-16 22:03 … 04-17 00:50 UTC
  assert.equal(normalizeDate('1.7119E+12'), null); // ±5e7 ms: 2024-03-31 01:53 … 04-01 05:40 UTC
});

test('normalizeDate() returns null for blanks, non-dates and impossible dates', () => {
  for (const v of ['', '  ', 'soon', '2024-13-01', '2024-00', '13/45/2020', 12, null, undefined, {}])
    assert.equal(normalizeDate(v), null, String(v));
});
