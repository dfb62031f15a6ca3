import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Listing, Rejection } from '../ingest/index.ts';
import { cleanListing, hashContent, listingId } from './clean-listing.ts';
import type { CleanListing } from './clean-listing-type.ts';
import { findListing, readIndeed, readLinkedIn, readNhs, readYc } from './testing/shared-listings.ts';

function clean(listing: Listing): CleanListing {
  const out = cleanListing(listing);
  assert.ok('text' in out, `expected a CleanListing, got ${JSON.stringify(out)}`);
  return out;
}

function synthetic(description: string, format: Listing['format'] = 'text'): Listing {
  return {
    key: 'fixture.csv#1',
    source: 'fixture.csv',
    recordKey: '1',
    locator: 'row 2',
    title: 'Nurse',
    titles: ['Nurse'],
    company: null,
    location: null,
    url: null,
    postedAt: null,
    description,
    format,
    remote: null,
    salary: null,
    meta: {},
  };
}

test('cleanListing() restores the lost line breaks of LinkedIn 921716 and derives id and content hash', () => {
  const listing = findListing(readLinkedIn(), 'mubashirsidiki_postings.csv', '921716');
  const c = clean(listing);
  assert.equal(c.id, createHash('sha256').update(listing.key).digest('hex').slice(0, 16));
  assert.equal(c.id, '2e577b5689aa029b');
  assert.equal(c.title, 'Marketing Coordinator');
  assert.deepEqual(c.titles, ['Marketing Coordinator']);
  assert.equal(c.company, 'Corcoran Sawyer Smith');
  assert.deepEqual(c.text.split('\n').slice(0, 1), ['Job description']);
  assert.ok(c.text.includes('\nWho you are:\nYou must be a well-organized'));
  assert.ok(c.text.endsWith('\nWork Location: In person'));
  assert.equal(c.contentHash, hashContent(c.text));
  assert.equal('description' in c, false);
  assert.equal('format' in c, false);
});

test('cleanListing() gives the row repeated in two LinkedIn samples the same content hash and different ids', () => {
  const rows = readLinkedIn();
  const a = clean(findListing(rows, 'mubashirsidiki_postings.csv', '921716'));
  const b = clean(findListing(rows, 'stat545_owl64901_postings.csv', '921716'));
  assert.equal(a.contentHash, b.contentHash);
  assert.notEqual(a.id, b.id);
});

test('cleanListing() turns the escaped NHS HTML into lines (NHS 916105336)', () => {
  const c = clean(findListing(readNhs(), 'nhs_jobs_jsonld.jsonl.gz', '916105336'));
  assert.equal(c.title, 'Notes Summariser Administrator');
  assert.equal(c.company, 'Priory Medical Group');
  const lines = c.text.split('\n');
  assert.deepEqual(lines.slice(0, 4), [
    'Administrator - Notes Summariser',
    'Clinical Coding and Data Quality Team',
    'Priory Medical Group….',
    '- Are forward thinking, innovative and patient focussed',
  ]);
  assert.ok(lines.includes('Desirable Skills'));
});

test('cleanListing() repairs the mojibake title of indeed-datascientist-2019 7742aa3cb26b8bee_fccid.html', () => {
  const c = clean(
    findListing(readIndeed(), 'indeed-datascientist-2019/postings.csv', '7742aa3cb26b8bee_fccid.html'),
  );
  assert.equal(c.title, 'Data Scientist – Machine Learning and Human Machine Teaming - Richland, WA');
  assert.equal(c.text.includes('â€'), false);
});

test('cleanListing() rejects the empty description of YC waas-83902', () => {
  const listing = findListing(readYc(), 'yc-waas-nyc-2026/jobs_raw.csv', 'waas-83902');
  const r = cleanListing(listing) as Rejection;
  assert.deepEqual(r, {
    source: 'yc-waas-nyc-2026/jobs_raw.csv',
    locator: listing.locator,
    recordKey: 'waas-83902',
    reason: 'empty description',
  });
});

test('cleanListing() rejects binary garbage, markup without text and oversized descriptions', () => {
  const binary = new TextDecoder().decode(Uint8Array.from({ length: 400 }, (_, i) => (i * 97 + 13) % 256));
  assert.match(
    (cleanListing(synthetic(binary)) as Rejection).reason,
    /^description is not text \(\d+% control or replacement characters\); binary data\?$/,
  );
  assert.equal(
    (cleanListing(synthetic('<p><br></p><div>&nbsp;</div>', 'html')) as Rejection).reason,
    'description has no text after cleaning (markup or symbols only)',
  );
  assert.equal((cleanListing(synthetic(' \n\t ')) as Rejection).reason, 'empty description');
  assert.equal(
    (cleanListing(synthetic('a'.repeat(2001)), { maxDescriptionChars: 2000 }) as Rejection).reason,
    'description is 2001 characters, over the 2000 limit; is this a data dump?',
  );
});

test('cleanListing() cleans markdown and plain-text bullets to `- ` lines and decodes entities in text', () => {
  assert.equal(
    clean(synthetic('## About\n* **Rust** and [Go](https://go.dev)', 'markdown')).text,
    'About\n- Rust and Go',
  );
  assert.equal(
    clean(synthetic('Duties:\n• Triage &amp; assess\n· Audit')).text,
    'Duties:\n- Triage & assess\n- Audit',
  );
  assert.equal(clean(synthetic('<li>· Tired of the commute?</li>', 'html')).text, '- Tired of the commute?');
});

test('hashContent() ignores case and whitespace; listingId() is 16 hex characters of SHA-256', () => {
  assert.equal(hashContent('Nurse\n- Care'), hashContent('nurse - care '));
  assert.notEqual(hashContent('Nurse - Care'), hashContent('Nurse - Cure'));
  assert.equal(listingId('a#1'), createHash('sha256').update('a#1').digest('hex').slice(0, 16));
});
