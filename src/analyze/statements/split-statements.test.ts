import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCleanListing } from '../../../test/sections/real-listings.ts';
import { splitSections } from '../sections/index.ts';
import { splitStatements } from './split-statements.ts';

test('splitStatements() splits list items and semicolon lists, with offsets into the text', () => {
  const text = 'Responsibilities\n- Leading the platform team\n- You will hire engineers; coach managers';
  const st = splitStatements(text, [
    { kind: 'responsibilities', start: 0, end: text.length, heading: 'Responsibilities', by: 'heading' },
  ]);
  assert.deepEqual(
    st.map((s) => [s.text, s.canonical]),
    [
      ['Leading the platform team', 'Lead the platform team'],
      ['You will hire engineers', 'Hire engineers'],
      ['coach managers', 'Coach managers'],
    ],
  );
  for (const s of st) assert.equal(text.slice(s.start, s.end), s.text);
});

test('splitStatements() ignores sections that are not duties or requirements', () => {
  const text = 'Benefits\n- Unlimited PTO for everyone';
  assert.deepEqual(
    splitStatements(text, [
      { kind: 'benefits', start: 0, end: text.length, heading: 'Benefits', by: 'heading' },
    ]),
    [],
  );
});

test('splitStatements() on tech-leadership 44854931d07053d4: duties, requirements with years, no labels or intros', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#44854931d07053d4');
  const st = splitStatements(l.text, splitSections(l.text, { title: l.title, company: l.company }));
  for (const s of st) assert.equal(l.text.slice(s.start, s.end), s.text);
  const by = (t: string) => st.find((s) => s.text === t);
  assert.deepEqual(by('Build, lead, and maintain a high-performance development team'), {
    section: 'responsibilities',
    text: 'Build, lead, and maintain a high-performance development team',
    start: l.text.indexOf('Build, lead, and maintain'),
    end: l.text.indexOf('Build, lead, and maintain') + 61,
    canonical: 'Build, lead, and maintain a high-performance development team',
    years: null,
  });
  assert.deepEqual(
    [
      by('Minimum of four years in a senior technological leadership role')?.canonical,
      by('Minimum of four years in a senior technological leadership role')?.years,
    ],
    ['Experience in a senior technological leadership role', 4],
  );
  assert.equal(
    by("In this key leadership role, you'll bridge our vision and the technology needed to achieve it")
      ?.canonical,
    'Bridge our vision and the technology needed to achieve it',
  );
  // "Technical Leadership:" is a sub-heading, "Chief Technology Officer" a title fragment: neither is a statement.
  assert.equal(by('Technical Leadership'), undefined);
  assert.equal(by('Chief Technology Officer'), undefined);
});

test('splitStatements() moves "a plus" items to preferred and reads "Skill: N years" (linkedin 921716, indeed 3157fcef3ee474da)', async () => {
  const l = await loadCleanListing('linkedin-2023-2024/mubashirsidiki_postings.csv#921716');
  const st = splitStatements(l.text, splitSections(l.text, { title: l.title, company: l.company }));
  const marketing = st.find((s) => s.text === 'Marketing: 1 year (Preferred)');
  assert.deepEqual(
    [marketing?.section, marketing?.canonical, marketing?.years],
    ['preferred', 'Experience in Marketing', 1],
  );
  const d = await loadCleanListing('indeed-datascientist-2019/postings.csv#3157fcef3ee474da_fccid.html');
  const ds = splitStatements(d.text, splitSections(d.text, { title: d.title, company: d.company }));
  const phd = ds.find((s) => s.text === 'PhD is a plus');
  assert.deepEqual([phd?.section, phd?.canonical], ['preferred', 'PhD']);
  assert.equal(
    ds.some((s) => s.text.startsWith('Learn more')),
    false,
  );
});

test('splitStatements() joins a sentence wrapped onto the next line (tech-leadership 24ca4b668d5a034b)', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#24ca4b668d5a034b');
  assert.ok(l.text.includes('drive the right\npersonas and workflows'));
  const st = splitStatements(l.text, splitSections(l.text, { title: l.title, company: l.company }));
  for (const s of st) assert.equal(l.text.slice(s.start, s.end), s.text);
  const partner = st.find((s) => s.text.startsWith('You will partner with business and product teams'));
  assert.equal(
    partner?.canonical,
    'Partner with business and product teams to ensure we can drive the right personas and workflows to support the growth of our business',
  );
  assert.equal(
    st.some((s) => s.text.startsWith('personas and workflows')),
    false,
  );
});

test('splitStatements() files requirement-shaped lines under a duties heading as requirements (tech-leadership 8d0179f91b7cce5b)', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#8d0179f91b7cce5b');
  const sections = splitSections(l.text, { title: l.title, company: l.company });
  const st = splitStatements(l.text, sections);
  const skills = st.find((s) => s.text === 'Strong project management and budgeting skills');
  assert.equal(skills?.section, 'requirements');
  // It lies in a part the section classifier called responsibilities: the statement stage corrects it.
  const host = sections.find((s) => s.start <= (skills?.start ?? -1) && (skills?.end ?? -1) <= s.end);
  assert.equal(host?.kind, 'responsibilities');
});

