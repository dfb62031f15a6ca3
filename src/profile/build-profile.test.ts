import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedListing } from '../analyze/index.ts';
import { buildProfile, dutyTopicText, fillUp, lineText } from './build-profile.ts';
import {
  type ConceptBackground,
  type ConceptInfo,
  type ConceptLookup,
  type ConceptStat,
  countConcepts,
} from './concept-stats.ts';
import type { Line } from './profile-lines.ts';
import { type FixturePart, fixtureListing, fixtureLookup } from './testing.ts';

const INFO: Record<string, ConceptInfo> = {
  'dwa:recruit': { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
  'esco:recruit': {
    id: 'esco:recruit',
    kind: 'skill',
    label: 'recruit employees',
    skillType: 'skill/competence',
  },
  'dwa:budget': { id: 'dwa:budget', kind: 'activity', label: 'Prepare operational budgets.' },
  'dwa:strategy': {
    id: 'dwa:strategy',
    kind: 'activity',
    label: 'Develop organizational goals or objectives.',
  },
  'topic:due-diligence': {
    id: 'topic:due-diligence',
    kind: 'topic',
    label: 'Technical due diligence',
    description: 'Lead technical due diligence for acquisitions',
  },
  'esco:python': {
    id: 'esco:python',
    kind: 'skill',
    label: 'Python (computer programming)',
    skillType: 'knowledge',
  },
  'esco:sql': { id: 'esco:sql', kind: 'skill', label: 'SQL', skillType: 'knowledge' },
  'esco:go': { id: 'esco:go', kind: 'skill', label: 'Go', skillType: 'knowledge' },
  'tool:k8s': { id: 'tool:k8s', kind: 'skill', label: 'Kubernetes', skillType: 'tool' },
};
// Closeness in meaning: hiring concepts are near-synonyms, technologies one family, management duties another.
const FAMILY: Record<string, string> = {
  'dwa:recruit': 'hire',
  'esco:recruit': 'hire',
  'esco:python': 'tech',
  'esco:sql': 'tech',
  'esco:go': 'tech',
  'tool:k8s': 'tech',
  'dwa:budget': 'manage',
  'dwa:strategy': 'manage',
};
const lookup: ConceptLookup = {
  get: (id) => INFO[id],
  similarity: (a, b) =>
    a === b ? 1 : FAMILY[a] === 'hire' && FAMILY[b] === 'hire' ? 0.9 : FAMILY[a] === FAMILY[b] ? 0.6 : 0.2,
};

// Named technologies are found by their names (skill spans), not by meaning.
const named = (id: string) => ({ id, score: 0.9, by: 'phrase' as const });

// 40 CTO listings from 40 companies: half dated 2024, half 2025. Hiring is said in two wordings that link to two
// recruiting concepts; Kubernetes rises; five lead due diligence, a rare duty other roles never mention.
function roleListings(): AnalyzedListing[] {
  return Array.from({ length: 40 }, (_, i) => {
    const parts: FixturePart[] = [
      i % 2 === 0
        ? { duty: 'Hire world-class engineers', concepts: ['dwa:recruit', 'esco:recruit'] }
        : i % 4 === 1
          ? { duty: 'Attract and grow top talent', concepts: ['dwa:recruit'] }
          : { duty: 'Build a strong team', concepts: ['dwa:recruit'] },
    ];
    if (i % 3 === 0) parts.push({ duty: 'Own the engineering budget', concepts: ['dwa:budget'] });
    if (i % 2 === 0) parts.push({ duty: 'Define the technical strategy', concepts: ['dwa:strategy'] });
    if (i < 5) parts.push({ duty: 'Lead due diligence for acquisitions', concepts: ['topic:due-diligence'] });
    if (i < 30)
      parts.push({ requirement: 'Python and SQL', concepts: [named('esco:python'), named('esco:sql')] });
    if (i < 12) parts.push({ requirement: 'Go', concepts: [named('esco:go')] });
    if (i < 20 ? i < 2 : i < 38) parts.push({ requirement: 'Kubernetes', concepts: [named('tool:k8s')] });
    parts.push({ requirement: "Bachelor's degree in computer science; 10+ years of experience", years: 10 });
    const id = `r${String(i).padStart(2, '0')}`;
    return {
      ...fixtureListing(id, [i < 20 ? '2024-03-01' : '2025-03-01', 'cto'], parts),
      company: `Company ${i}`,
    };
  });
}

const background: ConceptBackground = {
  listings: 1000,
  roles: { cto: 40, nurse: 960 },
  concepts: {
    'dwa:recruit': { listings: 300, employers: 200, roles: { cto: 40, nurse: 260 } },
    'topic:due-diligence': { listings: 7, employers: 5, roles: { cto: 5, nurse: 2 } },
    'dwa:budget': { listings: 400, employers: 200, roles: { cto: 14, nurse: 386 } },
  },
};

test('buildProfile() counts a concept over every wording that links to it', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  const hiring = p.responsibilities.find((r) => r.concepts.some((c) => c.id === 'dwa:recruit'));
  assert.ok(hiring);
  assert.equal(hiring.count, 40);
  // Named in the listings' common words (20 listings of 20 employers write "Hire … engineers"), not a sentence of one,
  // and without their praise ("world-class").
  assert.equal(hiring.text, 'Hire engineers');
  // The ESCO skill said by the same sentences is the same line, shown as a member with its own count.
  assert.deepEqual(
    hiring.members.map((m) => [m.id, m.count]),
    [
      ['dwa:recruit', 40],
      ['esco:recruit', 20],
    ],
  );
});

