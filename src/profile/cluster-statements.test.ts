import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterStatements } from './cluster-statements.ts';
import { fixtureListing } from './testing.ts';

test('clusterStatements() merges reworded duties and keeps the phrasing most listings use', () => {
  const listings = [
    fixtureListing('a', [null], [{ duty: 'Lead and grow the engineering team' }]),
    fixtureListing('b', [null], [{ duty: 'Lead and grow the engineering team' }]),
    fixtureListing('c', [null], [{ duty: 'Grow and lead engineering teams' }]),
    fixtureListing('d', [null], [{ duty: 'Own the cloud infrastructure budget' }]),
  ];
  const clusters = clusterStatements(listings);
  assert.equal(clusters.length, 2);
  assert.equal(clusters[0]?.canonical, 'Lead and grow the engineering team');
  assert.deepEqual(clusters[0]?.listings, [0, 1, 2]);
  assert.deepEqual(clusters[1]?.listings, [3]);
});

test('clusterStatements() counts a listing once even when it repeats a duty', () => {
  const listings = [
    fixtureListing(
      'a',
      [null],
      [{ duty: 'Define the technical roadmap' }, { duty: 'Define our technical roadmap' }],
    ),
  ];
  const clusters = clusterStatements(listings);
  assert.equal(clusters.length, 1);
  assert.deepEqual(clusters[0]?.listings, [0]);
  assert.equal(clusters[0]?.members.length, 2);
});

test('clusterStatements() merges at lower overlap only when the head verb matches', () => {
  const listings = [
    fixtureListing('a', [null], [{ duty: 'Manage vendor contracts and budgets' }]),
    fixtureListing('b', [null], [{ duty: 'Manage vendor relationships and budgets' }]),
    fixtureListing('c', [null], [{ duty: 'Negotiate vendor relationships and budgets' }]),
  ];
  // a–b share manage, vendor, budget out of 5 tokens (J = 0.6); c shares 3 of 5 with b but starts with another verb.
  const clusters = clusterStatements(listings, { threshold: 0.7, sameVerbThreshold: 0.5 });
  assert.deepEqual(
    clusters.map((c) => c.listings),
    [[0, 1], [2]],
  );
});

test('clusterStatements() ignores statements with fewer than two content words', () => {
  const listings = [
    fixtureListing('a', [null], [{ requirement: 'Python' }, { requirement: 'Excellent skills' }]),
  ];
  assert.deepEqual(clusterStatements(listings), []);
});
