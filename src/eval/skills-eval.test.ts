import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  evaluateSentences,
  evaluateSkillRanking,
  formatSkillEval,
  normalizeLabel,
  readDecorteFile,
  scoreRanking,
  skillPredictions,
} from './skills-eval.ts';

const DECORTE = '../shared/data/benchmarks/decorte';

test('normalizeLabel() lower-cases and removes punctuation', () => {
  assert.equal(normalizeLabel('Java (computer programming)'), 'java computer programming');
  assert.equal(normalizeLabel('plan '), 'plan');
  assert.equal(normalizeLabel('C#'), 'c');
});

test('scoreRanking() computes R-Precision@K and the reciprocal rank by hand', () => {
  // gold {b, d, e}; ranked a b c d …: top-1 has 0 hits, top-5 has b and d (2 of min(5,3)=3), first hit at rank 2.
  const s = scoreRanking(['a', 'b', 'c', 'd', 'x', 'e'], ['b', 'd', 'e']);
  assert.equal(s.rp1, 0);
  assert.equal(s.rp5, 2 / 3);
  assert.equal(s.rp10, 1);
  assert.equal(s.rr, 0.5);
});

test('scoreRanking() counts a repeated prediction once', () => {
  assert.deepEqual(scoreRanking(['b', 'b', 'c'], ['b', 'c']), { rp1: 1, rp5: 1, rp10: 1, rr: 1 });
});

test('evaluateSentences() averages over sentences and compares normalized labels', () => {
  const ranking: Record<string, string[]> = {
    s1: ['Python (computer programming)', 'SQL'],
    s2: ['x', 'y', 'z'],
  };
  const ranker = { rank: (s: string) => (ranking[s] ?? []).map((label) => ({ label, score: 0 })) };
  const r = evaluateSentences(
    'hand',
    [
      { sentence: 's1', gold: ['python computer programming'] },
      { sentence: 's2', gold: ['z'] },
    ],
    ranker,
  );
  assert.equal(r.rp1, 0.5);
  assert.equal(r.rp5, 1);
  assert.equal(r.mrr, (1 + 1 / 3) / 2);
});

test('readDecorteFile() groups the TECH rows by sentence and drops sentences with only skipped labels', () => {
  const { sentences, dropped } = readDecorteFile(`${DECORTE}/tech_validation_annotations.csv`);
  assert.equal(sentences.length + dropped, 101);
  assert.equal(sentences.length, 75);
  assert.equal(
    sentences.reduce((s, x) => s + x.gold.length, 0),
    131,
  );
  const first = sentences.find((s) => s.sentence === 'javascript reactjs java');
  assert.deepEqual(first?.gold, ['java computer programming', 'javascript']);
});

test('readDecorteFile() reads HOUSE: 77 sentences, 61 with gold', () => {
  const { sentences, dropped } = readDecorteFile(`${DECORTE}/house_validation_annotations.csv`);
  assert.equal(sentences.length, 61);
  assert.equal(dropped, 16);
});

test('evaluateSkillRanking() gives a perfect score to an oracle and formats a table', () => {
  const { sentences } = readDecorteFile(`${DECORTE}/house_validation_annotations.csv`);
  const gold = new Map(sentences.map((s) => [s.sentence, s.gold]));
  const oracle = { rank: (s: string) => (gold.get(s) ?? []).map((label) => ({ label, score: 1 })) };
  const [r] = evaluateSkillRanking([`${DECORTE}/house_validation_annotations.csv`], oracle);
  assert.equal(r?.rp1, 1);
  assert.equal(r?.rp5, 1);
  assert.equal(r?.mrr, 1);
  assert.match(formatSkillEval(r ? [r] : []), /house_validation_annotations\.csv\s+61\s+1\.000\s+1\.000/);
});

test('skillPredictions() pairs each top-k score with whether its label is gold', () => {
  const ranker = {
    rank: (s: string) =>
      s === 'javascript reactjs java'
        ? [
            { label: 'JavaScript', score: 0.9 },
            { label: 'SQL', score: 0.2 },
          ]
        : [],
  };
  const p = skillPredictions([`${DECORTE}/tech_validation_annotations.csv`], ranker, { k: 2 });
  assert.deepEqual(p, { scores: [0.9, 0.2], outcomes: [true, false] });
});
