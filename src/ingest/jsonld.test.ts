import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { mapJobPosting } from './jsonld.ts';
import type { Listing } from './listing.ts';
import { openSource } from './open-source.ts';
import { readFile } from './read-file.ts';
import { collect, FIXTURES, LISTINGS } from './testing/collect.ts';

test('readJsonLdHtml() finds JobPostings in an @graph and in an array of objects in one page', async () => {
  const { listings, rejections } = await collect([`${FIXTURES}jsonld-graph.html`]);
  assert.equal(rejections.length, 0);
  const [head, staff] = listings;
  assert.deepEqual(
    head && {
      key: head.key,
      title: head.title,
      company: head.company,
      location: head.location,
      postedAt: head.postedAt,
      url: head.url,
      remote: head.remote,
      salary: head.salary,
      format: head.format,
      employmentType: head.meta.employmentType,
    },
    {
      key: 'ingest/jsonld-graph.html#EH-42',
      title: 'Head of Engineering',
      company: 'Example Health',
      location: 'Leeds, West Yorkshire, GB',
      postedAt: '2024-05-14',
      url: 'https://example-health.test/jobs/42',
      remote: true,
      salary: 'GBP 95000–115000 YEAR',
      format: 'html',
      employmentType: 'FULL_TIME',
    },
  );
  assert.equal(
    head?.description,
    '&lt;p&gt;Lead a team of 25 engineers building clinical software.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Own delivery&lt;/li&gt;&lt;/ul&gt;',
  );
  assert.deepEqual(staff && [staff.key, staff.title, staff.company, staff.location, staff.postedAt], [
    'ingest/jsonld-graph.html#2',
    'Staff Engineer',
    'Example Health',
    'Manchester, UK',
    '2024-05-20',
  ]);
});

test('the JSON-LD reader maps NHS JobPostings from the gzipped JSONL, description kept HTML-escaped', async () => {
  const src = await openSource(`${LISTINGS}nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz`);
  assert.equal(src.gzip, true);
  const first: Listing[] = [];
  for await (const { item } of readFile(src, 'jsonld', {})) {
    if (item.kind === 'listing') first.push(item.listing);
    if (first.length === 2) break;
  }
  const [gp, rmn] = first;
  assert.deepEqual(
    gp && [
      gp.key,
      gp.locator,
      gp.title,
      gp.company,
      gp.location,
      gp.postedAt,
      gp.salary,
      gp.format,
      gp.meta.employmentType,
    ],
    [
      'nhs-jobs-2020/nhs_jobs_jsonld.jsonl.gz#https://www.jobs.nhs.uk/xi/vacancy/915390428',
      'line 1',
      'Salaried GP/Lead Gp',
      'Central Advertising - General Practitioners',
      'ARLESEY, GB',
      '2018-12-27',
      'negotiable',
      'html',
      'FULL_TIME',
    ],
  );
  assert.ok(gp?.description.startsWith('&lt;p&gt;Arlesey Medical Centre is looking for a Salaried GP'));
  assert.equal(rmn?.salary, '£28,333.20 per annum');
  assert.equal(rmn?.location, 'Bartle, Preston, GB');
});

test('mapJobPosting() appends responsibilities and qualifications published as separate properties', () => {
  const { fields } = mapJobPosting({
    '@type': 'JobPosting',
    title: 'CTO',
    description: '<p>Lead our tech.</p>',
    responsibilities: '<ul><li>Set strategy</li></ul>',
    qualifications: ['10 years', 'Led teams'],
    educationRequirements: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'bachelor degree',
    },
  });
  assert.equal(
    fields.description,
    '<p>Lead our tech.</p>\n\n<h3>Responsibilities</h3>\n<ul><li>Set strategy</li></ul>\n\n<h3>Qualifications</h3>\n10 years<br>Led teams',
  );
  assert.equal(fields.format, 'html');
});

test('readInputs() finds JobPosting JSON-LD at the end of a long HTML page', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roleprint-jsonld-'));
  try {
    const path = join(dir, 'job.html');
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'CIO',
      description: '<p>Run IT.</p>',
    };
    await writeFile(
      path,
      `<html lang="en"><body>${'<p>filler</p>'.repeat(20000)}<script type="application/ld+json">${JSON.stringify(ld)}</script></body></html>`,
    );
    const { listings, events } = await collect([path]);
    assert.equal(events[0]?.type === 'file' && events[0].format, 'jsonld');
    assert.deepEqual(
      listings.map((l) => [l.title, l.description]),
      [['CIO', '<p>Run IT.</p>']],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
