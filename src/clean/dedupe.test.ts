import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../errors.ts';
import type { Listing } from '../ingest/index.ts';
import { cleanListing, hashContent, listingId } from './clean-listing.ts';
import type { CleanListing } from './clean-listing-type.ts';
import { createDeduper, type DedupeEntry, type DedupeVerdict, isSameRole, normalizeName } from './dedupe.ts';
import { computeSignature, estimateJaccard } from './minhash.ts';
import { findListing, readHn, readLinkedIn, readNhs } from './testing/shared-listings.ts';

const nhs = readNhs();
const hn = readHn();

function clean(listing: Listing): CleanListing {
  const out = cleanListing(listing);
  assert.ok('text' in out);
  return out;
}

/** Runs a fresh deduper over listings in order; returns the verdict for each (unique ones are added). */
function run(listings: CleanListing[], seed: DedupeEntry[] = []): DedupeVerdict[] {
  const d = createDeduper();
  d.seed(seed);
  return listings.map((l) => {
    const v = d.check(l);
    if (v.kind === 'unique') d.add(l, v.signature);
    return v;
  });
}

test('Deduper.check() finds the LinkedIn row repeated in two sample files as an exact duplicate (job 921716)', () => {
  const rows = readLinkedIn();
  const a = clean(findListing(rows, 'mubashirsidiki_postings.csv', '921716'));
  const b = clean(findListing(rows, 'stat545_owl64901_postings.csv', '921716'));
  assert.deepEqual(run([a, b])[1], { kind: 'duplicate', canonicalId: a.id, exact: true, similarity: 1 });
});

test('Deduper.check() finds an HN comment carried over to the next run as an exact duplicate (HN 47603039)', () => {
  const a = clean(findListing(hn, 'raw_2026-04-17.json', '47603039'));
  const b = clean(findListing(hn, 'raw_2026-04-28.json', '47603039'));
  assert.deepEqual(run([a, b])[1], { kind: 'duplicate', canonicalId: a.id, exact: true, similarity: 1 });
});

test('Deduper.check() finds an HN repost edited between runs (Better Stack, HN 46499824 → 47222977)', () => {
  const a = clean(findListing(hn, 'raw_2026-01-01.json', '46499824'));
  const b = clean(findListing(hn, 'raw_2026-03-15.json', '47222977'));
  assert.notEqual(a.contentHash, b.contentHash);
  assert.deepEqual(run([a, b])[1], {
    kind: 'duplicate',
    canonicalId: a.id,
    exact: false,
    similarity: 109 / 128,
  });
});

test('Deduper.check() finds an NHS repost for another unit (Consultant Psychiatrist, NHS 915787195 → 915943640)', () => {
  const a = clean(findListing(nhs, 'nhs_jobs_jsonld.jsonl.gz', '915787195'));
  const b = clean(findListing(nhs, 'nhs_jobs_jsonld.jsonl.gz', '915943640'));
  assert.deepEqual(run([a, b])[1], {
    kind: 'duplicate',
    canonicalId: a.id,
    exact: false,
    similarity: 115 / 128,
  });
});

test('Deduper.check() keeps different roles of one employer that share a template (ST3+ / FY2, auditors)', () => {
  for (const [x, y] of [
    ['916254954', '916254958'], // NHS Professionals - Doctors: ST3+ and FY2, 93% estimated similarity
    ['916246641', '916246696'], // Principal Auditor (Bank) and Senior Internal Auditor (Bank), 96%
  ] as const) {
    const a = clean(findListing(nhs, 'nhs_jobs_jsonld.jsonl.gz', x));
    const b = clean(findListing(nhs, 'nhs_jobs_jsonld.jsonl.gz', y));
    assert.equal(a.company, b.company);
    assert.equal(run([a, b])[1]?.kind, 'unique', `${x} / ${y}`);
  }
});

test('Deduper gives the same verdicts for the same order, and a seeded deduper continues like an uninterrupted one', () => {
  const listings = hn.map(clean);
  const first = run(listings);
  assert.deepEqual(run(listings), first);
  const duplicates = first.filter((v) => v.kind === 'duplicate').length;
  assert.ok(duplicates > 500, `HN runs overlap: ${duplicates} duplicates`);

  // Stop halfway, persist the canonicals as JSON (as the store does), resume with a fresh deduper.
  const half = Math.floor(listings.length / 2);
  const entries: DedupeEntry[] = [];
  first.slice(0, half).forEach((v, i) => {
    const l = listings[i] as CleanListing;
    if (v.kind === 'unique') {
      entries.push({
        id: l.id,
        company: l.company,
        title: l.title,
        contentHash: l.contentHash,
        signature: Array.from(v.signature),
      });
    }
  });
  const restored = JSON.parse(JSON.stringify(entries)) as DedupeEntry[];
  assert.deepEqual(run(listings.slice(half), restored), first.slice(half));
});

