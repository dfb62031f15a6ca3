import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countConcepts } from './concept-stats.ts';
import { findDistinctiveDuties } from './distinctive-duties.ts';
import { buildLines } from './profile-lines.ts';
import { fixtureListing, fixtureLookup } from './testing.ts';

const DUTIES = ['dwa:dd', 'dwa:boiler', 'dwa:core', 'dwa:collab'];
const lookup = fixtureLookup(
  DUTIES.map((id) => ({ id, kind: 'activity' as const, label: `${id.slice(4)}.` })),
);

// 100 CTO listings, each from its own employer unless said: due diligence (8 listings) is rare and telling; the
// "boiler" duty is one employer's sentence in 6 of its 8 listings; the "core" duty is said by a quarter of them; the
// "collab" duty is said by 8% here and by 30% of every other role's listings.
function listings() {
  const said = (i: number) => [
    ...(i < 8 ? ['dwa:dd'] : []),
    ...(i >= 10 && i < 18 ? ['dwa:boiler'] : []),
    ...(i >= 20 && i < 45 ? ['dwa:core'] : []),
    ...(i >= 50 && i < 58 ? ['dwa:collab'] : []),
  ];
  return Array.from({ length: 100 }, (_, i) =>
    fixtureListing(
      `c${String(i).padStart(3, '0')}`,
      [null, 'cto', undefined, i >= 10 && i < 16 ? 'Acme' : `Co ${i}`],
      said(i).map((id) => ({ duty: `Do ${id}`, concepts: [id] })),
    ),
  );
}

const rare = { listings: 10, employers: 10, roles: {} };
const background = {
  listings: 10_000,
  roles: { a: 100, b: 100, c: 100 },
  concepts: {
    'dwa:dd': rare,
    'dwa:boiler': rare,
    'dwa:core': rare,
    'dwa:collab': { listings: 90, employers: 60, roles: { a: 30, b: 30, c: 30 } },
  },
};

test('findDistinctiveDuties() keeps rare, telling duties: not core, not one employer, not generic', () => {
  const all = listings();
  const lines = buildLines(countConcepts(all, lookup), lookup, { minCount: 3, listings: all.length });
  const found = findDistinctiveDuties(lines, all, { background, roles: ['cto'] });
  assert.deepEqual(
    found.map((d) => d.line.members[0]?.id),
    ['dwa:dd'],
  );
  // Each rule alone: a higher cap lets the core duty in; allowing one employer all of a duty lets "boiler" in.
  const looser = findDistinctiveDuties(lines, all, {
    background,
    roles: ['cto'],
    maxShare: 0.3,
    maxEmployerShare: 1,
  });
  assert.deepEqual(looser.map((d) => d.line.members[0]?.id).sort(), ['dwa:boiler', 'dwa:core', 'dwa:dd']);
});

test("findDistinctiveDuties() leaves out a duty the role's neighbours say nearly as often", () => {
  const all = listings();
  const lines = buildLines(countConcepts(all, lookup), lookup, { minCount: 3, listings: all.length });
  // Due diligence, 8% of CTO listings, is 10 of the 10,000 other listings; but all ten are among 200 listings of a
  // neighbouring role (5%): 1.6× them. Among 100 neighbour listings, too few to measure against, it stays.
  const kinSaid = {
    ...background,
    concepts: { ...background.concepts, 'dwa:dd': { ...rare, roles: { a: 10 } } },
  };
  const near = (a: number) =>
    findDistinctiveDuties(lines, all, {
      background: { ...kinSaid, roles: { ...kinSaid.roles, a } },
      roles: ['cto'],
      kin: ['a'],
    });
  assert.deepEqual(
    near(200).map((d) => d.line.members[0]?.id),
    [],
  );
  assert.deepEqual(
    near(100).map((d) => d.line.members[0]?.id),
    ['dwa:dd'],
  );
});

test('findDistinctiveDuties() leaves out a rare wording of a core line', () => {
  const all = listings();
  const lines = buildLines(countConcepts(all, lookup), lookup, { minCount: 3, listings: all.length });
  const dd = lines.filter((l) => l.members[0]?.id === 'dwa:dd');
  // As though due diligence were a member of a line said by 40 listings.
  const core = [
    { kind: 'duty' as const, members: dd.flatMap((l) => l.members), listings: [...Array(40).keys()] },
  ];
  assert.deepEqual(findDistinctiveDuties(dd, all, { background, roles: ['cto'], core }), []);
  assert.equal(findDistinctiveDuties(dd, all, { background, roles: ['cto'] }).length, 1);
});

test('findDistinctiveDuties() finds a telling duty in a small selection, where a fifth of it is four listings', () => {
  // 19 listings, 5 of them (26%, each its own employer) lead due diligence, which 10 of 10,000 others do.
  const small = Array.from({ length: 19 }, (_, i) =>
    fixtureListing(
      `s${String(i).padStart(2, '0')}`,
      [null, 'cto', undefined, `Co ${i}`],
      i < 5 ? [{ duty: 'Lead due diligence', concepts: ['dwa:dd'] }] : [],
    ),
  );
  const lines = buildLines(countConcepts(small, lookup), lookup, { minCount: 3, listings: small.length });
  const found = findDistinctiveDuties(lines, small, { background, roles: ['cto'] });
  assert.deepEqual(
    found.map((d) => [d.line.members[0]?.id, d.duty.count]),
    [['dwa:dd', 5]],
  );
  // Said by 6 of the 19 it is core work there, not rare.
  const six = small.map((l, i) =>
    i === 5
      ? fixtureListing(
          l.id,
          [null, 'cto', undefined, 'Co 5'],
          [{ duty: 'Lead due diligence', concepts: ['dwa:dd'] }],
        )
      : l,
  );
  const sixLines = buildLines(countConcepts(six, lookup), lookup, { minCount: 3, listings: six.length });
  assert.deepEqual(findDistinctiveDuties(sixLines, six, { background, roles: ['cto'] }), []);
});

