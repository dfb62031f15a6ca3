import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHnFirstLine } from './hn-first-line.ts';
import type { Listing } from './listing.ts';
import { collect, LISTINGS } from './testing/collect.ts';

const HN = `${LISTINGS}hn-whoishiring-2026/`;
/** All seven runs, read once for the tests that need them. */
let allRuns: Promise<Awaited<ReturnType<typeof collect>>> | null = null;
const readAllRuns = () => {
  allRuns ??= collect([HN]);
  return allRuns;
};
const pick = (l: Listing | undefined) =>
  l && {
    title: l.title,
    titles: l.titles,
    company: l.company,
    location: l.location,
    remote: l.remote,
    salary: l.salary,
  };

test('readHn() reads every comment of a run, keyed by HN id, dated from `time`', async () => {
  const { listings, rejections } = await collect([`${HN}raw_2026-03-15.json`]);
  assert.equal(listings.length, 343);
  assert.equal(rejections.length, 0);
  const suppmatch = listings.find((l) => l.recordKey === '47307796');
  assert.equal(suppmatch?.key, 'hn-whoishiring-2026/raw_2026-03-15.json#47307796');
  assert.equal(suppmatch?.format, 'html');
  assert.equal(suppmatch?.url, 'https://news.ycombinator.com/item?id=47307796');
  assert.deepEqual(pick(suppmatch), {
    title: 'CTO',
    titles: ['CTO'],
    company: 'SuppMatch',
    location: 'Warsaw, Poland',
    remote: false,
    salary: 'USD 85K–102K + Equity',
  });
  assert.equal(suppmatch?.meta.hn_source, 'who_is_hiring');
  assert.equal(suppmatch?.meta.run, '2026-03-15-refresh');
});

test('readHn() keeps every title of a multi-role comment in one listing (HN 47350658, 47225465, 48010697)', async () => {
  const { listings } = await readAllRuns();
  const byId = (id: string) => listings.find((l) => l.recordKey === id);
  assert.deepEqual(pick(byId('47350658')), {
    title: 'Frontend Engineer',
    titles: ['Frontend Engineer', 'Backend Engineer', 'Design Engineer'],
    company: 'Jurisphere.ai',
    location: 'Bangalore, India',
    remote: false,
    salary: null,
  });
  assert.deepEqual(byId('47225465')?.titles, ['Senior Software Engineer', 'Engineering Manager']);
  assert.equal(byId('47225465')?.company, 'Lithic');
  assert.equal(byId('47225465')?.remote, true);
  assert.deepEqual(byId('48010697')?.titles, [
    'Product Manager',
    'Product Marketing Manager',
    'FP&A Analyst',
    'BDR',
  ]);
});

test('readHn() gives a comment the same recordKey in every run: 2,301 records, 1,720 distinct ids', async () => {
  const { listings } = await readAllRuns();
  assert.equal(listings.length, 2301);
  assert.equal(new Set(listings.map((l) => l.recordKey)).size, 1720);
  // HN 47991238 is in both May runs.
  const copies = listings.filter((l) => l.recordKey === '47991238');
  assert.deepEqual(
    copies.map((l) => l.key),
    ['hn-whoishiring-2026/raw_2026-05-03.json#47991238', 'hn-whoishiring-2026/raw_2026-05-05.json#47991238'],
  );
  assert.equal(copies[0]?.postedAt, copies[1]?.postedAt);
});

test('parseHnFirstLine() reads a role given first with no company (HN 47219761)', () => {
  const p = parseHnFirstLine(
    'Head of Engineering &amp; Infrastructure | Full-Time | Remote | $182k - $272k USD - <a href="https:&#x2F;&#x2F;fetlife.com&#x2F;jobs" rel="nofollow">https:&#x2F;&#x2F;fetlife.com&#x2F;jobs</a><p>Role: Fully own',
  );
  assert.deepEqual(
    {
      company: p.company,
      titles: p.titles,
      remote: p.remote,
      salary: p.salary,
      employmentType: p.employmentType,
    },
    {
      company: null,
      titles: ['Head of Engineering & Infrastructure'],
      remote: true,
      salary: '$182k - $272k USD',
      employmentType: 'Full-Time',
    },
  );
});

test('parseHnFirstLine() reads "Role at Company, …" (HN 47324120)', () => {
  const p = parseHnFirstLine(
    'Senior Data Analyst at P2P.org, the largest institutional staking provider  | Remote, GMT +-3&#x2F; Cyprus | Full-time Contractor<p>We are',
  );
  assert.deepEqual(
    [p.company, p.titles, p.location, p.remote],
    ['P2P.org', ['Senior Data Analyst'], 'Remote, GMT +-3/ Cyprus', true],
  );
});

test('parseHnFirstLine() keeps one title when the parts are not roles of their own (HN 47220429, 47223382)', () => {
  const river = parseHnFirstLine(
    'River | Senior + Staff Engineers (Elixir, React, ML&#x2F;AI) | SF or NYC or REMOTE (US, Europe, South America) | Full-Time | $150K-$250K + equity | <a href="https:&#x2F;&#x2F;jobs.ashbyhq.com&#x2F;river" rel="nofollow">x</a><p>',
  );
  assert.deepEqual(river.titles, ['Senior + Staff Engineers (Elixir, React, ML/AI)']);
  assert.equal(river.location, 'SF or NYC or REMOTE (US, Europe, South America)');
  assert.equal(river.salary, '$150K-$250K + equity');
  const ashby = parseHnFirstLine(
    'Ashby | YC 19 | REMOTE (Americas + EMEA) | Senior&#x2F;Staff+ Product, Platform &amp; Design Engineers | Hands On Engineering Managers |<p>',
  );
  assert.deepEqual(ashby.titles, [
    'Senior/Staff+ Product, Platform & Design Engineers',
    'Hands On Engineering Managers',
  ]);
  assert.equal(ashby.company, 'Ashby');
});