test('splitStatements() drops the conjunction that opens the last item of a semicolon series (tech-leadership 233a1395bb3662bc)', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#233a1395bb3662bc');
  const st = splitStatements(l.text, splitSections(l.text, { title: l.title, company: l.company }));
  for (const s of st) assert.equal(l.text.slice(s.start, s.end), s.text);
  const door = st.find((s) => s.text === 'supporting the Open Door Policy');
  assert.equal(door?.canonical, 'Support the Open Door Policy');
  assert.equal(
    st.some((s) => /^(?:and|or) /.test(s.text)),
    false,
  );
});

test('splitStatements() files "You have…"/"You should…" lines as requirements, "The ideal candidate will be responsible" as a duty (tech-leadership 297c6da8f3815bee, f576ff6f18a12d54)', async () => {
  const a = await loadCleanListing('tech-leadership/postings.jsonl#297c6da8f3815bee');
  const sa = splitStatements(a.text, splitSections(a.text, { title: a.title, company: a.company }));
  assert.equal(
    sa.find((s) =>
      s.text.startsWith('You have experience building high quality consumer-facing applications'),
    )?.section,
    'requirements',
  );
  const b = await loadCleanListing('tech-leadership/postings.jsonl#f576ff6f18a12d54');
  const sb = splitStatements(b.text, splitSections(b.text, { title: b.title, company: b.company }));
  const grasp = sb.find((s) => s.text.startsWith('You should have a strong grasp of algorithms'));
  assert.deepEqual(
    [grasp?.section, grasp?.canonical],
    [
      'requirements',
      'Strong grasp of algorithms such as sorting, searching, filtering, traversing, or optimizing',
    ],
  );
  const c = await loadCleanListing('tech-leadership/postings.jsonl#4589e73fa1e845bf');
  const sc = splitStatements(c.text, splitSections(c.text, { title: c.title, company: c.company }));
  const duty = sc.find((s) =>
    s.text.startsWith('The ideal candidate will be responsible for managing the Development team'),
  );
  assert.equal(duty?.section, 'responsibilities');
});

test('splitStatements() files a registration asked for under duties as a requirement (nhs-jobs-2020 vacancy/916252309)', () => {
  const text = 'Registered Mental Health Nurse with the NMC\nProvide clinical supervision of junior staff';
  const st = splitStatements(text, [
    { kind: 'responsibilities', start: 0, end: text.length, heading: null, by: 'content' },
  ]);
  assert.deepEqual(
    st.map((s) => [s.section, s.canonical]),
    [
      ['requirements', 'Registered Mental Health Nurse with the NMC'],
      ['responsibilities', 'Provide clinical supervision of junior staff'],
    ],
  );
});

test('splitStatements() drops "Work for an … company" selling lines from duties (ethical-tech-jobs-2020 postings.csv#170)', () => {
  const text =
    'Work for an industry leader in Supply Chain Visibility and Traceability!\nWork with multiple leading edge technologies including IoT, Streaming Data, Big Data, and SaaS!';
  const st = splitStatements(text, [
    { kind: 'responsibilities', start: 0, end: text.length, heading: null, by: 'content' },
  ]);
  assert.deepEqual(
    st.map((s) => s.canonical),
    ['Work with multiple leading edge technologies including IoT, Streaming Data, Big Data, and SaaS!'],
  );
});

test('splitStatements() drops offers and pitch questions from duties and requirements, keeping the years beside them (nhs-jobs-2020 vacancy/916256968 and others)', () => {
  const text = [
    'Are you looking for a new challenge?',
    'Excellent opportunities will be available for training and professional development, and the post holder will receive managerial and clinical supervision.',
    'Provide clinical supervision to junior staff',
    'Receive and triage referrals from GPs',
    'You will need at least two years experience in an acute setting, opportunities for further education will be available',
    'Have a minimum of 6 months paid experience as a Registered Nurse within the last 2 years',
  ].join('\n');
  const st = splitStatements(text, [
    { kind: 'responsibilities', start: 0, end: text.length, heading: null, by: 'content' },
  ]);
  assert.deepEqual(
    st.map((s) => [s.canonical, s.years]),
    [
      ['Provide clinical supervision to junior staff', null],
      ['Receive and triage referrals from GPs', null],
      [
        'Need at least two years experience in an acute setting, opportunities for further education will be available',
        2,
      ],
      // Six months within the last two years: the two years are no experience asked.
      ['Have a minimum of 6 months paid experience as a Registered Nurse within the last 2 years', null],
    ],
  );
});
