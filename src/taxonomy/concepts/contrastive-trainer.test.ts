import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encoderFromTable } from './concept-encoder.ts';
import { seededRandom, trainContrastive } from './contrastive-trainer.ts';

test('seededRandom() repeats for a seed and stays in [0, 1)', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const xs = Array.from({ length: 100 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 100 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});

test('trainContrastive() pulls synonyms together (tiny hand fixture) and is deterministic', () => {
  // Features 0..7 are words; each synonym pair (2i, 2i+1) is one (query, target) pair, repeated.
  const words = ['hire', 'recruit', 'budget', 'finance', 'mentor', 'coach', 'secure', 'protect'];
  const texts = words.map((_, i) => Int32Array.of(i));
  const q: number[] = [];
  const t: number[] = [];
  for (let rep = 0; rep < 16; rep++)
    for (let i = 0; i < 4; i++) {
      q.push(2 * i);
      t.push(2 * i + 1);
    }
  const data = {
    texts,
    queries: Int32Array.from(q),
    targets: Int32Array.from(t),
    rowNorms: new Float32Array(8).fill(1),
  };
  const opts = { dim: 8, epochs: 30, batch: 4, learningRate: 0.05, seed: 3 };
  const table = trainContrastive(data, opts);
  assert.deepEqual([...table], [...trainContrastive(data, opts)]);
  const enc = encoderFromTable(words, table, 8);
  const cos = (a: string, b: string): number => {
    const x = enc.encode(a);
    const y = enc.encode(b);
    return x.reduce((s, v, i) => s + v * (y[i] as number), 0);
  };
  assert.ok(cos('hire', 'recruit') > cos('hire', 'finance') + 0.3);
  assert.ok(cos('mentor', 'coach') > cos('mentor', 'protect') + 0.3);
});