test('parseHnFirstLine() reads HN job-story titles (HN 47183907, 47178176)', () => {
  const kyber = parseHnFirstLine(
    'Kyber (YC W23) Is Hiring an Enterprise Account Executive\n\nEnterprise Account Executive (AE) at Kyber',
  );
  assert.deepEqual([kyber.company, kyber.titles], ['Kyber', ['Enterprise Account Executive']]);
  const ubi = parseHnFirstLine(
    'Ubicloud (YC W24): Software Engineer – $95-$250K in Turkey, Netherlands, CA\n\nSoftware Engineer at Ubicloud',
  );
  assert.deepEqual(
    [ubi.company, ubi.titles, ubi.salary, ubi.location],
    ['Ubicloud', ['Software Engineer'], '$95-$250K', 'Turkey, Netherlands, CA'],
  );
});

test('parseHnFirstLine() reads "Company - Role - Remote - pay" and markdown-linked names (HN 46480081, 47621418)', () => {
  const p = parseHnFirstLine(
    'Topliner - Senior Fullstack Developer (Node.js &#x2F; Laravel) - Remote - $80k&#x2F;year<p>',
  );
  assert.deepEqual(
    [p.company, p.titles, p.remote, p.salary],
    ['Topliner', ['Senior Fullstack Developer (Node.js / Laravel)'], true, '$80k/year'],
  );
  const l = parseHnFirstLine(
    '[LiveKit](http:&#x2F;&#x2F;livekit.io&#x2F;) | VoiceAI | webRTC | Remote | Full Time<p>',
  );
  assert.deepEqual([l.company, l.titles, l.location, l.remote], ['LiveKit', [], null, true]);
});

test('parseHnFirstLine() takes no company from a sentence (HN 47247499)', () => {
  const p = parseHnFirstLine(
    'We&#x27;re building AI that predicts whether a wounded soldier survives — before they reach a hospital.<p>',
  );
  assert.equal(p.company, null);
});

test('parseHnFirstLine() leaves fields null when the first line is prose (HN 47604116)', () => {
  const p = parseHnFirstLine(
    'SwingVision is the AI tennis &amp; pickleball app that provides automated stats<p>More',
  );
  assert.deepEqual([p.company, p.titles, p.location, p.salary], [null, [], null, null]);
});

test("parseHnFirstLine() takes a job story's role from its linked page title when the headline names none (HN 47145911)", () => {
  const p = parseHnFirstLine(
    'Corgi Labs (YC W23) Is Hiring\n\nFounders Associate at Corgi Labs | Y Combinator Open menu About',
  );
  assert.deepEqual([p.company, p.titles], ['Corgi Labs', ['Founders Associate']]);
});

test('parseHnFirstLine() reads "Full time, interns/co-ops" as employment, not a title (HN 46865733)', () => {
  const p = parseHnFirstLine(
    '<i>Stellar Science</i> | Hybrid (USA) Albuquerque NM, Washington DC (Tysons VA), Dayton OH | Full time, interns&#x2F;co-ops | U.S. citizenship required<p>',
  );
  assert.deepEqual(
    [p.company, p.titles, p.employmentType],
    ['Stellar Science', [], 'Full time, interns/co-ops'],
  );
});

test('parseHnFirstLine() claims no remote flag from a prose reply (HN 48025080)', () => {
  const p = parseHnFirstLine(
    'Great thread, really appreciate seeing clear hiring info like this, especially with remote&#x2F;onsite details upfront.',
  );
  assert.equal(p.remote, null);
});

test('parseHnFirstLine() drops a "Hiring:" prefix, tech-stack segments and "(Remote US)" in a company name (HN 46467492, 47219705)', () => {
  const a = parseHnFirstLine('Hiring: Fullstack Engineer and UI Designer (Remote, LATAM) – BudgetSimple<p>');
  assert.deepEqual(a.titles, ['Fullstack Engineer', 'UI Designer (Remote, LATAM)']);
  const b = parseHnFirstLine(
    'PrairieLearn (Remote US) — Full-Stack Software Engineer — TypeScript &#x2F; Postgres &#x2F; React &#x2F; AI<p>',
  );
  assert.deepEqual([b.company, b.titles, b.remote], ['PrairieLearn', ['Full-Stack Software Engineer'], true]);
});

test('parseHnFirstLine() splits role lists that name PMs and leaders (HN 47610533, 47980397)', () => {
  assert.deepEqual(
    parseHnFirstLine('Evervault | Engineers, Designers, PM | London or Dublin | Fulltime<p>').titles,
    ['Engineers', 'Designers', 'PM'],
  );
  assert.deepEqual(
    parseHnFirstLine(
      'PostHog | Full-Time | Product engineers, backend engineers, Technical Account Managers, sales leader | REMOTE (all remote)<p>',
    ).titles,
    ['Product engineers', 'backend engineers', 'Technical Account Managers', 'sales leader'],
  );
});
