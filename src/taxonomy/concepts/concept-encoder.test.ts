import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dequantizeRows, encoderFromTable, normalizeInPlace, quantizeRows } from './concept-encoder.ts';

test('encoderFromTable() sums the rows of known features and normalizes; unknown text is all zeros', () => {
  const enc = encoderFromTable(['lead', 'team'], new Float32Array([1, 0, 0, 1]), 2);
  assert.deepEqual([...enc.encode('Lead')], [1, 0]);
  assert.deepEqual(
    [...enc.encode('lead the team')].map((x) => x.toFixed(4)),
    ['0.7071', '0.7071'],
  );
  assert.deepEqual([...enc.encode('nothing known')], [0, 0]);
  assert.deepEqual(enc.featureRows('team lead'), [1, 0]);
});

test('normalizeInPlace() scales to unit length and leaves zeros alone', () => {
  assert.deepEqual([...normalizeInPlace(new Float32Array([3, 4]))], [0.6000000238418579, 0.800000011920929]);
  assert.deepEqual([...normalizeInPlace(new Float32Array([0, 0]))], [0, 0]);
});

test('quantizeRows() and dequantizeRows() round-trip within one int8 step per row', () => {
  const table = Float32Array.of(0.5, -1, 0.25, 0, 0, 0);
  const { bytes, scales } = quantizeRows(table, 3);
  assert.deepEqual(scales, [Number((1 / 127).toPrecision(6)), 1]);
  const back = dequantizeRows(bytes, scales, 3);
  for (let i = 0; i < table.length; i++)
    assert.ok(Math.abs((back[i] as number) - (table[i] as number)) <= 1 / 254 + 1e-6);
});
