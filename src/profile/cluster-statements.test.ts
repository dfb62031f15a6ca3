import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterStatements } from './cluster-statements.ts';
import { fixtureListing } from './testing.ts';

test('clusterStatements() merges reworded duties and keeps the phrasing most like the others', () => {
  const listings = [
    fixtureListing('a', [null], [{ duty: 'Lead and grow the engineering team' }]),
    fixtureListing('b', [null], [{ duty: 'Lead and grow the engineering team' }]),
    fixtureListing('c', [null], [{ duty: 'Grow and lead engineering teams' }]),
    fixtureListing('d', [null], [{ duty: 'Own the cloud infrastructure budget' }]),
  ];
  const clusters = clusterStatements(listings);
  assert.deepEqual(
    clusters.map((c) => [c.canonical, c.listings]),
    [['Lead and grow the engineering team', [0, 1, 2]]],
  );
});

test('clusterStatements() folds synonyms: recruiting and hiring talent are one duty', () => {
  const listings = [
    fixtureListing('a', [null], [{ duty: 'Recruit and retain top engineering talent' }]),
    fixtureListing('b', [null], [{ duty: 'Hire exceptional talent for the platform group' }]),
  ];
  assert.deepEqual(
    clusterStatements(listings).map((c) => [c.tokens, c.listings]),
    [
      [
        ['hire', 'talent'],
        [0, 1],
      ],
    ],
  );
});

test('clusterStatements() counts a listing once even when it repeats a duty', () => {
  const listings = [
    fixtureListing(
      'a',
      [null],
      [{ duty: 'Define the technical roadmap' }, { duty: 'Define our technical roadmap' }],
    ),
    fixtureListing('b', [null], [{ duty: 'Define the technical roadmap' }]),
  ];
  const clusters = clusterStatements(listings);
  assert.equal(clusters.length, 1);
  assert.deepEqual(clusters[0]?.listings, [0, 1]);
  assert.equal(clusters[0]?.members.length, 3);
});

test('clusterStatements() never merges on filler words alone, nor duties with requirements', () => {
  const listings = [
    fixtureListing(
      'a',
      [null],
      [{ duty: 'Ensure the team delivers on time' }, { duty: 'Manage vendor contracts' }],
    ),
    fixtureListing(
      'b',
      [null],
      [{ duty: 'Ensure the team follows security policy' }, { requirement: 'Manage vendor contracts' }],
    ),
  ];
  assert.deepEqual(clusterStatements(listings), []);
});

test('clusterStatements() ignores statements with fewer than two content words', () => {
  const listings = [
    fixtureListing('a', [null], [{ requirement: 'Python' }, { requirement: 'Excellent skills' }]),
    fixtureListing('b', [null], [{ requirement: 'Python' }]),
  ];
  assert.deepEqual(clusterStatements(listings), []);
});