test("buildProfile() lists no line that one employer's listings carry", () => {
  // Go is asked by 12 of 40 listings (a line needs 3): by 12 employers it is a line; when one employer posts 11 of
  // them it is that employer's template, 2 listings with its eleven counted as one.
  const lines = (companies: (i: number) => string) =>
    buildProfile(
      roleListings().map((l, i) => ({ ...l, company: companies(i) })),
      { concepts: lookup, background },
    ).skills.map((i) => i.text);
  assert.ok(lines((i) => `Company ${i}`).includes('Go'));
  assert.ok(!lines((i) => (i < 11 ? 'Acme' : `Company ${i}`)).includes('Go'));
  // Three employers at least: two cannot make a line, however many listings they post.
  assert.ok(!lines((i) => (i % 2 === 0 ? 'Acme' : 'Beta')).includes('Go'));
});

test('buildProfile() never writes one listing sentence as a line', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  const texts = [...p.responsibilities, ...p.skills, ...p.themes.flatMap((t) => t.items)].map((i) => i.text);
  for (const sentence of ['Own the engineering budget', 'Python and SQL', 'Build a strong team'])
    assert.ok(!texts.includes(sentence), sentence);
});

test('buildProfile() themes mix skills and duties and carry a coherence', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  assert.ok(p.themes.length >= 1);
  for (const t of p.themes) {
    assert.ok(t.items.length >= 2 && t.items.length <= 5, t.name);
    assert.ok(t.coherence >= 0 && t.coherence <= 1);
  }
  const kinds = new Set(p.themes.flatMap((t) => t.items.map((i) => i.kind)));
  assert.ok(kinds.has('skill') && kinds.has('duty'));
});

test('buildProfile() shows each concept in one theme only, bundled or not', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  const ids = p.themes.flatMap((t) => t.items.flatMap((i) => i.concepts.map((c) => c.id)));
  assert.deepEqual(ids, [...new Set(ids)]);
});

test('buildProfile() finds a rare duty distinctive against the background, not a common one', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  assert.deepEqual(
    p.distinctive.map((d) => d.name),
    ['Technical due diligence'],
  );
  const d = p.distinctive[0];
  assert.ok(d && d.lift >= 5 && d.employers >= 3 && d.stability >= 0.7);
  assert.equal(d?.text, 'lead technical due diligence for acquisitions');
  assert.equal(buildProfile(roleListings(), { concepts: lookup }).distinctive.length, 0);
});

test('buildProfile() reports the rise of Kubernetes and states it in the headline with q', () => {
  const p = buildProfile(roleListings(), { concepts: lookup, background });
  assert.equal(p.trends?.rising[0]?.text, 'Kubernetes');
  assert.match(p.headline, /Kubernetes rose from 10% to 90% of listings \(p < 0\.001, q < 0\.001\)/);
});

test('buildProfile() counts degrees and years as qualification lines', () => {
  const p = buildProfile(roleListings(), { concepts: lookup });
  const degree = p.qualifications.find((q) => q.text === 'A degree');
  assert.equal(degree?.count, 40);
  assert.deepEqual(
    degree?.members.map((m) => m.label),
    ["Bachelor's"],
  );
  assert.equal(p.experience.medianYears, 10);
});

test('buildProfile() gives the same profile whatever the input order', () => {
  const a = buildProfile(roleListings(), { concepts: lookup, background });
  const b = buildProfile(roleListings().reverse(), { concepts: lookup, background });
  assert.deepEqual(JSON.stringify(a), JSON.stringify(b));
});

