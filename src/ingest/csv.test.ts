import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RoleprintError } from '../errors.ts';
import { sniffDelimiter } from './csv.ts';
import type { Listing } from './listing.ts';
import { collect, FIXTURES, LISTINGS } from './testing/collect.ts';

/** The mapped fields of a listing, without the long description and meta. */
const head = (l: Listing | undefined) =>
  l && {
    key: l.key,
    title: l.title,
    company: l.company,
    location: l.location,
    url: l.url,
    postedAt: l.postedAt,
    salary: l.salary,
    remote: l.remote,
  };

test('readCsv() maps the LinkedIn columns (job_id, company_name, epoch-ms original_listed_time, salaries)', async () => {
  const { listings } = await collect([`${LISTINGS}linkedin-2023-2024/mubashirsidiki_postings.csv`]);
  assert.deepEqual(head(listings[0]), {
    key: 'linkedin-2023-2024/mubashirsidiki_postings.csv#921716',
    title: 'Marketing Coordinator',
    company: 'Corcoran Sawyer Smith',
    location: 'Princeton, NJ',
    url: 'https://www.linkedin.com/jobs/view/921716/?trk=jobs_biz_prem_srch',
    postedAt: '2024-04-17', // original_listed_time 1713397508000.0
    salary: 'USD 17.0–20.0 HOURLY',
    remote: null,
  });
  assert.equal(listings[0]?.meta.formatted_experience_level, undefined);
  assert.equal(listings[0]?.meta.formatted_work_type, 'Full-time');
  assert.ok(listings[0]?.description.startsWith('Job descriptionA leading real estate firm in New Jersey'));
});

test('readCsv() decodes the Windows-1252 parishinde sample (’ ™ é) and reads spreadsheet epoch 1.71138E+12', async () => {
  const { listings } = await collect([`${LISTINGS}linkedin-2023-2024/parishinde_postings.csv`]);
  const byId = new Map(listings.map((l) => [l.recordKey, l]));
  assert.equal(byId.get('3887711392')?.company, 'WalkMe™');
  const nestle = byId.get('3905369977');
  assert.equal(nestle?.company, 'Nestlé Health Science');
  assert.ok(nestle?.description.includes('At Nestlé Health Science, we believe t'));
  assert.ok(
    byId.get('3903474579')?.description.includes('iver—The World’s Most Experienced Driver™—to improve'),
  );
  assert.deepEqual(head(listings[0]), {
    key: 'linkedin-2023-2024/parishinde_postings.csv#3902356107',
    title: 'Senior Product Manager - HTS Connect',
    company: 'Hopper',
    location: 'New York, NY',
    url: 'https://www.linkedin.com/jobs/view/3902356107/?trk=jobs_biz_prem_srch',
    postedAt: '2024-03-25', // original_listed_time 1.71138E+12
    salary: 'USD 250000–350000 YEARLY',
    remote: true, // remote_allowed 1
  });
  // No replacement characters: every byte decoded through the Windows-1252 table.
  assert.equal(listings.filter((l) => l.description.includes('\ufffd')).length, 0);
});

test('readCsv() maps the YC columns (job_title, job_url, location_text, salary_range, collected_at as last-resort date)', async () => {
  const { listings } = await collect([`${LISTINGS}yc-waas-nyc-2026/jobs_raw.csv`]);
  assert.deepEqual(head(listings[0]), {
    key: 'yc-waas-nyc-2026/jobs_raw.csv#waas-93481',
    title: 'Technical Support Lead',
    company: '222',
    location: 'New York, NY, US',
    url: 'https://www.workatastartup.com/jobs/93481',
    postedAt: '2026-07-08',
    salary: '$65K - $100K',
    remote: null,
  });
  assert.equal(listings[0]?.meta.date_field, 'collected_at');
  assert.equal(listings[0]?.meta.job_type, 'Full-time');
});

