import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanResume } from './clean-resume.ts';
import { readResumeRoles } from './read-resume-roles.ts';
import { skillYears } from './skill-years.ts';
import { matchResumeHeading, splitResumeSections } from './split-resume-sections.ts';

test('matchResumeHeading() knows headings alone or before a colon, not a sentence that starts like one', () => {
  assert.deepEqual(matchResumeHeading('Professional Experience'), { kind: 'experience', length: 23 });
  assert.deepEqual(matchResumeHeading('## Education'), { kind: 'education', length: 12 });
  assert.deepEqual(matchResumeHeading('Technical Skills: Python, SQL'), { kind: 'skills', length: 18 });
  assert.equal(matchResumeHeading('Experience with Python and SQL'), null);
  assert.equal(matchResumeHeading('skills'), null);
});

test('splitResumeSections() keeps "Tools & Technologies: …" inside a job entry', () => {
  const text = 'Experience\nAnalyst, Acme\nTools & Technologies: Python\n- Built models\nEducation\nBSc';
  assert.deepEqual(
    splitResumeSections(text).map((s) => [s.kind, text.slice(s.start, s.end).split('\n')[0]]),
    [
      ['experience', 'Experience'],
      ['education', 'Education'],
    ],
  );
  assert.deepEqual(
    splitResumeSections('just a paragraph').map((s) => s.kind),
    ['other'],
  );
});

test('cleanResume() repairs the data-set quirks: broken bullets, glued headings, stated months', () => {
  const raw = 'Skills â¢ Python â¢ SQL\nPython- Experience - 24 monthsCompany Details \ncompany - Acme';
  const c = cleanResume({
    id: 'q',
    source: 'q.txt',
    locator: 'file',
    text: raw,
    format: 'text',
    category: null,
  });
  assert.equal(
    c.text,
    'Skills\n- Python\n- SQL\nPython (experience: 24 months)\nCompany Details\ncompany - Acme',
  );
});

test('readResumeRoles() reads month-year, numeric and "present" ranges and titles from the line above', () => {
  const text =
    'Experience\nSenior Analyst at Foo Corp\n03/2021 to Present\n- Did X\nAnalyst | Bar Ltd | 2018 - 2020\n- Did Y';
  const roles = readResumeRoles(
    text,
    [{ kind: 'experience', start: 0, end: text.length, heading: 'Experience' }],
    '2024-06',
  );
  assert.deepEqual(
    roles.map((r) => [r.title, r.employer, r.from, r.to, r.current, r.months]),
    [
      ['Senior Analyst', 'Foo Corp', '2021-03', '2024-06', true, 40],
      ['Analyst', 'Bar Ltd', '2018-01', '2020-12', false, 36],
    ],
  );
  assert.equal(
    text.slice(roles[0]?.start, roles[0]?.end),
    'Senior Analyst at Foo Corp\n03/2021 to Present\n- Did X\n',
  );
});

test('skillYears() counts overlapping jobs once and prefers a longer stated duration', () => {
  const roles = [
    {
      title: 'A',
      employer: null,
      from: '2019-01',
      to: '2020-12',
      current: false,
      months: 24,
      start: 0,
      bodyStart: 1,
      end: 10,
    },
    {
      title: 'B',
      employer: null,
      from: '2020-01',
      to: '2021-12',
      current: false,
      months: 24,
      start: 10,
      bodyStart: 11,
      end: 20,
    },
  ];
  const link = {
    id: 'py',
    label: 'Python',
    kind: 'skill' as const,
    score: 0.9,
    line: 'x',
    section: 'experience' as const,
  };
  const text = `${'x'.repeat(20)}\nPython (experience: 60 months)`;
  assert.deepEqual(
    skillYears(text, roles, [
      { ...link, start: 2, end: 3 },
      { ...link, start: 12, end: 13 },
    ]),
    [{ id: 'py', label: 'Python', years: 3, from: 'dates' }],
  );
  assert.deepEqual(skillYears(text, roles, [{ ...link, start: 21, end: 27 }]), [
    { id: 'py', label: 'Python', years: 5, from: 'stated' },
  ]);
});
