import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { bioSpans, evaluateSpans, readSkillSpan } from './eval-spans.ts';

const DEV = fileURLToPath(
  new URL('../../../../shared/data/benchmarks/skillspan/json/dev.json', import.meta.url),
);

describe('bioSpans()', () => {
  it('reads B/I runs, and an I without a B opens a span', () => {
    assert.deepEqual(bioSpans(['O', 'B', 'I', 'O', 'I', 'B']), [
      { start: 1, end: 3 },
      { start: 4, end: 5 },
      { start: 5, end: 6 },
    ]);
  });
});

describe('evaluateSpans()', () => {
  it('scores exact and overlapping spans on SkillSpan dev sentences 24 and 28 (tech, idx 1)', () => {
    const dev = readSkillSpan(DEV);
    assert.equal(dev.length, 3174);
    // 24: "… a real passion for DevOps!" (KNOWLEDGE "DevOps!", SKILL "be at the forefront of change");
    // 28: "Uses testing as a baseline practice: TDD BDD integration E2E" (KNOWLEDGE TDD, BDD, integration, E2E).
    const sample = [dev[23], dev[27]].filter((s) => s !== undefined);
    const r = evaluateSpans(sample, { taxonomy: loadTaxonomy() });
    // Found: "DevOps" (token "DevOps!" — exact on tokens) and "TDD" (exact).
    assert.deepEqual([r.gold, r.predicted], [7, 2]);
    assert.deepEqual(r.exact, { precision: 1, recall: 0.2857, f1: 0.4444 });
    assert.deepEqual(r.overlap, { precision: 1, recall: 0.2857, f1: 0.4444 });
    assert.deepEqual(r.recallByType, { SKILL: 0, KNOWLEDGE: 0.4 });
  });
});
