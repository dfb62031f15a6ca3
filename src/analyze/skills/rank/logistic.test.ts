import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic } from './logistic.ts';
import { learnNeighbours } from './neighbours.ts';

test('fitLogistic() recovers the sign of an informative feature and ignores a constant one', () => {
  const x = [
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 1],
    [4, 1],
    [5, 1],
  ];
  const y = [false, false, true, false, true, true];
  const fit = fitLogistic(x, y, 0.1);
  assert.ok((fit.weights[0] ?? 0) > 0.3);
  // Mean prediction equals the base rate at the optimum (gradient of the unpenalized intercept is zero).
  const mean =
    x.reduce(
      (s, r) =>
        s + 1 / (1 + Math.exp(-((fit.weights[0] ?? 0) * (r[0] ?? 0) + (fit.weights[1] ?? 0) + fit.bias))),
      0,
    ) / x.length;
  assert.ok(Math.abs(mean - 0.5) < 1e-6);
});

test('learnNeighbours() makes words used in the same contexts neighbours', () => {
  const sentences: string[][] = [];
  for (let i = 0; i < 40; i++) {
    sentences.push(['deploy', 'kubernet', 'cluster', `x${i % 7}`]);
    sentences.push(['deploy', 'openshift', 'cluster', `y${i % 5}`]);
    sentences.push(['bake', 'bread', 'oven', `z${i % 3}`]);
    sentences.push(['bake', 'cake', 'oven', `w${i % 4}`]);
  }
  const nb = learnNeighbours(sentences, {
    keep: new Set(['kubernet', 'openshift', 'bread', 'cake']),
    dim: 4,
    minCount: 2,
    minSimilarity: 0.5,
  });
  assert.equal(nb.kubernet?.[0]?.[0], 'openshift');
  assert.equal(nb.bread?.[0]?.[0], 'cake');
});
