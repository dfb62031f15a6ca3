import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearestRows } from './nearest-rows.ts';

test('nearestRows() returns the k best rows by dot product, ties by lower row, filtered by keep', () => {
  const rows = Float32Array.of(1, 0, 0, 1, 0.6, 0.8, 0, 1);
  assert.deepEqual(
    nearestRows(Float32Array.of(0, 1), rows, 2, 3, null).map((r) => r.row),
    [1, 3, 2],
  );
  assert.deepEqual(
    nearestRows(Float32Array.of(0, 1), rows, 2, 2, (r) => r !== 1).map((r) => r.row),
    [3, 2],
  );
  assert.deepEqual(nearestRows(Float32Array.of(0, 1), rows, 2, 10, null).length, 4);
});
