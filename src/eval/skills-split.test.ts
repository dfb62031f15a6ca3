import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateSkillRanking, readDecorteFile } from './skills-eval.ts';
import { splitSentences } from './skills-split.ts';

const DECORTE = '../shared/data/benchmarks/decorte';

test('splitSentences() splits TECH 37 tuning / 38 held-out and HOUSE 34 / 27', () => {
  for (const [name, tune, held] of [
    ['tech', 37, 38],
    ['house', 34, 27],
  ] as const) {
    const half = splitSentences(readDecorteFile(`${DECORTE}/${name}_validation_annotations.csv`).sentences);
    const values = [...half.values()];
    assert.equal(values.filter((v) => v === 'tune').length, tune);
    assert.equal(values.filter((v) => v === 'held-out').length, held);
  }
});

test('splitSentences() keeps reworded copies of a TECH sentence in the same half', () => {
  const half = splitSentences(readDecorteFile(`${DECORTE}/tech_validation_annotations.csv`).sentences);
  const copies = [
    '* • Advanced knowledge of application data and infrastructure architecture disciplines',
    '* Advanced knowledge of application data and infrastructure architecture disciplines',
    '• Strong knowledge of application data and infrastructure architecture disciplines',
  ];
  const halves = new Set(copies.map((c) => half.get(c)));
  assert.equal(halves.size, 1);
  assert.notEqual([...halves][0], undefined);
});

test('splitSentences() does not depend on input order', () => {
  const { sentences } = readDecorteFile(`${DECORTE}/house_validation_annotations.csv`);
  assert.deepEqual(
    [...splitSentences(sentences).entries()].sort(),
    [...splitSentences([...sentences].reverse()).entries()].sort(),
  );
});

test('evaluateSkillRanking() with half scores only that half', () => {
  const oracle = { rank: () => [] };
  const [r] = evaluateSkillRanking([`${DECORTE}/tech_validation_annotations.csv`], oracle, {
    half: 'held-out',
  });
  assert.equal(r?.sentences, 38);
  assert.equal(r?.file, 'tech_validation_annotations.csv (held-out half)');
  assert.equal(r?.rp5, 0);
});
