import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText } from './html-to-text.ts';
import { normalizeText } from './normalize.ts';
import { findListing, readNhs } from './testing/shared-listings.ts';

test('normalizeText() composes to NFC', () => {
  assert.equal(normalizeText('Cafe\u0301'), 'Café');
  assert.equal(normalizeText('Cafe\u0301').length, 4);
});

test('normalizeText() folds NBSP, tabs and space runs, trims lines and keeps line structure', () => {
  assert.equal(normalizeText('a\u00a0\u00a0b\t c  \n  d\u2003e  '), 'a b c\nd e');
});

test('normalizeText() drops zero-width, BOM, soft hyphens and control characters', () => {
  assert.equal(normalizeText('\ufeffzero\u200bwidth\u00ad and\u0007 bell\u0000'), 'zerowidth and bell');
});

test('normalizeText() keeps at most one blank line and none at the ends', () => {
  assert.equal(normalizeText('\n\n a \r\n\r\n\r\n\n b \n\n'), 'a\n\nb');
  assert.equal(normalizeText('x\u2028y\u2029z'), 'x\ny\nz');
});

test('normalizeText() drops the trailing NBSP-only paragraph of NHS 915390428', () => {
  const listing = findListing(readNhs(), 'nhs_jobs_jsonld.jsonl.gz', '915390428');
  assert.ok(listing.description.endsWith('&lt;p&gt;\u00a0&lt;/p&gt;'));
  assert.equal(
    normalizeText(htmlToText(listing.description)),
    'Arlesey Medical Centre is looking for a Salaried GP flexible on days, hours, sessions to join our small and friendly team.Also a chance to be on the Board of directors to make decisions on running the practice.\nPatient list size is 4500',
  );
});
