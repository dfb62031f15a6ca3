import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConcepts } from './load-concepts.ts';

const HIRE = 'onet:dwa/4.A.4.c.2.I01.D03';
const RECRUIT = 'onet:dwa/4.A.4.c.2.I01.D05';
const BUDGET = 'onet:dwa/4.A.4.b.4.I09.D05';
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

test('loadConcepts() is memoized and answers DWAs with their IWA', () => {
  const c = loadConcepts();
  assert.equal(loadConcepts(), c);
  assert.deepEqual(c.get(HIRE), {
    id: HIRE,
    kind: 'activity',
    label: 'Hire personnel.',
    broader: { id: 'onet:iwa/4.A.4.c.2.I01', label: 'Perform recruiting or hiring activities.' },
    inCatalog: true,
  });
});

test('get() answers ESCO skills and tools outside the catalog from the taxonomy', () => {
  const c = loadConcepts();
  const python = c.get(PYTHON);
  assert.equal(python?.label, 'Python (computer programming)');
  assert.equal(python?.kind, 'skill');
  assert.equal(c.get('roleprint:tool/nonexistent-tool-xyz'), undefined);
  assert.equal(c.get('onet:dwa/none'), undefined);
});

test('nearest() finds hiring for listing phrasings of hiring, and filters by kind', () => {
  const c = loadConcepts();
  // Duties from tech-leadership#3fdcfff612278474 and #44854931d07053d4.
  for (const text of [
    'Attract, hire, and retain top talent around the world',
    'Recruit, mentor, and retain top technical talent',
  ]) {
    const ids = c.nearest(c.encode(text), 5, ['activity']).map((n) => n.id);
    assert.ok(ids.includes(HIRE) || ids.includes(RECRUIT), `${text}: ${ids.join(', ')}`);
  }
  const budget = c.nearest(c.encode('Own the engineering budget'), 5, ['activity']);
  assert.ok(
    budget.some((n) => n.id === BUDGET || c.get(n.id)?.label.includes('budget')),
    JSON.stringify(budget),
  );
  assert.ok(c.nearest(c.encode('Python'), 3, ['skill']).every((n) => n.kind === 'skill'));
  const scores = budget.map((n) => n.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
});

test('similarity() is higher for related concepts, 0 for unknown ids; probability() rises with the cosine', () => {
  const c = loadConcepts();
  assert.ok(c.similarity(HIRE, RECRUIT) > c.similarity(HIRE, BUDGET));
  assert.equal(c.similarity(HIRE, 'onet:dwa/none'), 0);
  assert.ok(c.probability(0.8, 'activity') > c.probability(0.4, 'activity'));
});

test('loadConcepts({ topics }) adds topics with prototypes from their label and variants', () => {
  const c = loadConcepts({
    topics: [{ id: 'topic:on-call', label: 'on-call rotation', variants: ['on call', 'pager duty'] }],
  });
  assert.equal(c.get('topic:on-call')?.kind, 'topic');
  assert.equal(c.nearest(c.encode('on-call rotation'), 1, ['topic'])[0]?.id, 'topic:on-call');
});

test('subject() is the head noun of what a concept is about, never its verb or the people it is done to', () => {
  const c = loadConcepts();
  const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
  assert.equal(c.subject(esco('8088750d-8388-4170-a76f-48354c469c44')), 'security'); // cyber security
  assert.equal(c.subject('onet:dwa/4.A.3.b.1.I02.D01'), 'security'); // Implement security measures for computer …
  assert.equal(c.subject('onet:dwa/4.A.2.b.4.I03.D09'), 'security'); // Develop computer or information security …
  // The head noun is the subject: "cloud security and compliance" is about compliance, "data visualization" about
  // visualization, not about data.
  assert.equal(c.subject(esco('1c2978b8-bb0d-4249-9c23-877571a4dffa')), 'compliance');
  const byLabel = (label: string) =>
    c.nearest(c.encode(label), 10).find((x) => c.get(x.id)?.label.toLowerCase() === label)?.id ?? '';
  assert.equal(c.subject(byLabel('data visualization')), 'visualization');
  assert.equal(c.subject(byLabel('nursing practices')), 'nursing'); // "practices" names no subject of its own
  assert.equal(c.subject(esco('1638fad2-6858-477d-8ee9-2aa463870602')), 'securities'); // manage securities
  const recruit = c.nearest(c.encode('recruit employees'), 1)[0]?.id ?? '';
  assert.notEqual(c.subject(recruit), 'employees');
  assert.equal(c.subject('no-such-concept'), undefined);
});