test('lineText() names a bundle of tools by its members', () => {
  const member = (id: string) => ({
    id,
    info: INFO[id] as ConceptInfo,
    listings: [0],
    links: [],
    sections: {},
    sentences: new Set<number>(),
  });
  assert.equal(
    lineText({ kind: 'skill', members: [member('esco:python'), member('esco:sql')], listings: [0] }, []),
    'Python or SQL',
  );
});

test('buildProfile() leaves out a corpus topic about the role itself, not one about its work', () => {
  const topic = (id: string, label: string) =>
    ({ id, kind: 'topic', label, description: `Provide ${label}` }) as const;
  const lookup = fixtureLookup(
    [topic('topic:nursing-service', 'nursing service'), topic('topic:wound-care', 'wound care')],
    () => 0,
    { 'topic:nursing-service': 'nursing', 'topic:wound-care': 'wound' },
  );
  const parts = [
    { duty: 'Join our district nursing service', concepts: ['topic:nursing-service'] },
    { duty: 'Dress wounds and manage wound care', concepts: ['topic:wound-care'] },
  ];
  const listings = ['a', 'b', 'c', 'd'].map((id) => fixtureListing(id, ['2024-01-02', 'nurse'], parts));
  const concepts = (role: string) =>
    buildProfile(
      listings.map((l) => ({ ...l, role: l.role && { ...l.role, label: role } })),
      { concepts: lookup },
    ).responsibilities.flatMap((i) => i.concepts.map((c) => c.id));
  assert.deepEqual(concepts('Registered Nurse'), ['topic:wound-care']);
  // For another role, nursing services are a subject like any other.
  assert.deepEqual(concepts('Care Home Manager').sort(), ['topic:nursing-service', 'topic:wound-care']);
});

test('buildProfile() lists no distinctive duty that names the occupation itself', () => {
  const lookup = fixtureLookup([
    {
      id: 'esco:policies',
      kind: 'skill',
      label: 'establish nursing policies',
      skillType: 'skill/competence',
    },
    { id: 'topic:wound', kind: 'topic', label: 'Wound care', description: 'Run wound care clinics' },
  ]);
  const parts = (i: number) =>
    i < 6
      ? [
          { duty: 'Set and review the nursing policies of the ward', concepts: ['esco:policies'] },
          { duty: 'Run our wound care clinics', concepts: ['topic:wound'] },
        ]
      : [];
  const listings = Array.from({ length: 40 }, (_, i) => ({
    ...fixtureListing(`n${i}`, ['2024-01-02', 'nurse', undefined, `Trust ${i}`], parts(i)),
    company: `Trust ${i}`,
  }));
  const bg: ConceptBackground = {
    listings: 1000,
    roles: { nurse: 40 },
    concepts: {
      'esco:policies': { listings: 6, employers: 6, roles: { nurse: 6 } },
      'topic:wound': { listings: 6, employers: 6, roles: { nurse: 6 } },
    },
  };
  const distinctive = (role: string) =>
    buildProfile(
      listings.map((l) => ({ ...l, role: l.role && { ...l.role, label: role } })),
      { concepts: lookup, background: bg },
    ).distinctive.map((d) => d.name);
  assert.deepEqual(distinctive('Registered Nurse'), ['Wound care']);
  // For a ward manager, setting nursing policies is telling.
  assert.deepEqual(distinctive('Ward Manager').sort(), ['Nursing policies', 'Wound care']);
});

test('buildProfile() counts a field said mostly as a degree subject as a qualification, not a skill', () => {
  const lookup = fixtureLookup([
    { id: 'esco:cs', kind: 'skill', label: 'computer science', skillType: 'knowledge' },
  ]);
  const profile = (requirement: string) =>
    buildProfile(
      ['a', 'b', 'c', 'd'].map((id) =>
        fixtureListing(id, ['2024-01-02', 'cto'], [{ requirement, concepts: [named('esco:cs')] }]),
      ),
      { concepts: lookup },
    );
  const degree = profile("Bachelor's degree in Computer Science or a related field");
  assert.deepEqual(
    degree.qualifications.map((q) => q.text),
    ['A degree', 'Degree in Computer science'],
  );
  assert.equal(degree.skills.length, 0);
  const skill = profile('Solid grounding in computer science fundamentals');
  assert.deepEqual(
    skill.skills.map((s) => s.text),
    ['Computer science'],
  );
  assert.equal(skill.qualifications.length, 0);
});

