import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConcepts } from '../taxonomy/index.ts';
import type { ConceptStat } from './concept-stats.ts';
import { buildLines, conciseLabel, memberLabel } from './profile-lines.ts';

test('conciseLabel() cuts a long O*NET title before its setting, never leaving a dangling conjunction', () => {
  assert.equal(conciseLabel('Prepare operational budgets'), 'Prepare operational budgets');
  assert.equal(
    conciseLabel('Develop collaborative relationships between departments or with external organizations.'),
    'Develop collaborative relationships between departments',
  );
  assert.equal(
    conciseLabel(
      'Apply mathematical principles or statistical approaches to solve problems in scientific or applied fields.',
    ),
    'Apply mathematical principles or statistical approaches',
  );
});

test('memberLabel() sentence-cases activities and drops the final period', () => {
  const stat = { info: { id: 'x', label: 'Recruit personnel.', kind: 'activity' } } as unknown as ConceptStat;
  assert.equal(memberLabel(stat), 'Recruit personnel');
});

test('buildLines() joins a field with the work on it, and nothing about another subject', () => {
  const catalog = loadConcepts();
  const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
  const cyber = esco('8088750d-8388-4170-a76f-48354c469c44');
  const measures = 'onet:dwa/4.A.3.b.1.I02.D01';
  const policies = 'onet:dwa/4.A.2.b.4.I03.D09';
  const regulations = esco('d433c82e-fa7a-492e-a8fd-eee7b39e4c48');
  const cloudSecurity = esco('1c2978b8-bb0d-4249-9c23-877571a4dffa');
  const science = esco('7b5cce4d-c7fe-4119-b48f-70aa05391787');
  let next = 0;
  // Each concept said by its own listings and its own sentences: only meaning can join them.
  const stat = (id: string, count: number): ConceptStat => {
    const info = catalog.get(id);
    assert.ok(info, id);
    const listings = Array.from({ length: count }, () => next++);
    return {
      id,
      info,
      listings,
      links: [],
      sections: { requirements: count },
      sentences: new Set(listings.map((l) => `${l}:0`)),
    };
  };
  const stats = [
    stat(cyber, 12),
    stat(measures, 9),
    stat(cloudSecurity, 8),
    stat(policies, 7),
    stat(regulations, 6),
    stat(science, 6),
  ];
  const lines = buildLines(stats, catalog, { minCount: 6 });
  const security = lines.find((l) => l.members.some((m) => m.id === cyber));
  assert.deepEqual(
    security?.members.map((m) => m.id),
    [cyber, measures, policies],
    'the field "cyber security" takes the security work: measures and policies',
  );
  assert.equal(security?.listings.length, 12 + 9 + 7);
  // "security regulations" is another field, not nearly the same as "cyber security" (0.59); "cloud security and
  // compliance" is about cloud; "computer science" is about something else.
  assert.ok(!security?.members.some((m) => [regulations, cloudSecurity, science].includes(m.id)));
});
