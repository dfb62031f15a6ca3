import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readOnetActivities } from '../taxonomy/concepts/read-onet-activities.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { evaluateConcepts, formatConceptEval, readDutyGold, topIndices } from './concepts-eval.ts';
import { tfidfEncoder } from './concepts-eval-baseline.ts';

const ONET = fileURLToPath(new URL('../../../shared/data/taxonomy/onet-29.2', import.meta.url));
const GOLD = fileURLToPath(new URL('../../test/concepts/duty-gold.jsonl', import.meta.url));
/** Held-out O*NET top-5 measured with `roleprint eval concepts` for the shipped encoder, minus 0.05. */
const ONET_TOP5_FLOOR = 0.562 - 0.05;
/** Duty gold (all 145 labelled rows) top-5 measured the same way, minus 0.05. */
const GOLD_TOP5_FLOOR = 0.421 - 0.05;

test('evaluateConcepts() keeps the shipped encoder above its held-out O*NET floor', () => {
  const { dwas, tasks } = readOnetActivities(ONET);
  const r = evaluateConcepts(loadConcepts().encoder, { dwas, tasks });
  assert.equal(r.onet.tasks, 3414);
  assert.ok(r.onet.top5 >= ONET_TOP5_FLOOR, `top-5 ${r.onet.top5}`);
  assert.ok(r.onet.top1 <= r.onet.top5 && r.onet.mrr >= r.onet.top1 && r.onet.mrr <= r.onet.top5 + 0.2);
  assert.equal(r.gold, null);
});

test('evaluateConcepts() keeps the shipped encoder above its duty gold floor', () => {
  const { dwas, tasks } = readOnetActivities(ONET);
  const r = evaluateConcepts(loadConcepts().encoder, { dwas, tasks, gold: readDutyGold(GOLD) });
  assert.ok(r.gold && r.gold.top5 >= GOLD_TOP5_FLOOR, `gold top-5 ${r.gold?.top5}`);
});

test('evaluateConcepts() scores duty gold rows and counts the skipped ones (tiny hand fixture)', () => {
  const dwas = [
    { id: 'onet:dwa/A.D01', title: 'Hire personnel.', iwaId: 'A', iwaTitle: 'Recruit.' },
    { id: 'onet:dwa/B.D01', title: 'Prepare budgets.', iwaId: 'B', iwaTitle: 'Money.' },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'concepts-eval-'));
  const path = join(dir, 'gold.jsonl');
  writeFileSync(
    path,
    [
      { source: 's', record: '1', sentence: 'Hire great personnel', dwa: ['A.D01'] },
      { source: 's', record: '2', sentence: 'Own the budgets', dwa: ['A.D01', 'B.D01'] },
      { source: 's', record: '3', sentence: 'Free snacks', dwa: [] },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const gold = readDutyGold(path);
  const r = evaluateConcepts(tfidfEncoder(['Hire personnel.', 'Prepare budgets.'], 64), {
    dwas,
    tasks: [],
    gold,
  });
  assert.deepEqual(r.gold, { rows: 2, skipped: 1, top1: 1, top5: 1 });
  assert.equal(r.onet.tasks, 0);
});

test('topIndices() ranks by score, ties by index; formatConceptEval() prints one line per method', () => {
  assert.deepEqual(topIndices(Float32Array.of(0.1, 0.9, 0.5, 0.9), 3), [1, 3, 2]);
  const r = { onet: { tasks: 3, top1: 0.5, top5: 0.75, mrr: 0.6, iwaTop1: 0.7 }, gold: null };
  const text = formatConceptEval({ encoder: r, tfidf: r });
  assert.match(text, /held-out O\*NET/);
  assert.equal(text.split('\n').length, 3);
});
