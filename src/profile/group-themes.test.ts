import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SkillStat } from './collect-skills.ts';
import { groupThemes } from './group-themes.ts';
import { writeSkillBullets } from './skill-bullets.ts';
import { fixtureListing } from './testing.ts';

function skill(uri: string, label: string, listings: number[], type = 'knowledge'): SkillStat {
  return { uri, uris: [uri], label, display: label, type, listings, mentions: [] };
}
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

const PATHS: Record<string, string[]> = {
  py: [
    'knowledge',
    'information and communication technologies (icts)',
    'software and applications development and analysis',
  ],
  sql: [
    'knowledge',
    'information and communication technologies (icts)',
    'database and network design and administration',
  ],
  staff: ['skills', 'management skills', 'supervising people', 'supervising a team or group'],
  budget: ['skills', 'management skills', 'managing budgets and finances'],
  react: ['Web platform development software'],
};
const lookup = (uri: string) => PATHS[uri] ?? null;

test('groupThemes() splits ESCO groups to reach four themes and places a tool in the technical theme it co-occurs with', () => {
  const themes = groupThemes(
    [
      skill('py', 'Python', range(0, 30)),
      skill('sql', 'SQL', range(10, 30)),
      skill('staff', 'manage staff', range(20, 40), 'skill/competence'),
      skill('budget', 'manage budgets', range(25, 35), 'skill/competence'),
      skill('react', 'React', range(0, 12), 'tool'),
    ],
    lookup,
  );
  // Two broad groups are fewer than the four themes a profile wants, so each splits one level down.
  assert.deepEqual(
    themes.map((t) => [t.name, t.skills.map((s) => s.uri)]),
    [
      ['Software & Applications Development', ['py', 'react']],
      ['Database & Network Design', ['sql']],
      ['Supervising People', ['staff']],
      ['Managing Budgets & Finances', ['budget']],
    ],
  );
});

test('writeSkillBullets() merges a group into one line and uses the lead-in most listings use', () => {
  const listings = range(0, 10).map((i) =>
    fixtureListing(
      `l${i}`,
      [null],
      [
        {
          skill: {
            uri: 'go',
            label: 'Go',
            surface: 'Go',
            lead: i < 6 ? 'Deep expertise in' : 'Knowledge of',
          },
        },
      ],
    ),
  );
  const go = {
    ...skill('go', 'Go', range(0, 10)),
    mentions: listings.map((l, i) => ({ listing: i, mention: l.skills[0] as never })),
  };
  const rust = { ...skill('rust', 'Rust', [0, 1]), mentions: [] };
  const theme = {
    name: 'ICT',
    groups: ['ict'],
    skills: [go, rust],
    listings: new Set(range(0, 10)),
    groupOf: new Map(),
    parent: 'ict',
  };
  const items = writeSkillBullets(theme, listings, () => ['knowledge', 'ict', 'languages']);
  assert.deepEqual(
    items.map((i) => [i.text, i.count]),
    [['Deep expertise in Go and Rust', 10]],
  );
  assert.equal(items[0]?.evidence.length, 3);
});

test('groupThemes() names a fold of unrelated small groups "Other Skills" and puts it last, rather than after one group', () => {
  const paths: Record<string, string[]> = {
    ...PATHS,
    data: ['skills', 'information skills', 'managing information', 'managing information'],
    cyber: ['knowledge', 'services', 'security services', 'military and defence'],
    english: ['language skills and knowledge', 'languages'],
    monitor: [
      'skills',
      'constructing',
      'building and repairing structures',
      'installing wooden and metal components',
    ],
    solve: [
      'skills',
      'communication, collaboration and creativity',
      'solving problems',
      'developing solutions',
    ],
  };
  const themes = groupThemes(
    [
      skill('py', 'Python', range(0, 30)),
      skill('staff', 'manage staff', range(10, 40), 'skill/competence'),
      skill('data', 'manage data', range(0, 8), 'skill/competence'),
      skill('solve', 'solve problems', range(5, 12), 'skill/competence'),
      skill('cyber', 'cyber security', range(0, 12)),
      skill('monitor', 'monitor system performance', range(3, 9), 'skill/competence'),
      skill('english', 'English', range(0, 6)),
    ],
    (u) => paths[u] ?? null,
    { minThemes: 2, maxThemes: 3 },
  );
  assert.deepEqual(
    themes.map((t) => [t.name, t.skills.map((s) => s.uri)]),
    [
      ['Software & Applications Development', ['py']],
      ['Supervising People', ['staff']],
      ['Other Skills', ['cyber', 'data', 'solve', 'english', 'monitor']],
    ],
  );
});

test('groupThemes() places a tool by the words its O*NET commodity shares with a theme before co-occurrence', () => {
  const paths: Record<string, string[]> = { ...PATHS, aws: ['Data base user interface and query software'] };
  const themes = groupThemes(
    [
      skill('py', 'Python', range(0, 30)),
      skill('sql', 'SQL', range(10, 30)),
      skill('staff', 'manage staff', range(20, 40), 'skill/competence'),
      skill('budget', 'manage budgets', range(25, 35), 'skill/competence'),
      // Said by the same listings as Python, yet a database tool by the taxonomy.
      skill('aws', 'AWS', range(0, 12), 'tool'),
    ],
    (u) => paths[u] ?? null,
  );
  assert.deepEqual(
    themes.map((t) => [t.name, t.skills.map((s) => s.uri)]),
    [
      // AWS brings the database theme's reach to 30 listings, level with Python's.
      ['Database & Network Design', ['sql', 'aws']],
      ['Software & Applications Development', ['py']],
      ['Supervising People', ['staff']],
      ['Managing Budgets & Finances', ['budget']],
    ],
  );
});
