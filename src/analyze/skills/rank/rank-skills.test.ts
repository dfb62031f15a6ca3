import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../../../errors.ts';
import { loadRanker, loadSkillRankerModel, topK } from './index.ts';

// Sentences are verbatim lines from ../shared/data/listings/tech-leadership/postings.jsonl (listing ids given).
const ranker = loadRanker();
const labels = (s: string, k: number) => ranker.rank(s, k).map((r) => r.label);

test('topK() returns the highest indices in descending order, ties in index order', () => {
  assert.deepEqual(topK(Float32Array.from([1, 3, 2, 3, 0]), 3), [1, 3, 2]);
  assert.deepEqual(topK(Float32Array.from([5]), 3), [0]);
  assert.deepEqual(topK(Float32Array.from([1, 2]), 0), []);
});

test('rank() puts Python (computer programming) in the top 3 for a listing line naming Python (969338abbb12f4f2)', () => {
  assert.ok(labels("- 6+ years' experience with Python.", 3).includes('Python (computer programming)'));
});

test('rank() finds project management and Agile project management for 44854931d07053d4', () => {
  const top = labels('3. Implement best practices for project management, including Agile methodologies.', 5);
  assert.ok(top.includes('Agile project management'));
  assert.ok(top.includes('project management'));
});

test('rank() ranks communication first for a written and verbal communication line (59dfa6bc19b290a3)', () => {
  const s =
    '- Have excellent written and verbal communications skills. Create and deliver effective presentations to Senior Leadership.';
  assert.equal(labels(s, 1)[0], 'communication');
});

test('rank() links a problem-solving line to a problem-solving skill in the top 5 (67b47bc4d9295234)', () => {
  const top = labels('- Strong analytical, problem-solving, and project management skills.', 5);
  assert.ok(top.some((l) => /problem/.test(l)));
});

test('rank() returns ESCO URIs, probabilities in [0,1] ordered with the raw score, and is deterministic', () => {
  const s = '- Proficient in Systems administration (Linux, Windows Server, SQL, Couchbase)';
  const a = ranker.rank(s, 10);
  assert.equal(a.length, 10);
  for (const r of a) {
    assert.match(r.uri, /^http:\/\/data\.europa\.eu\/esco\/skill\//);
    assert.ok(r.score >= 0 && r.score <= 1);
  }
  for (let i = 1; i < a.length; i++) {
    assert.ok((a[i - 1]?.raw ?? 0) >= (a[i]?.raw ?? 0));
    assert.ok((a[i - 1]?.score ?? 0) >= (a[i]?.score ?? 0));
  }
  assert.deepEqual(ranker.rank(s, 10), a);
});

test('rank() gives exactly the scores of combine(features()) that the combiner was fitted on', () => {
  const s = '3. Implement best practices for project management, including Agile methodologies.';
  const raw = ranker.combine(ranker.features(s), ranker.model.combiner.weights);
  assert.deepEqual(
    ranker.rank(s, 10).map((r) => r.raw),
    topK(raw, 10).map((i) => raw[i]),
  );
});

test('loadSkillRankerModel() names the missing file and the command that builds it', () => {
  assert.throws(
    () => loadSkillRankerModel('/nonexistent/skill-ranker'),
    (err: unknown) =>
      err instanceof RoleprintError &&
      err.code === 'DATA' &&
      err.message.includes('/nonexistent/skill-ranker/esco-skills.json.gz') &&
      err.message.includes('npm run train:skills'),
  );
});
