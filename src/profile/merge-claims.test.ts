import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedListing } from '../analyze/index.ts';
import type { StatementCluster } from './cluster-statements.ts';
import { mergeClaims, restatesSkills } from './merge-claims.ts';
import { fixtureListing } from './testing.ts';

const COMMUNICATION = 'http://data.europa.eu/esco/skill/communication';
const PYTHON = 'http://data.europa.eu/esco/skill/python';

// A listing whose one statement names the skill at `surface`, found by the analyzer inside the statement.
function listing(id: string, part: { duty?: string; requirement?: string }, surface: string, uri: string) {
  const l = fixtureListing(id, [null], [part]);
  const start = l.text.indexOf(surface);
  l.skills.push({
    uri,
    label: surface,
    type: 'skill/competence',
    score: 0.9,
    need: null,
    spans: [{ start, end: start + surface.length, text: surface }],
  });
  return l;
}

function cluster(listings: AnalyzedListing[], at: number[], section: StatementCluster['section']) {
  const members = at.map((i) => ({ listing: i, statement: listings[i]?.statements[0] ?? ({} as never) }));
  return {
    canonical: members[0]?.statement.canonical ?? '',
    tokens: [],
    listings: at,
    section,
    members,
  } satisfies StatementCluster;
}

test('mergeClaims() merges two requirements asking for the same skill in other words, keeping the larger phrasing', () => {
  const listings = [
    listing(
      'a',
      { requirement: 'Excellent written and verbal communication skills' },
      'communication',
      COMMUNICATION,
    ),
    listing(
      'b',
      { requirement: 'Excellent written and verbal communication skills' },
      'communication',
      COMMUNICATION,
    ),
    listing(
      'c',
      { requirement: 'Strong communication, able to explain tech to anyone' },
      'communication',
      COMMUNICATION,
    ),
  ];
  const merged = mergeClaims(
    [cluster(listings, [0, 1], 'requirements'), cluster(listings, [2], 'requirements')],
    listings,
  );
  assert.deepEqual(
    merged.map((c) => [c.canonical, c.listings, c.members.length]),
    [['Excellent written and verbal communication skills', [0, 1, 2], 3]],
  );
});

test('mergeClaims() keeps duties apart when their verbs differ or their skills differ', () => {
  const listings = [
    listing('a', { duty: 'Teach Python to new hires' }, 'Python', PYTHON),
    listing('b', { duty: 'Build services in Python' }, 'Python', PYTHON),
    listing('c', { duty: 'Build trust through clear communication' }, 'communication', COMMUNICATION),
  ];
  const merged = mergeClaims(
    [
      cluster(listings, [0], 'responsibilities'),
      cluster(listings, [1], 'responsibilities'),
      cluster(listings, [2], 'responsibilities'),
    ],
    listings,
  );
  assert.deepEqual(
    merged.map((c) => c.canonical),
    ['Build services in Python', 'Build trust through clear communication', 'Teach Python to new hires'],
  );
});

test('mergeClaims() never merges a degree with experience in the same field', () => {
  const listings = [
    listing('a', { requirement: 'Degree in computer science' }, 'computer science', PYTHON),
    listing('b', { requirement: 'Experience in computer science research' }, 'computer science', PYTHON),
  ];
  const merged = mergeClaims(
    [cluster(listings, [0], 'requirements'), cluster(listings, [1], 'requirements')],
    listings,
  );
  assert.equal(merged.length, 2);
});

test('mergeClaims() leaves apart a statement that says more than the skill it names', () => {
  const listings = [
    listing(
      'a',
      { requirement: 'Excellent written and verbal communication skills' },
      'communication',
      COMMUNICATION,
    ),
    listing(
      'b',
      { requirement: 'Drive consensus and outcomes, breaking down silos and fostering cross communication' },
      'communication',
      COMMUNICATION,
    ),
  ];
  const merged = mergeClaims(
    [cluster(listings, [0], 'requirements'), cluster(listings, [1], 'requirements')],
    listings,
  );
  assert.equal(merged.length, 2);
});

test('restatesSkills() is true for a requirement that only names a shown skill, false for a degree or an unshown skill', () => {
  const listings = [
    listing(
      'a',
      { requirement: 'Excellent written and verbal communication skills' },
      'communication',
      COMMUNICATION,
    ),
    listing('b', { requirement: 'Degree in computer science' }, 'computer science', PYTHON),
  ];
  const comm = cluster(listings, [0], 'requirements');
  assert.equal(restatesSkills(comm, listings, new Set([COMMUNICATION]), 0.5), true);
  assert.equal(restatesSkills(comm, listings, new Set([PYTHON]), 0.5), false);
  assert.equal(
    restatesSkills(cluster(listings, [1], 'requirements'), listings, new Set([PYTHON]), 0.5),
    false,
  );
});

test('mergeClaims() merges duties with one verb and mostly the same object, not ones sharing a verb only', () => {
  const duty = (id: string, text: string) => fixtureListing(id, [null], [{ duty: text }]);
  const listings = [
    duty('a', 'Build and scale the data platform services'),
    duty('b', 'Build scalable data platform services'),
    duty('c', 'Build the data team'),
  ];
  const merged = mergeClaims(
    [0, 1, 2].map((i) => cluster(listings, [i], 'responsibilities')),
    listings,
  );
  assert.deepEqual(
    merged.map((c) => [c.canonical, c.listings]),
    [
      ['Build and scale the data platform services', [0, 1]],
      ['Build the data team', [2]],
    ],
  );
});