test('readCsv() maps the ethical-tech columns (Title, Company, Text, URL, Date_Queried as M/D/YYYY or ISO)', async () => {
  const { listings } = await collect([`${LISTINGS}ethical-tech-jobs-2020`]);
  const first = (file: string) => listings.find((l) => l.source === `ethical-tech-jobs-2020/${file}`);
  assert.deepEqual(head(first('ectj_postings.csv')), {
    key: 'ethical-tech-jobs-2020/ectj_postings.csv#1',
    title: 'Full-Stack Software Engineer, Field',
    company: 'Curative',
    location: 'Los Angeles, CA/Remote',
    url: 'http://techjobsforgood.com/jobs/3698/',
    postedAt: '2020-08-20',
    salary: null,
    remote: null,
  });
  const p = first('postings.csv');
  assert.equal(p?.key, 'ethical-tech-jobs-2020/postings.csv#1');
  assert.equal(p?.company, 'Xentity Corporation');
  assert.equal(p?.postedAt, '2020-07-30'); // Date_Queried 7/30/2020
  assert.equal(p?.meta.Platform, 'Indeed');
});

test('readCsv() maps the Indeed columns (job_posting id, body) and takes the place from a "Title - City, ST" title', async () => {
  const { listings } = await collect([`${LISTINGS}indeed-datascientist-2019/postings.csv`]);
  assert.deepEqual(head(listings[0]), {
    key: 'indeed-datascientist-2019/postings.csv#3157fcef3ee474da_fccid.html',
    title: 'Data Scientist - Mountain View, CA',
    company: null,
    location: 'Mountain View, CA',
    url: null,
    postedAt: null,
    salary: null,
    remote: null,
  });
});

test('readCsv() rejects broken quoting and wrong field counts by row and keeps the rows around them', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}broken-quoting.csv`]);
  assert.deepEqual(
    listings.map((l) => [l.locator, l.title, l.description]),
    [
      ['row 1', 'Backend Engineer', 'Builds APIs in Go.'],
      ['row 3', 'Data Engineer', 'Runs pipelines,\nacross two lines.'],
      ['row 5', 'Product Manager', 'Owns the roadmap.'],
      ['row 7', 'Support Engineer', 'Helps customers.'],
    ],
  );
  assert.deepEqual(
    rejections.map((r) => [r.locator, r.reason]),
    [
      ['row 2', 'broken quoting: "i" after a closing quote on line 3 (row starts on line 3)'],
      ['row 4', 'expected 4 fields, got 5 (line 6)'],
      [
        'row 6',
        'broken quoting: "H" after a closing quote on line 9 (row starts on line 8); reading resumes on line 9',
      ],
    ],
  );
});

test('readCsv() resumes after a quote that never closes', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}unclosed-quote.csv`]);
  assert.deepEqual(
    listings.map((l) => l.title),
    ['Analyst', 'Designer', 'Writer'],
  );
  assert.deepEqual(rejections, [
    {
      source: 'ingest/unclosed-quote.csv',
      locator: 'row 2',
      recordKey: null,
      reason:
        'broken quoting: quote opened on line 3 never closes (row starts on line 3); reading resumes on line 4',
    },
  ]);
});

