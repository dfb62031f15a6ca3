import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCalibration, fitIsotonic, fitPlatt, reliabilityTable } from './calibrate.ts';

test('fitIsotonic() pools adjacent violators into a non-decreasing map', () => {
  // Outcomes by score: 0.1→1, 0.2→0, 0.3→0, 0.4→1: the first three pool to 1/3.
  const c = fitIsotonic([0.3, 0.1, 0.4, 0.2], [false, true, true, false]);
  assert.deepEqual(c, { x: [0.2, 0.4], y: [0.333333, 1] });
});

test('applyCalibration() interpolates between breakpoints and clamps outside them', () => {
  const c = { x: [0, 1], y: [0.2, 0.6] };
  assert.equal(applyCalibration(c, 0.5), 0.4);
  assert.equal(applyCalibration(c, -3), 0.2);
  assert.equal(applyCalibration(c, 7), 0.6);
});

test('fitPlatt() gives higher probability to higher scores and stays inside (0,1)', () => {
  const c = fitPlatt([0, 0.1, 0.2, 0.8, 0.9, 1], [false, false, true, false, true, true]);
  const lo = applyCalibration(c, 0);
  const hi = applyCalibration(c, 1);
  assert.ok(lo > 0 && lo < 0.5);
  assert.ok(hi > 0.5 && hi < 1);
});

test('reliabilityTable() counts predictions and the observed rate per bin', () => {
  const bins = reliabilityTable([0.05, 0.15, 0.95, 1], [false, true, true, false], 10);
  assert.equal(bins[0]?.count, 1);
  assert.equal(bins[1]?.observed, 1);
  assert.equal(bins[9]?.count, 2);
  assert.equal(bins[9]?.observed, 0.5);
  assert.equal(bins[9]?.meanPredicted, 0.975);
});
