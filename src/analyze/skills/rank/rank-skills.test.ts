import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../../../errors.ts';
import { createSkillRanker, loadRanker, loadSkillRankerModel, topK } from './index.ts';
import { CONCEPT_POOL } from './rank-skills.ts';

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

test('rank() gives the scores of combine(features()) that the combiner was fitted on, over the CONCEPT_POOL best by the other signals', () => {
  const s = '3. Implement best practices for project management, including Agile methodologies.';
  const f = ranker.features(s);
  const w = ranker.model.combiner.weights;
  const lexical = ranker.combine(f, { ...w, concept: 0 });
  const raw = ranker.combine(f, w);
  const expected = topK(lexical, CONCEPT_POOL)
    .sort((a, b) => (raw[b] as number) - (raw[a] as number) || a - b)
    .slice(0, 10);
  const got = ranker.rank(s, 10);
  assert.deepEqual(
    got.map((r) => r.uri),
    expected.map((i) => ranker.model.skills.uri[i]),
  );
  got.forEach((r, j) => {
    assert.ok(Math.abs(r.raw - (raw[expected[j] as number] as number)) < 1e-5);
  });
});

test('rank() puts the skill a person would name in the top 5 (expectations written by hand, not by the ranker)', () => {
  const cases: [string, string][] = [
    [
      'Implement best practices for project management, including Agile methodologies.',
      'Agile project management',
    ],
    ['Mentor junior engineers and review their code.', 'mentor individuals'],
    ['Mentor junior engineers and review their code.', 'conduct ICT code review'],
    ['Administer medication to patients and monitor their vital signs.', 'administer prescribed medication'],
    ['Negotiate contracts with suppliers.', 'negotiate terms with suppliers'],
  ];
  for (const [sentence, label] of cases)
    assert.ok(
      ranker
        .rank(sentence, 5)
        .map((r) => r.label)
        .includes(label),
      `${label} for "${sentence}"`,
    );
});

test('rank() uses the concept signal: a positive weight, and an encoder-less ranker ranks differently (issue 8)', () => {
  // A requirement line of tech-leadership#59dfa6bc19b290a3 names no skill label word for word.
  const s = '- Have excellent written and verbal communications skills.';
  const without = createSkillRanker({ ...ranker.model, encoder: null });
  assert.ok((ranker.model.combiner.weights.concept ?? 0) > 0);
  assert.notDeepEqual(
    ranker.rank(s, 10).map((r) => r.label),
    without.rank(s, 10).map((r) => r.label),
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