test('readCsv() decodes a mostly-UTF-8 file as UTF-8 and rejects only the rows holding invalid bytes, by byte offset', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}invalid-utf8.csv`]);
  assert.deepEqual(
    listings.map((l) => l.description),
    ['Good row: café, naïve, São Paulo — €5', 'Another good row, Ångström', 'Last good row'],
  );
  assert.deepEqual(
    rejections.map((r) => [r.locator, r.reason]),
    [
      ['row 2', 'invalid UTF-8 byte at byte offset 103 (line 3)'],
      ['row 4', 'invalid UTF-8 byte at byte offset 176 (line 5)'],
    ],
  );
});

test('readCsv() honours a BOM, sniffs ";" and maps job_title/job_description_text/posted_date', async () => {
  const { listings } = await collect([`${FIXTURES}bom-semicolon.csv`]);
  assert.deepEqual(
    listings.map((l) => [l.key, l.title, l.description, l.postedAt]),
    [
      ['ingest/bom-semicolon.csv#9', 'Café Manager', 'Runs the café; hires staff', '2024-02-01'],
      ['ingest/bom-semicolon.csv#10', 'Barista', 'Makes coffee', '2024-02-01'],
    ],
  );
});

test('readCsv() reads TSV with quoted tabs', async () => {
  const { listings } = await collect([`${FIXTURES}tabs.tsv`]);
  assert.deepEqual(
    listings.map((l) => l.description),
    ['Builds, tests, ships', 'Reads\tdata'],
  );
});

test('readCsv() uses column overrides and refuses one that names no column', async () => {
  const { listings } = await collect([`${FIXTURES}tabs.tsv`], {
    columns: { title: 'description', description: 'title' },
  });
  assert.deepEqual(
    listings.map((l) => [l.title, l.description]),
    [
      ['Builds, tests, ships', 'Engineer'],
      ['Reads\tdata', 'Analyst'],
    ],
  );
  await assert.rejects(
    collect([`${FIXTURES}tabs.tsv`], { columns: { description: 'Body' } }),
    (e: unknown) =>
      e instanceof RoleprintError && /column "Body" given for description is not in the file/.test(e.message),
  );
});

test('readCsv() reads a 50 MB field (generated) without losing the rows around it, and the description limit names it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-ingest-'));
  const saved = process.env.ROLEPRINT_MAX_DESCRIPTION_CHARS;
  try {
    const path = join(dir, 'huge.csv');
    const big = 'lorem ipsum '.repeat((50 * 1024 * 1024) / 12);
    await writeFile(path, `id,title,description\n1,Before,short\n2,Huge,"${big}"\n3,After,short too\n`);
    // Default limit (1,000,000 characters): the huge record is a named rejection, its neighbours are read.
    const limited = await collect([path]);
    assert.deepEqual(
      limited.listings.map((l) => l.title),
      ['Before', 'After'],
    );
    assert.deepEqual(
      limited.rejections.map((r) => [r.locator, r.reason.replace(/ \(set .*/, '')]),
      [['row 2', 'description is 52,428,792 characters, over the limit of 1,000,000']],
    );
    // Raised limit: the parser itself keeps the 50 MB field whole.
    process.env.ROLEPRINT_MAX_DESCRIPTION_CHARS = String(100_000_000);
    const { listings, rejections } = await collect([path]);
    assert.deepEqual(rejections, []);
    assert.deepEqual(
      listings.map((l) => [l.title, l.description.length]),
      [
        ['Before', 5],
        ['Huge', big.length],
        ['After', 9],
      ],
    );
  } finally {
    if (saved === undefined) delete process.env.ROLEPRINT_MAX_DESCRIPTION_CHARS;
    else process.env.ROLEPRINT_MAX_DESCRIPTION_CHARS = saved;
    await rm(dir, { recursive: true, force: true });
  }
});

test('sniffDelimiter() picks the most frequent of , ; tab | outside quotes in the first line', () => {
  assert.equal(sniffDelimiter('a|b|c\n'), '|');
  assert.equal(sniffDelimiter('"a;b;c",d\n'), ',');
  assert.equal(sniffDelimiter('single\n'), ',');
});

test('readCsv() matches headers ignoring case, spaces and hyphens, and names the columns when none is a description', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-ingest-'));
  try {
    await writeFile(join(dir, 'a.csv'), 'Job Title,Job-Description,Company Name\nCTO,Leads tech.,Acme\n');
    await writeFile(join(dir, 'b.csv'), 'name,notes\nCTO,x\n');
    const { listings, rejections } = await collect([dir]);
    assert.deepEqual(
      listings.map((l) => [l.title, l.description, l.company]),
      [['CTO', 'Leads tech.', 'Acme']],
    );
    assert.deepEqual(
      rejections.map((r) => [r.locator, r.reason]),
      [['row 1', 'no description column among: name, notes; name it with a column override']],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('readCsv() keeps a long skills_desc column in meta (LinkedIn job 2264355)', async () => {
  const { listings } = await collect([`${LISTINGS}linkedin-2023-2024/mubashirsidiki_postings.csv`]);
  const l = listings.find((x) => x.recordKey === '2264355');
  assert.equal(l?.meta.skills_desc?.length, 1335);
  assert.ok(
    l?.meta.skills_desc?.startsWith(
      'Knowledge, Skills and Abilities: 1. Proficient with computer technology',
    ),
  );
});

test('readInputs() reads an empty file and a header-only CSV as zero records, without error', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-ingest-'));
  try {
    await writeFile(join(dir, 'empty.csv'), '');
    await writeFile(join(dir, 'header.csv'), 'id,title,description\n');
    await writeFile(join(dir, 'empty.jsonl'), '\n\n');
    const { events } = await collect([dir]);
    assert.deepEqual(
      events.map((e) => e.type),
      ['file', 'file-end', 'file', 'file-end', 'file', 'file-end'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
