import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPipeline, createAnalyzer, defaultComponents } from './index.ts';

test('defaultComponents() passes the pipeline check in the documented order', async () => {
  const steps = checkPipeline(await defaultComponents());
  assert.deepEqual(
    steps.map((s) => s.name),
    ['language', 'sections', 'statements', 'skills', 'concepts', 'role'],
  );
});

test('createAnalyzer(defaultComponents()) analyzes a listing end to end', async () => {
  // A small hand-built listing in the HN comment shape (edge-case fixture; real listings are covered per component).
  const analyze = createAnalyzer(await defaultComponents());
  const text = [
    'Acme | Senior Backend Engineer | NYC | ONSITE',
    'What you will do:',
    '- Design and build scalable APIs in Python and PostgreSQL',
    'Requirements:',
    '- 5+ years of experience with Kubernetes',
  ].join('\n');
  const out = analyze({
    id: 'x',
    key: 't#1',
    source: 't',
    recordKey: '1',
    locator: 'line 1',
    title: 'Senior Backend Engineer',
    titles: ['Senior Backend Engineer'],
    company: 'Acme',
    location: 'NYC',
    url: null,
    postedAt: null,
    remote: false,
    salary: null,
    meta: {},
    text,
    contentHash: 'h',
  });
  assert.ok(out.sections.some((s) => s.kind === 'responsibilities'));
  assert.ok(out.statements.some((s) => s.years === 5));
  const labels = out.skills.map((s) => s.label);
  assert.ok(
    labels.some((l) => /python/i.test(l)),
    labels.join(', '),
  );
  assert.equal(out.role?.seniority, 'senior');
  // The Python mention is a phrase link of its sentence.
  const python = out.skills.find((s) => /python/i.test(s.label));
  assert.ok(
    out.concepts.some((c) => c.id === python?.uri && c.by === 'phrase' && c.section === 'responsibilities'),
  );
});
