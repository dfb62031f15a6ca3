import assert from 'node:assert/strict';
import { test } from 'node:test';
import { restoreLineBreaks } from './glued-text.ts';
import { htmlToText } from './html-to-text.ts';
import { findListing, readHn, readLinkedIn, readNhs, readOthers } from './testing/shared-listings.ts';

const linkedIn = readLinkedIn();

/** The restored text around the first occurrence of `anchor` in a LinkedIn row's description. */
function around(file: string, jobId: string, anchor: string, before = 40, after = 40): string {
  const text = findListing(linkedIn, file, jobId).description;
  const at = text.indexOf(anchor);
  assert.ok(at >= 0, `${anchor} not in ${file} ${jobId}`);
  return restoreLineBreaks(text.slice(Math.max(0, at - before), at + anchor.length + after));
}

test('restoreLineBreaks() splits the heading and label glue of LinkedIn 921716 (mubashirsidiki)', () => {
  const text = restoreLineBreaks(findListing(linkedIn, 'mubashirsidiki_postings.csv', '921716').description);
  const lines = text.split('\n');
  assert.equal(lines[0], 'Job description');
  assert.ok(lines[1]?.startsWith('A leading real estate firm in New Jersey'));
  assert.ok(lines.includes('Who you are:'));
  assert.ok(lines.includes('Role:'));
  assert.ok(lines.includes('Agent Assistance'));
  assert.ok(lines.includes('- Receive & Organize Marketing Requests from Agents'));
  assert.ok(lines.some((l) => l.startsWith('You must be a well-organized, creative, proactive')));
});

test('restoreLineBreaks() splits glued list items and sentences in real LinkedIn rows', () => {
  assert.equal(
    around(
      'mubashirsidiki_postings.csv',
      '23221523',
      'problem-solving skillsAbility to build rapport with clientsExcellent',
      0,
      0,
    ),
    'problem-solving skills\nAbility to build rapport with clients\nExcellent',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '2428973832', "Management.\nQualificationsBachelor's degree", 0, 0),
    "Management.\nQualifications\nBachelor's degree",
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '2796728000', 'Role DescriptionThis is', 0, 0),
    'Role Description\nThis is',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '1129235875', "Driver's License (Required)Work Location", 0, 0),
    "Driver's License (Required)\nWork Location",
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '227832999', 'Benefits:401(k)Paid time off', 0, 0),
    'Benefits:401(k)\nPaid time off',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '136743465', 'Benefits:Health insurancePaid', 0, 0),
    'Benefits:\nHealth insurance\nPaid',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '175485704', 'JavaScript.Familiarity', 0, 0),
    'JavaScript.\nFamiliarity',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '2234533717', 'Express.js.- Experience', 0, 0),
    'Express.js.\n- Experience',
  );
  assert.equal(
    around('mubashirsidiki_postings.csv', '3594710940', '(MS or PhD)Ideally:', 0, 0),
    '(MS or PhD)\nIdeally:',
  );
});

test('restoreLineBreaks() does not split camel-case names in real LinkedIn rows', () => {
  for (const [file, id, name] of [
    ['mubashirsidiki_postings.csv', '1826257634', 'Knowledge of PowerPoint, Word, and Excel'],
    ['mubashirsidiki_postings.csv', '3802602037', 'native mobile applications on iOS and Android.'],
    ['mubashirsidiki_postings.csv', '2826285517', 'LinkedIn Learning Courses'],
    ['mubashirsidiki_postings.csv', '3625991523', 'application developers and DevOps teams'],
    ['parishinde_postings.csv', '3905262066', "At eBay, we're more than"],
    ['mubashirsidiki_postings.csv', '3743875708', 'JavaScript, React, React Native, GitHub, and more.'],
    ['mubashirsidiki_postings.csv', '3639866700', 'Mastercard, McDonald’s, Nestle'],
    [
      'mubashirsidiki_postings.csv',
      '3782409045',
      'Twitter, Facebook, and YouTube under the name vtechys360.',
    ],
    ['mubashirsidiki_postings.csv', '266566927', 'in select U.S. markets. And, The River Mile'],
    ['mubashirsidiki_postings.csv', '231010577', 'licenses (e.g., OSHA certification)'],
    ['mubashirsidiki_postings.csv', '2234533717', 'JavaScript/TypeScript, React, Node.js, Python'],
  ] as const) {
    assert.equal(around(file, id, name, 0, 0), name);
  }
});

