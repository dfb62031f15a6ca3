import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom, twoProportionP, wilsonInterval } from './stats.ts';

test('wilsonInterval() matches the textbook value for 150/212', () => {
  assert.deepEqual(wilsonInterval(150, 212), [0.6431, 0.7647]);
});

test('wilsonInterval() stays inside [0, 1] at the edges', () => {
  assert.deepEqual(wilsonInterval(0, 10), [0, 0.2775]);
  assert.deepEqual(wilsonInterval(10, 10), [0.7225, 1]);
  assert.deepEqual(wilsonInterval(0, 0), [0, 0]);
});

test('twoProportionP() gives 1 for equal shares and a small p for 10/100 vs 40/100', () => {
  assert.equal(twoProportionP(5, 10, 5, 10), 1);
  assert.equal(twoProportionP(10, 100, 40, 100), 0.000001);
  assert.equal(twoProportionP(20, 100, 30, 100), 0.10247);
});

test('seededRandom() repeats its sequence for the same seed', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
});