/** A listing of 60 words of its own, as check() reads it (id and content hash as cleanListing makes them). */
function synthetic(n: number, text: string, over: Partial<CleanListing> = {}): CleanListing {
  return {
    id: listingId(`s.jsonl#${n}`),
    company: 'Acme',
    title: 'Staff Nurse',
    titles: ['Staff Nurse'],
    contentHash: hashContent(text),
    text,
    ...over,
  } as CleanListing;
}
const wordsOf = (n: number) => Array.from({ length: 60 }, (_, k) => `w${n}x${k}`).join(' ');

test('Deduper finds duplicates of early canonicals among thousands, and keeps ids and content hashes of any shape', () => {
  // More canonicals than one chunk of stored signatures (4,096), so the early ones are read back, not kept in memory.
  const d = createDeduper();
  const kept = Array.from({ length: 5000 }, (_, n) => synthetic(n, wordsOf(n)));
  for (const l of kept) {
    const v = d.check(l);
    assert.equal(v.kind, 'unique');
    if (v.kind === 'unique') d.add(l, v.signature);
  }
  const first = kept[10] as CleanListing;
  const edited = synthetic(9001, `${wordsOf(10)} apply today`);
  assert.deepEqual(d.check(edited), {
    kind: 'duplicate',
    canonicalId: first.id,
    exact: false,
    similarity: estimateJaccard(computeSignature(first.text), computeSignature(edited.text)),
  });
  assert.deepEqual(d.check(synthetic(9002, first.text)), {
    kind: 'duplicate',
    canonicalId: first.id,
    exact: true,
    similarity: 1,
  });
  // Not the 16 and 64 hex characters cleanListing makes: kept as given, found again.
  for (const [n, id, contentHash] of [
    [6001, 'x.csv#1', 'deadbeef'],
    [6002, 'ABCDEF0123456789', 'not a hash'],
    [6003, '0123456789abcdef0', `${'A'.repeat(63)}b`],
  ] as const) {
    const l = synthetic(n, wordsOf(n), { id, contentHash });
    const v = d.check(l);
    assert.equal(v.kind, 'unique');
    if (v.kind === 'unique') d.add(l, v.signature);
    assert.deepEqual(d.check({ ...l, id: 'again' }), {
      kind: 'duplicate',
      canonicalId: id,
      exact: true,
      similarity: 1,
    });
  }
  assert.equal(d.size, 5003);
});

test('createDeduper() rejects a bad threshold or band count, and seed() a signature of the wrong length', () => {
  assert.throws(() => createDeduper({ threshold: 1.5 }), RoleprintError);
  assert.throws(() => createDeduper({ bands: 7 }), /Cannot dedupe with 7 bands: use a divisor of 128/);
  assert.throws(
    () =>
      createDeduper().seed([{ id: 'x', company: null, title: null, contentHash: 'h', signature: [1, 2, 3] }]),
    /Cannot use a dedupe signature of length 3: expected 128/,
  );
});

test('isSameRole() accepts qualifiers and contract words but not another level or role', () => {
  assert.equal(isSameRole('Salaried GP - Queen Elizabeth', 'Salaried GP - Ealing'), true);
  assert.equal(isSameRole('Consultant Neurologist', 'Locum Consultant Neurologist'), true);
  assert.equal(isSameRole('Staff Nurse - Outpatients (RGN)', 'Staff Nurse - Outpatients'), true);
  assert.equal(
    isSameRole('Data Scientist - Sunnyvale, CA 94089', 'Senior Data Scientist - Sunnyvale, CA 94089'),
    false,
  );
  assert.equal(isSameRole('Project Support Manager', 'Project Manager'), false);
  assert.equal(isSameRole('Theatre Practitioner', 'Newly Qualified Theatre Practitioner'), false);
  assert.equal(isSameRole('Staff Nurse Band 5', 'Staff Nurse Band 6'), false);
  assert.equal(isSameRole('ST3+', 'FY2'), false);
  assert.equal(isSameRole(null, 'Nurse'), false);
});

test('normalizeName() folds case, accents, punctuation and legal suffixes of companies', () => {
  assert.equal(normalizeName('Acme, Inc.', true), 'acme');
  assert.equal(normalizeName('ACME', true), 'acme');
  assert.equal(normalizeName('Zürich Care Ltd', true), 'zurich care');
  assert.equal(normalizeName('Staff Nurse – Ward 5'), 'staff nurse ward 5');
});
