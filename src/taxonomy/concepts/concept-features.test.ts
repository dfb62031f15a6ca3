import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conceptFeatures } from './concept-features.ts';

test('conceptFeatures() gives stems and adjacent content-word pairs, stop words dropped', () => {
  assert.deepEqual(conceptFeatures('Recruiting of engineers'), ['recruit', 'engineer', 'recruit engineer']);
});

test('conceptFeatures() lists a repeated feature once and gives nothing for stop words only', () => {
  assert.deepEqual(conceptFeatures('hire, hire'), ['hire', 'hire hire']);
  assert.deepEqual(conceptFeatures('of the and'), []);
});

test('conceptFeatures() keeps a listed plural of another sense apart from its singular', () => {
  assert.deepEqual(conceptFeatures('securities'), ['securities']);
  assert.notDeepEqual(conceptFeatures('security'), ['securities']);
});
