import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOT_ROWS_WASM } from './dot-rows-wasm.ts';
import { nearestRows, nearestRowsBatch, nearestRowsJs } from './nearest-rows.ts';

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

test('the WebAssembly kernel gives the JavaScript search bit for bit, with and without a filter', () => {
  // A seeded table shaped like the catalog's (dim 128), values of both signs, some exact ties.
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  const dim = 128;
  const rows = Float32Array.from({ length: 700 * dim }, rand);
  rows.copyWithin(5 * dim, 9 * dim, 10 * dim); // row 5 = row 9
  const vecs = Array.from({ length: 40 }, () => Float32Array.from({ length: dim }, rand));
  vecs.push(rows.slice(9 * dim, 10 * dim));
  const keep = (r: number) => r % 3 !== 1;
  for (const filter of [null, keep]) {
    const js = nearestRowsJs(vecs, rows, dim, 10, filter);
    assert.deepEqual(nearestRowsBatch(vecs, rows, dim, 10, filter), js);
  }
  assert.deepEqual(
    nearestRowsBatch([vecs.at(-1) as Float32Array], rows, dim, 2, null)[0]?.map((h) => h.row),
    [5, 9],
  );
  // One to five queries (searched four at a time, or one by one), and k past the number of rows.
  for (const n of [1, 2, 3, 5]) {
    const some = vecs.slice(0, n);
    assert.deepEqual(nearestRowsBatch(some, rows, dim, 10, keep), nearestRowsJs(some, rows, dim, 10, keep));
  }
  const few = rows.slice(0, 6 * dim);
  assert.deepEqual(nearestRowsBatch(vecs, few, dim, 10, null), nearestRowsJs(vecs, few, dim, 10, null));
  assert.deepEqual(nearestRowsBatch(vecs, few, dim, 10, keep), nearestRowsJs(vecs, few, dim, 10, keep));
});

test('the committed kernel is the one dot-rows.wat assembles to', async () => {
  const { assembleWat } = await import('../../../scripts/build-wasm.ts');
  const wat = fileURLToPath(new URL('./dot-rows.wat', import.meta.url));
  assert.equal(await assembleWat(wat), DOT_ROWS_WASM);
});