test('fillUp() bundles the spare named tools first and gives the room they take to the next spare lines', () => {
  const first = (n: number) => Array.from({ length: n }, (_, i) => i);
  const stat = (id: string, info: ConceptInfo, n: number) =>
    ({ id, info, listings: first(n) }) as unknown as ConceptStat;
  const tool = (label: string, n: number): Line => ({
    kind: 'skill',
    members: [stat(`tool:${label}`, { id: `tool:${label}`, kind: 'skill', label, skillType: 'tool' }, n)],
    listings: first(n),
  });
  const duty = (label: string, n: number): Line => ({
    kind: 'duty',
    members: [stat(`topic:${label}`, { id: `topic:${label}`, kind: 'topic', label, description: label }, n)],
    listings: first(n),
  });
  const bundle: Line = {
    kind: 'skill',
    members: [tool('React', 9), tool('Python', 9), tool('Go', 9)].flatMap((l) => l.members),
    listings: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  };
  const shown = fillUp(
    [bundle, duty('backend', 8)],
    [
      tool('PostgreSQL', 7),
      duty('full-stack', 6),
      duty('APIs', 5),
      duty('front-end', 4),
      duty('testing', 3),
      tool('Node.js', 2),
    ],
    true,
  );
  // PostgreSQL and Node.js, the theme's named tools, join the bundle first; four duties follow, five lines in all.
  assert.deepEqual(
    shown.map((l) => l.members.map((m) => m.info.label).join(', ')),
    ['React, Python, Go, PostgreSQL, Node.js', 'backend', 'full-stack', 'APIs', 'front-end'],
  );
  // Unbundled, a spare line is a line of its own.
  assert.equal(fillUp([duty('a', 9)], [duty('b', 8), duty('c', 7)], false).length, 3);
});

test('dutyTopicText() names a distinctive topic by the work a member says when its own verb is not the listings', () => {
  // Tech leadership's "Industry trends": no listing "stays abreast of" them, most name no employer, and the line's
  // activity says what is done with them.
  const lookup = fixtureLookup([
    {
      id: 'topic:trends',
      kind: 'topic',
      label: 'industry trends',
      description: 'Stay abreast of industry trends',
    },
    { id: 'dwa:trends', kind: 'activity', label: 'Monitor technology trends.' },
  ]);
  const duties = [
    'Monitor technology trends and industry trends',
    'Follow industry trends',
    'Keep up with industry trends',
    'Track industry trends and technology trends',
  ];
  const listings = duties.map((duty, i) =>
    fixtureListing(
      `l${i}`,
      [null],
      [{ duty, concepts: i % 2 === 0 ? ['topic:trends', 'dwa:trends'] : ['topic:trends'] }],
    ),
  );
  const members = countConcepts(listings, lookup);
  const line: Line = { kind: 'duty', members, listings: listings.map((_, i) => i) };
  assert.equal(members[0]?.id, 'topic:trends');
  assert.match(dutyTopicText(line, listings), /^Monitor technology trends$/);
  assert.equal(dutyTopicText({ ...line, members: members.slice(0, 1) }, listings), 'Industry trends');
});

test('buildProfile() lists a line fifty of a large selection say, below 5%, but themes only the commoner ones', () => {
  // 1,200 listings: every one hires, 55 (4.6%) ask for Python, 40 prepare budgets.
  const listings = Array.from({ length: 1200 }, (_, i) => {
    const parts: FixturePart[] = [{ duty: 'Hire engineers for the team', concepts: [named('dwa:recruit')] }];
    if (i < 55) parts.push({ requirement: 'Python', concepts: [named('esco:python')] });
    if (i < 40) parts.push({ duty: 'Prepare the budget', concepts: [named('dwa:budget')] });
    return fixtureListing(`big${String(i).padStart(4, '0')}`, [null, 'cto', 'src', `Co ${i}`], parts);
  });
  const p = buildProfile(listings, { concepts: lookup, background });
  const listed = [...p.responsibilities, ...p.skills].flatMap((i) => i.concepts.map((c) => c.id));
  assert.ok(listed.includes('esco:python'), 'fifty listings make a line however many were selected');
  assert.ok(!listed.includes('dwa:budget'), 'forty do not');
  const themed = p.themes.flatMap((t) => t.items.flatMap((i) => i.concepts.map((c) => c.id)));
  assert.ok(!themed.includes('esco:python'), 'a theme line needs 5% of the listings');
});