test('restoreLineBreaks() leaves names, abbreviations, versions, decimals and URLs alone', () => {
  const s =
    'JavaScript, iOS, McDonald, PhD, GitHub, PowerPoint, YouTube, LinkedIn, eBay, macOS, DevOps, OpenAI, U.S. Army, e.g. Python, Node.js 18.2, 3.5 years, https://Example.com/Foo, St.Louis, Dr.Smith, getElementById, PointClickCare';
  assert.equal(restoreLineBreaks(s), s);
});

test('restoreLineBreaks() spares brand names in the well-formatted HN runs (GitBook, VersaFeed, Neo.Tax)', () => {
  const hn = readHn();
  for (const [file, id, name] of [
    ['raw_2026-01-01.json', '46528291', 'GitBook |'],
    ['raw_2026-05-05.json', '47978833', 'VersaFeed is'],
    ['raw_2026-02-01.json', '46862175', 'Neo.Tax |'],
  ] as const) {
    const text = findListing(hn, file, id).description;
    assert.ok(text.includes(name), `${name} in ${id}`);
    assert.ok(restoreLineBreaks(text).includes(name), `${name} kept in ${id}`);
  }
});

test('restoreLineBreaks() splits NHS contact labels glued to names (NHS 916114754 shape)', () => {
  assert.equal(
    restoreLineBreaks(
      'Name: Nicola WhittakerJob title: Lead Nurse ServicesEmail address: n.w@elht.nhs.ukTelephone number: 01254',
    ),
    'Name: Nicola Whittaker\nJob title: Lead Nurse Services\nEmail address: n.w@elht.nhs.uk\nTelephone number: 01254',
  );
});

test('restoreLineBreaks() gives glued NHS contact labels their line and colon back (NHS 916255990)', () => {
  const listing = findListing(readNhs(), 'nhs_jobs_jsonld.jsonl.gz', '916255990');
  const text = restoreLineBreaks(htmlToText(listing.description));
  const from = text.indexOf('Name: ');
  assert.equal(
    text.slice(from, text.indexOf('\nEmma Rothwell')),
    [
      'Name: Jane Birchall-Smith',
      'Job title: Operational Manager/Principal OT',
      'Email address: jane.birchall-smith@nwbh.nhs.uk',
      'Telephone number: 0151 495 5302',
      'Additional contact information',
    ].join('\n'),
  );
});

test('restoreLineBreaks() breaks long space-flattened lines at double spaces and labels (ethical-tech, Hendrick Automotive)', () => {
  // ethical-tech-jobs-2020/postings.csv, 8th record (CSV row 9): Hendrick Automotive Group, Sales Person.
  const listing = findListing(readOthers(), 'ethical-tech-jobs-2020/postings.csv', '8');
  assert.equal(listing.company, 'Hendrick Automotive Group');
  const lines = restoreLineBreaks(listing.description).split('\n');
  assert.deepEqual(lines.slice(0, 2), [
    ' Summary: Sells new or used vehicles at a profit to the dealership, while ensuring customer satisfaction.',
    'Supervisory Responsibilities: This job has no direct supervisory responsibilities.',
  ]);
  assert.ok(
    lines[2]?.startsWith(
      'Essential Duties and Responsibilities include the following: Meets dealership sales goals.',
    ),
  );
});

test('restoreLineBreaks() starts a line at a short label after a sentence in a long line, not after a list number', () => {
  const long = `${'We build tools for clinicians and care teams across the country. '.repeat(3)}Stack: Go, Postgres. See list 2. Senior Go Engineer: builds APIs.`;
  assert.equal(
    restoreLineBreaks(long),
    `${'We build tools for clinicians and care teams across the country. '.repeat(3).trimEnd()}\nStack: Go, Postgres. See list 2. Senior Go Engineer: builds APIs.`,
  );
  assert.equal(restoreLineBreaks('Short line. Stack: Go.'), 'Short line. Stack: Go.');
});

test('restoreLineBreaks() keeps existing lines and is idempotent', () => {
  const once = restoreLineBreaks('Job descriptionA leading firm\nWho you are:You must be kind.We are');
  assert.equal(once, 'Job description\nA leading firm\nWho you are:\nYou must be kind.\nWe are');
  assert.equal(restoreLineBreaks(once), once);
});
