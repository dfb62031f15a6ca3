import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linearFeatures, trainLinear } from './linear.ts';
import { phraseTerms, rankTerms, stemWord, wordTokens } from './terms.ts';

test('stemWord() follows Porter on its published examples', () => {
  const cases: [string, string][] = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['relational', 'relat'],
    ['sensitiviti', 'sensit'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['controll', 'control'],
  ];
  for (const [word, stem] of cases) assert.equal(stemWord(word), stem, word);
});

test('stemWord() maps inflections and derivations of one word to one term', () => {
  assert.equal(stemWord('managing'), stemWord('management'));
  assert.equal(stemWord('developers'), stemWord('developing'));
  assert.equal(stemWord('communicator'), stemWord('communication'));
  assert.equal(stemWord('c++'), 'c++');
  assert.equal(stemWord('node.js'), 'node.js');
});

test('wordTokens() keeps c++, c# and node.js whole', () => {
  assert.deepEqual(wordTokens('Node.js & C++ devs, C#'), ['node.js', 'c++', 'devs', 'c#']);
});

test('rankTerms() drops stop words; phraseTerms() keeps them', () => {
  assert.deepEqual(rankTerms('Working in teams'), ['work', 'team']);
  assert.deepEqual(phraseTerms('work in teams'), ['work', 'in', 'team']);
});

test('linearFeatures() adds adjacent bigrams', () => {
  assert.deepEqual(linearFeatures(['a', 'b', 'c']), ['a', 'b', 'c', 'a b', 'b c']);
});

test('trainLinear() separates two classes by their words', () => {
  const m = trainLinear(
    [
      { terms: ['python', 'code'], labels: [7] },
      { terms: ['excel', 'sheet'], labels: [9] },
    ],
    { epochs: 30, learningRate: 0.5, l2: 0, minCount: 1, prune: 0 },
  );
  assert.deepEqual(m.classes, [7, 9]);
  const py = m.features.indexOf('python');
  const row = m.rows[py] ?? [];
  // Row is [class position, weight, …]: "python" pushes class 7 up and class 9 down.
  assert.ok((row[1] ?? 0) > 0 && (row[3] ?? 0) < 0);
});
