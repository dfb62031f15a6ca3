import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benjaminiHochberg, seededRandom, twoProportionP, wilsonInterval } from './stats.ts';

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

// Benjamini & Hochberg (1995), section 4: fifteen p-values from a myocardial infarction trial.
const bh1995 = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
  0.759, 1,
];

test("benjaminiHochberg() matches the hand-computed q-values of the 1995 paper's example", () => {
  // q(i) = min over j >= i of p(j) · 15 / j: ranks 6 and 7 share 0.0298 · 15 / 7 = 0.063857.
  assert.deepEqual(
    benjaminiHochberg(bh1995),
    [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875,
      0.753231, 0.813214, 1,
    ],
  );
  // The paper rejects four hypotheses at 0.05.
  assert.equal(benjaminiHochberg(bh1995).filter((q) => q < 0.05).length, 4);
});

test('benjaminiHochberg() keeps the input order, shares q among tied p, and never goes below p', () => {
  assert.deepEqual(benjaminiHochberg([0.04, 0.01, 0.03]), [0.04, 0.03, 0.04]);
  assert.deepEqual(benjaminiHochberg([0.02, 0.02, 0.5]), [0.03, 0.03, 0.5]);
  // 0.000075 · 43 / 2 = 0.0016125 rounds up, as by hand.
  assert.equal(benjaminiHochberg([0.000075, 0, ...Array(41).fill(1)])[0], 0.001613);
  assert.deepEqual(benjaminiHochberg([]), []);
  const reversed = [...bh1995].reverse();
  benjaminiHochberg(reversed).forEach((q, i) => {
    assert.ok(q >= (reversed[i] as number) && q <= 1);
  });
});
