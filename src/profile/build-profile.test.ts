import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedListing } from '../analyze/index.ts';
import { buildProfile, gatherSingles } from './build-profile.ts';
import { buildCorpusStats } from './corpus-stats.ts';
import { type FixturePart, fixtureListing } from './testing.ts';

const PY = { uri: 'esco:python', label: 'Python (computer programming)', surface: 'Python' };
const K8S = { uri: 'roleprint:tool/kubernetes', label: 'Kubernetes', type: 'tool', surface: 'Kubernetes' };
const STAFF = {
  uri: 'esco:manage-staff',
  label: 'manage staff',
  type: 'skill/competence',
  surface: 'managing staff',
  lead: 'You will be',
};
const GROUPS: Record<string, string[]> = {
  'esco:python': [
    'knowledge',
    'information and communication technologies (icts)',
    'software and applications development and analysis',
  ],
  'esco:manage-staff': ['skills', 'management skills', 'supervising people'],
  'roleprint:tool/kubernetes': ['Application server software'],
};

// 40 CTO listings: half dated 2024, half 2025; Kubernetes rises; five ask for M&A due diligence; five carry EEO text.
function roleListings(): AnalyzedListing[] {
  return Array.from({ length: 40 }, (_, i) => {
    const parts: FixturePart[] = [{ duty: 'Lead the engineering team' }];
    if (i % 2 === 0) parts.push({ duty: 'Define the technical roadmap' });
    if (i < 5) parts.push({ duty: 'Lead technology due diligence for acquisitions' });
    if (i >= 5 && i < 10) parts.push({ duty: 'Promote equal opportunity in hiring' });
    if (i < 30) parts.push({ skill: PY });
    if (i < 20 ? i < 2 : i < 35) parts.push({ skill: K8S });
    if (i % 4 === 0) parts.push({ skill: STAFF });
    parts.push({ requirement: '10+ years of software engineering experience', years: 10 });
    const id = `r${String(i).padStart(2, '0')}`;
    return {
      ...fixtureListing(id, [i < 20 ? '2024-03-01' : '2025-03-01', 'cto'], parts),
      company: `Company ${i}`,
    };
  });
}

function background(): AnalyzedListing[] {
  return Array.from({ length: 100 }, (_, i) =>
    fixtureListing(
      `b${String(i).padStart(3, '0')}`,
      ['2024-06-01', 'nurse'],
      [
        { duty: i % 2 === 0 ? 'Lead the engineering team' : 'Care for patients on the ward' },
        { duty: 'Promote equal opportunity in hiring' },
      ],
    ),
  );
}

const options = () => ({
  background: buildCorpusStats([...roleListings(), ...background()]),
  skillGroups: (uri: string) => GROUPS[uri] ?? null,
});

test('buildProfile() counts responsibilities as distinct listings with Wilson intervals', () => {
  const p = buildProfile(roleListings(), options());
  assert.equal(p.listings.count, 40);
  assert.deepEqual(
    p.responsibilities.map((r) => [r.text, r.count]),
    [
      ['Lead the engineering team', 40],
      ['Define the technical roadmap', 20],
    ],
  );
  assert.deepEqual(p.responsibilities[1]?.ci, [0.352, 0.648]);
  assert.equal(p.responsibilities[1]?.evidence.length, 3);
  assert.deepEqual(p.experience, { listings: 40, medianYears: 10 });
  assert.deepEqual(p.role, { slug: 'cto', label: 'CTO', onetSoc: null, escoOccupation: null });
});

test('buildProfile() moves a rare, distinctive duty to unique and leaves boilerplate out', () => {
  const p = buildProfile(roleListings(), options());
  assert.deepEqual(
    p.unique.map((u) => [u.name, u.text, u.count]),
    [['Leading technology due diligence', 'lead technology due diligence for acquisitions', 5]],
  );
  assert.equal(p.unique[0]?.lift, 12.625);
  assert.ok(p.responsibilities.every((r) => !/equal opportunity/.test(r.text)));
});