test('findDistinctiveDuties() leaves out a topic it can name only by one bare word', () => {
  const topics = fixtureLookup([
    { id: 'topic:due-diligence', kind: 'topic', label: 'due diligence', description: 'Run due diligence' },
    { id: 'topic:timelines', kind: 'topic', label: 'timelines' },
  ]);
  const all = Array.from({ length: 100 }, (_, i) =>
    fixtureListing(
      `t${String(i).padStart(3, '0')}`,
      [null, 'cto', undefined, `Co ${i}`],
      i < 8
        ? [{ duty: 'Own due diligence and timelines', concepts: ['topic:due-diligence', 'topic:timelines'] }]
        : [],
    ),
  );
  const lines = buildLines(countConcepts(all, topics), topics, { minCount: 3, listings: all.length }).filter(
    (l) => l.members.length === 1,
  );
  const bg = {
    listings: 10_000,
    roles: { a: 100 },
    concepts: { 'topic:due-diligence': rare, 'topic:timelines': rare },
  };
  const text = (l: (typeof lines)[number]) => {
    const head = l.members[0]?.info;
    return head?.description ?? head?.label ?? '';
  };
  const found = findDistinctiveDuties(lines, all, { background: bg, roles: ['cto'], text });
  assert.deepEqual(
    found.map((d) => d.duty.text),
    ['run due diligence'],
  );
});

test('findDistinctiveDuties() leaves out a named topic: work most roles share, shown in the themes', () => {
  // Cross-functional work said by 8 of 100 listings of 8 employers and rarely elsewhere would clear every bar of a
  // distinctive duty, as due diligence does beside it; a named topic (data/concepts/named-topics.json) never does.
  const topics = fixtureLookup([
    { id: 'topic:due-diligence', kind: 'topic', label: 'due diligence', description: 'Run due diligence' },
    {
      id: 'topic:cross-functional-collaboration',
      kind: 'topic',
      label: 'cross-functional collaboration',
      description: 'Collaborate with cross-functional teams',
    },
  ]);
  const all = Array.from({ length: 100 }, (_, i) =>
    fixtureListing(
      `x${String(i).padStart(3, '0')}`,
      [null, 'cto', undefined, `Co ${i}`],
      [
        ...(i < 8 ? [{ duty: 'Own due diligence', concepts: ['topic:due-diligence'] }] : []),
        ...(i >= 50 && i < 58
          ? [{ duty: 'Work with cross-functional teams', concepts: ['topic:cross-functional-collaboration'] }]
          : []),
      ],
    ),
  );
  const lines = buildLines(countConcepts(all, topics), topics, { minCount: 3, listings: all.length });
  const bg = {
    listings: 10_000,
    roles: { a: 100 },
    concepts: { 'topic:due-diligence': rare, 'topic:cross-functional-collaboration': rare },
  };
  const found = findDistinctiveDuties(lines, all, { background: bg, roles: ['cto'] });
  assert.deepEqual(
    found.map((d) => d.line.members[0]?.id),
    ['topic:due-diligence'],
  );
  assert.ok(lines.some((l) => l.members[0]?.id === 'topic:cross-functional-collaboration'));
});

test('findDistinctiveDuties() names a duty by the words its text keeps, or by the text when the name says nothing', () => {
  const work = fixtureLookup([
    { id: 'dwa:goals', kind: 'activity', label: 'Develop organizational goals.' },
    { id: 'esco:students', kind: 'skill', label: 'manage therapy students', skillType: 'skill/competence' },
  ]);
  const all = Array.from({ length: 100 }, (_, i) =>
    fixtureListing(
      `w${String(i).padStart(3, '0')}`,
      [null, 'cto', undefined, `Co ${i}`],
      i < 8 ? [{ duty: 'Set goals and manage students', concepts: ['dwa:goals', 'esco:students'] }] : [],
    ),
  );
  const lines = buildLines(countConcepts(all, work), work, { minCount: 3, listings: all.length }).filter(
    (l) => l.members.length === 1,
  );
  const bg = { listings: 10_000, roles: { a: 100 }, concepts: { 'dwa:goals': rare, 'esco:students': rare } };
  const text = (l: (typeof lines)[number]) =>
    l.members[0]?.id === 'dwa:goals' ? 'develop goals' : 'manage therapy students';
  const found = findDistinctiveDuties(lines, all, { background: bg, roles: ['cto'], text });
  assert.deepEqual(found.map((d) => [d.duty.name, d.duty.text]).sort(), [
    ['Goal development', 'develop goals'],
    ['Manage therapy students', 'manage therapy students'],
  ]);
});
