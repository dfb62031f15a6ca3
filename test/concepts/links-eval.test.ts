import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawLinkSample, loadJudgments, scoreSample } from './link-sample.ts';

// Measured 2026-12-06 on the seeded sample (README.md "Link precision"): before 0.750 (105/140), after 0.821
// (115/140). The floor sits a few points under, so a change that brings back wrong links fails here.
const FLOOR = 0.79;

test('precision of counted concept links on the judged seeded sample of four roles', async () => {
  const sample = await drawLinkSample();
  const rows = scoreSample(sample, loadJudgments());
  const all = rows.find((r) => r.role === 'all');
  assert.ok(all);
  assert.ok(
    all.judged >= 100,
    `${all.judged} judged pairs (${all.unjudged} unjudged: judge them, see README.md)`,
  );
  assert.ok(all.precision >= FLOOR, `precision ${all.precision.toFixed(3)} < ${FLOOR}`);
});