test("buildProfile() does not call one employer's template duty unique", () => {
  const listings = roleListings().map((l) => ({ ...l, company: 'Acme' }));
  const p = buildProfile(listings, options());
  assert.deepEqual(p.unique, []);
});

test('buildProfile() finds no unique duty without a background to compare with', () => {
  const p = buildProfile(roleListings(), { skillGroups: options().skillGroups });
  assert.deepEqual(p.unique, []);
});

test('buildProfile() reports a rising tool between years with its p-value', () => {
  const p = buildProfile(roleListings(), options());
  assert.deepEqual(p.trends?.compared, {
    from: { period: '2024', count: 20 },
    to: { period: '2025', count: 20 },
  });
  assert.deepEqual(
    p.trends?.rising.map((t) => [t.text, t.from.count, t.to.count]),
    [['Kubernetes', 2, 15]],
  );
  assert.ok((p.trends?.rising[0]?.p ?? 1) < 0.001);
  assert.match(p.headline, /From 2024 to 2025, Kubernetes rose from 10% to 75% of listings/);
});

test('buildProfile() names themes after the taxonomy groups and counts skills per listing', () => {
  const p = buildProfile(roleListings(), options());
  const items = p.themes.flatMap((t) => t.items.map((i) => [t.name, i.text, i.count]));
  assert.deepEqual(items, [
    ['Software & Applications Development', 'Experience with Python', 30],
    ['Software & Applications Development', 'Experience with Kubernetes', 17],
    ['Supervising People', 'Manage staff', 10],
  ]);
});

test('buildProfile() gives the same profile whatever the input order', () => {
  const a = buildProfile(roleListings(), options());
  const b = buildProfile(roleListings().reverse(), options());
  assert.equal(JSON.stringify(a), JSON.stringify(b));
});

test('buildProfile() leaves out duties in the past tense and requirements opening on a conjunction', () => {
  const listings = Array.from({ length: 6 }, (_, i) =>
    fixtureListing(
      `c${i}`,
      [null, 'registered-nurse'],
      [
        { duty: 'Support the charge nurse on the ward' },
        { duty: 'Supported by the senior nurse team' },
        { requirement: 'Then our senior staff nurse post may be what you are looking for' },
        { requirement: 'Proven post registration experience' },
      ],
    ),
  ).map((l, i) => ({ ...l, company: `Trust ${i}` }));
  const p = buildProfile(listings);
  assert.deepEqual(
    p.responsibilities.map((r) => r.text),
    ['Support the charge nurse on the ward'],
  );
  assert.deepEqual(
    p.requirements.map((r) => r.text),
    ['Proven post registration experience'],
  );
});

test('gatherSingles() gathers one-bullet themes past the fourth into one last "Other Skills" theme', () => {
  const item = (text: string, count: number) => ({
    text,
    count,
    share: count / 20,
    ci: [0, 1] as [number, number],
    kind: 'skill' as const,
    skills: [],
    evidence: [],
  });
  const theme = (name: string, ...items: ReturnType<typeof item>[]) => ({ name, items });
  const themes = [
    theme('Software', item('Python', 9), item('Go', 5)),
    theme('Leading Others', item('Lead others', 6)),
    theme('Database', item('SQL', 5)),
    theme('AI', item('Machine learning', 5)),
    theme('Business', item('Project management', 3)),
    theme('Languages', item('English', 4)),
  ];
  assert.deepEqual(
    gatherSingles(themes).map((t) => [t.name, t.items.map((i) => i.text)]),
    [
      ['Software', ['Python', 'Go']],
      ['Leading Others', ['Lead others']],
      ['Database', ['SQL']],
      ['AI', ['Machine learning']],
      ['Other Skills', ['English', 'Project management']],
    ],
  );
  // One single past the fourth stays as it is.
  assert.equal(gatherSingles(themes.slice(0, 5)).at(-1)?.name, 'Business');
});
